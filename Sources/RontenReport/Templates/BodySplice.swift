/// Puts a page's body into its shell as bytes.
///
/// A page body is most of the page: handing it to Mustache as a String
/// meant validating cmark's output as UTF-8, copying it into the template's
/// output, and copying that again into the bytes written. Instead the shell
/// is rendered with a mark where the body goes, and the body's bytes are
/// copied in place of the mark.
///
/// That gives the same page only when the template writes the body as it
/// is, so a template qualifies only if every tag that names `body` is
/// `{{{body}}}` or `{{&body}}`, and it has no tag that could reach the body
/// another way or change what a tag means: `{{.}}` (the whole context), transforms,
/// partials and parents (`>`, `<`, `$`), delimiter changes (`=`) and
/// pragmas (`%`). Anything else (`{{body}}`, `{{#body}}`, a transform of
/// it, `body` in a comment) renders the body through Mustache as before.
///
/// The mark holds a random number drawn once per run, so no article can
/// write it; it leaves no trace in the output, which stays deterministic.
enum BodySplice {
    static let mark: String = {
        var generator = SystemRandomNumberGenerator()
        let digits = (0..<4).map { _ in String(generator.next() as UInt64, radix: 16) }
        return "ronten-body-" + digits.joined(separator: "-")
    }()

    /// Whether `template` writes the body only verbatim (see above).
    static func allows(_ template: String) -> Bool {
        var bytes = Array(template.utf8)
        let count = bytes.count
        bytes.append(0)
        var i = 0
        while i + 1 < count {
            guard bytes[i] == UInt8(ascii: "{"), bytes[i + 1] == UInt8(ascii: "{") else {
                i += 1
                continue
            }
            let triple = i + 2 < count && bytes[i + 2] == UInt8(ascii: "{")
            let start = i + (triple ? 3 : 2)
            let close: [UInt8] = triple ? Array("}}}".utf8) : Array("}}".utf8)
            guard let end = find(close, in: bytes, from: start, before: count) else {
                // An unclosed tag: leave the judgement to Mustache.
                return false
            }
            let tag = Array(bytes[start..<end])
            if !tagAllows(tag, triple: triple) { return false }
            i = end + close.count
        }
        return true
    }

    private static func tagAllows(_ tag: [UInt8], triple: Bool) -> Bool {
        var name = tag[...]
        let sigil = name.first.flatMap { Character(Unicode.Scalar($0)) }
        if !triple, let sigil, "#^/&!=>$<%{".contains(sigil) { name = name.dropFirst() }
        if !triple, let sigil, "=><$%".contains(sigil) { return false }
        let trimmed = name.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        var trimmedEnd = trimmed
        while let last = trimmedEnd.last, last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D { trimmedEnd.removeLast() }
        if trimmedEnd.first == UInt8(ascii: ".") { return false }
        // Transforms (`count(.)`, `uppercased(body)`) can reach the context too.
        if tag.contains(UInt8(ascii: "(")) { return false }
        guard find(Array("body".utf8), in: Array(tag), from: 0, before: tag.count) != nil else { return true }
        // The one form that writes the body as it is.
        let verbatim = triple || sigil == "&"
        return verbatim && Array(trimmedEnd) == Array("body".utf8)
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int, before end: Int) -> Int? {
        guard needle.count <= end - from else { return nil }
        var i = from
        while i + needle.count <= end {
            if bytes[i] == needle[0], Array(bytes[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    /// The shell's bytes with every mark replaced by the body's.
    static func splice(_ shell: String, _ body: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var shell = shell
        let mark = Array(Self.mark.utf8)
        return shell.withUTF8 { source in
            var page: [UInt8] = []
            page.reserveCapacity(source.count + body.count)
            var run = 0
            var i = 0
            while i + mark.count <= source.count {
                if source[i] == mark[0], mark.indices.allSatisfy({ source[i + $0] == mark[$0] }) {
                    page.append(contentsOf: UnsafeBufferPointer(rebasing: source[run..<i]))
                    page.append(contentsOf: body)
                    i += mark.count
                    run = i
                } else {
                    i += 1
                }
            }
            page.append(contentsOf: UnsafeBufferPointer(rebasing: source[run...]))
            return page
        }
    }
}
