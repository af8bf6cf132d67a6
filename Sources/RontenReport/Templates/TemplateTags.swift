/// Reads a template's tags to tell whether some of its values may be put in
/// after Mustache has rendered the rest (see BodySplice, ArticleShell).
///
/// A value qualifies when every tag that names it writes it in one known
/// way, and no tag can reach it another way or change what tags mean. A
/// `verbatim` value must appear only as `{{{name}}}` or `{{&name}}`, an
/// `escaped` one only as `{{name}}`; neither may open a section or be a
/// part of a dotted name. No template that qualifies has `{{.}}` (the whole
/// context), a transform `f(x)`, a partial or parent (`>`, `<`, `$`), a
/// delimiter change (`=`) or a pragma (`%`). A comment is left alone: it
/// renders nothing and reaches nothing.
enum TemplateTags {
    static func allow(_ template: String, verbatim: Set<String>, escaped: Set<String>) -> Bool {
        let bytes = Array(template.utf8)
        let count = bytes.count
        var i = 0
        while i + 1 < count {
            guard bytes[i] == UInt8(ascii: "{"), bytes[i + 1] == UInt8(ascii: "{") else {
                i += 1
                continue
            }
            let triple = i + 2 < count && bytes[i + 2] == UInt8(ascii: "{")
            let start = i + (triple ? 3 : 2)
            let close: [UInt8] = triple ? Array("}}}".utf8) : Array("}}".utf8)
            // An unclosed tag: leave the judgement to Mustache.
            guard let end = find(close, in: bytes, from: start) else { return false }
            if !tagAllows(bytes[start..<end], triple: triple, verbatim: verbatim, escaped: escaped) { return false }
            i = end + close.count
        }
        return true
    }

    private static func tagAllows(_ tag: ArraySlice<UInt8>, triple: Bool, verbatim: Set<String>, escaped: Set<String>) -> Bool {
        var name = tag
        var sigil: UInt8?
        if !triple, let first = name.first, Array("#^/&!=>$<%{".utf8).contains(first) {
            sigil = first
            name = name.dropFirst()
        }
        if let sigil, Array("=><$%".utf8).contains(sigil) { return false }
        if sigil == UInt8(ascii: "!") { return true }
        while let first = name.first, isSpace(first) { name = name.dropFirst() }
        while let last = name.last, isSpace(last) { name = name.dropLast() }
        if name.first == UInt8(ascii: ".") || name.contains(UInt8(ascii: "(")) { return false }
        let text = String(decoding: name, as: UTF8.self)
        let components = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        for component in components {
            if verbatim.contains(component) {
                guard triple || sigil == UInt8(ascii: "&"), components.count == 1 else { return false }
            }
            if escaped.contains(component) {
                guard !triple, sigil == nil, components.count == 1 else { return false }
            }
        }
        return true
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        var i = from
        while i + needle.count <= bytes.count {
            if bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
