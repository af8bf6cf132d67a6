/// The elements an article page is made of. Article text enters a page only
/// escaped, so every `<` in a page opens one of these; anything else would
/// be markup that came from an article. The fuzzer checks every page it
/// renders against this list, and the hostile-input tests do too.
public enum PageTags {
    /// Ronten's template, parts, map and the article's own structure. No
    /// `script`: an article page runs none (only the index has its sorting script).
    static let allowed: Set<String> = [
        "!doctype", "html", "head", "meta", "title", "style", "body", "header", "nav", "main", "footer",
        "section", "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "a", "strong", "em", "code", "pre",
        "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "br", "hr", "mark",
        "table", "thead", "tbody", "tr", "th", "td",
        "svg", "desc", "defs", "marker", "g", "rect", "text", "tspan", "path",
    ]

    /// Every tag name in `page` that is not an article page's (lowercased,
    /// `!` kept), in order, and `<` followed by no name at all as "<".
    public static func unexpected(in page: [UInt8]) -> [String] {
        var found: [String] = []
        var i = 0
        while i < page.count {
            guard page[i] == UInt8(ascii: "<") else { i += 1; continue }
            var name: [UInt8] = []
            var j = i + 1
            if j < page.count, page[j] == UInt8(ascii: "!") {
                name.append(page[j])
                j += 1
            } else if j < page.count, page[j] == UInt8(ascii: "/") {
                j += 1
            }
            let start = j
            while j < page.count, isNameByte(page[j], first: j == start) { j += 1 }
            if j == start {
                found.append("<")
            } else {
                name += page[start..<j].map { $0 | (($0 >= 0x41 && $0 <= 0x5A) ? 0x20 : 0) }
                let tag = String(decoding: name, as: UTF8.self)
                if !allowed.contains(tag) { found.append(tag) }
            }
            i = max(j, i + 1)
        }
        return found
    }

    private static func isNameByte(_ b: UInt8, first: Bool) -> Bool {
        let letter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
        return first ? letter : letter || (b >= 0x30 && b <= 0x39)
    }
}
