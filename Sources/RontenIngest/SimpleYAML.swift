/// Front matter in the plain shape most of it has, read without Yams:
/// `key: value` lines at the margin, whose values are plain scalars on one
/// line, quoted strings on one line, flow lists of plain scalars, or block
/// lists of such items under an empty key. Yams builds a node tree through
/// libyaml's events for the same (0.7 % of a report's instructions).
///
/// Anything else, and anything this reader is not certain to read as YAML
/// does, is declined (nil) and goes to Yams: tabs, carriage returns, any
/// indentation but a list item's, multi-line or block scalars, anchors,
/// tags, nested mappings, a repeated key, an escape other than the common
/// ones. A test holds every accepted text's fields to Yams's.
enum SimpleYAML {
    static func fields(_ content: String) -> [(String, FrontMatter.Value)]? {
        var content = content
        return content.withUTF8 { fields(Array($0)) }
    }

    private static func fields(_ bytes: [UInt8]) -> [(String, FrontMatter.Value)]? {
        var result: [(String, FrontMatter.Value)] = []
        var keys = Set<String>()
        // A key with nothing after its colon, waiting for its list items.
        var open: (key: String, items: [String], indent: Int?)?
        func close() -> Bool {
            guard let list = open else { return true }
            open = nil
            // An empty key with no items is null in YAML: left to Yams.
            guard !list.items.isEmpty else { return false }
            result.append((list.key, .list(list.items)))
            return true
        }
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let line = bytes[start..<end]
            start = end + 1
            if line.contains(0x09) || line.contains(0x0D) || !readsAsText(line) { return nil }
            var first = line.startIndex
            while first < line.endIndex, line[first] == 0x20 { first += 1 }
            // Blank lines and whole-line comments.
            if first == line.endIndex || line[first] == 0x23 { continue }
            let indent = first - line.startIndex
            if line[first] == 0x2D, first + 1 < line.endIndex, line[first + 1] == 0x20 {
                // `- item` under an empty key, every item at one indentation.
                guard open != nil, open!.indent == nil || open!.indent == indent,
                      let item = scalar(line[(first + 2)...]) else { return nil }
                open!.indent = indent
                open!.items.append(item)
                continue
            }
            guard indent == 0, close() else { return nil }
            guard let colon = keyEnd(line) else { return nil }
            let key = String(decoding: line[line.startIndex..<colon], as: UTF8.self)
            guard keys.insert(key).inserted else { return nil }
            var valueStart = colon + 1
            while valueStart < line.endIndex, line[valueStart] == 0x20 { valueStart += 1 }
            if valueStart == line.endIndex {
                open = (key, [], nil)
                continue
            }
            let value = line[valueStart...]
            if value.first == 0x5B {
                guard let items = flowList(value) else { return nil }
                result.append((key, .list(items)))
            } else {
                guard let text = scalar(value) else { return nil }
                result.append((key, .text(text)))
            }
        }
        guard close() else { return nil }
        return result
    }

    /// No character libyaml reads as a line break (NEL, LS, PS), rejects
    /// (C1 controls, U+FFFE, U+FFFF) or treats apart (a byte-order mark).
    private static func readsAsText(_ line: ArraySlice<UInt8>) -> Bool {
        var i = line.startIndex
        while i < line.endIndex {
            let b = line[i]
            if b == 0xC2, i + 1 < line.endIndex, line[i + 1] >= 0x80, line[i + 1] <= 0x9F { return false }
            if b == 0xE2, i + 2 < line.endIndex, line[i + 1] == 0x80, line[i + 2] == 0xA8 || line[i + 2] == 0xA9 { return false }
            if b == 0xEF, i + 2 < line.endIndex,
               (line[i + 1] == 0xBB && line[i + 2] == 0xBF) || (line[i + 1] == 0xBF && line[i + 2] >= 0xBE) { return false }
            i += 1
        }
        return true
    }

    /// The end of a plain key (letters, digits, `_`, `-`, `.`) followed by
    /// `:` and a space or the line's end.
    private static func keyEnd(_ line: ArraySlice<UInt8>) -> Int? {
        var i = line.startIndex
        while i < line.endIndex, isKeyByte(line[i]) { i += 1 }
        guard i > line.startIndex, line[line.startIndex] != 0x2D, i < line.endIndex, line[i] == 0x3A else { return nil }
        guard i + 1 == line.endIndex || line[i + 1] == 0x20 else { return nil }
        return i
    }

    private static func isKeyByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2D
    }

    /// A value on one line: a quoted string or a plain scalar (trailing
    /// spaces dropped), else nil.
    private static func scalar(_ value: ArraySlice<UInt8>) -> String? {
        var end = value.endIndex
        while end > value.startIndex, value[end - 1] == 0x20 { end -= 1 }
        let value = value[value.startIndex..<end]
        guard let first = value.first else { return nil }
        switch first {
        case 0x22: return doubleQuoted(value)
        case 0x27: return singleQuoted(value)
        default: return plain(value)
        }
    }

    /// A plain scalar that YAML reads as exactly its text: no indicator
    /// first, no `: ` or ` #` inside, no `:` last.
    private static func plain(_ value: ArraySlice<UInt8>) -> String? {
        guard let first = value.first, !Self.isIndicator(first) else { return nil }
        var previous: UInt8 = 0
        for b in value {
            if b == 0x23, previous == 0x20 { return nil }
            if previous == 0x3A, b == 0x20 { return nil }
            // Characters outside YAML's printable set are YAML's to judge.
            if b < 0x20 || b == 0x7F { return nil }
            previous = b
        }
        if previous == 0x3A { return nil }
        // A document marker is not a value.
        if value.starts(with: "---".utf8) || value.starts(with: "...".utf8) { return nil }
        return String(validating: value, as: UTF8.self)
    }

    /// Bytes that make a plain scalar something else when they come first:
    /// - ? : , [ ] { } # & * ! | > ' " % @ `
    private static func isIndicator(_ b: UInt8) -> Bool {
        switch b {
        case 0x2D, 0x3F, 0x3A, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27, 0x22, 0x25, 0x40, 0x60:
            return true
        default:
            return false
        }
    }

    /// `'…'` on one line, `''` standing for `'`.
    private static func singleQuoted(_ value: ArraySlice<UInt8>) -> String? {
        quoted(value, by: 0x27) { value, i, last, out in
            guard i + 1 < last, value[i + 1] == 0x27 else { return false }
            out.append(0x27)
            i += 2
            return true
        }
    }

    /// `"…"` on one line with the common escapes; any other escape, or a
    /// quote inside, is declined.
    private static func doubleQuoted(_ value: ArraySlice<UInt8>) -> String? {
        quoted(value, by: 0x22) { value, i, last, out in
            guard value[i] == 0x5C, i + 1 < last else { return false }
            let escaped = value[i + 1]
            i += 2
            switch escaped {
            case 0x22, 0x5C, 0x2F: out.append(escaped)
            case 0x6E: out.append(0x0A)
            case 0x74: out.append(0x09)
            case 0x75:
                guard i + 4 <= last, let code = hex(value[i..<(i + 4)]),
                      let scalar = Unicode.Scalar(code) else { return false }
                out.append(contentsOf: String(scalar).utf8)
                i += 4
            default:
                return false
            }
            return true
        }
    }

    /// The text between `quote`s that open and close the value: other
    /// bytes are copied, the quote and (in double quotes) the backslash go
    /// to `special`, which reads on from `i` or declines (false).
    private static func quoted(_ value: ArraySlice<UInt8>, by quote: UInt8,
                               special: (ArraySlice<UInt8>, inout Int, Int, inout [UInt8]) -> Bool) -> String? {
        guard value.count >= 2, value.last == quote else { return nil }
        var out: [UInt8] = []
        var i = value.startIndex + 1
        let last = value.endIndex - 1
        while i < last {
            let b = value[i]
            if b < 0x20 || b == 0x7F { return nil }
            if b == quote || (b == 0x5C && quote == 0x22) {
                guard special(value, &i, last, &out) else { return nil }
                continue
            }
            out.append(b)
            i += 1
        }
        return String(validating: out, as: UTF8.self)
    }

    private static func hex(_ digits: ArraySlice<UInt8>) -> UInt32? {
        var value: UInt32 = 0
        for d in digits {
            let nibble: UInt32
            switch d {
            case 0x30...0x39: nibble = UInt32(d - 0x30)
            case 0x41...0x46: nibble = UInt32(d - 0x41 + 10)
            case 0x61...0x66: nibble = UInt32(d - 0x61 + 10)
            default: return nil
            }
            value = value << 4 | nibble
        }
        return value
    }

    /// `[a, b]`: plain items without quotes, brackets, braces or colons;
    /// `[]` is the empty list.
    private static func flowList(_ value: ArraySlice<UInt8>) -> [String]? {
        var end = value.endIndex
        while end > value.startIndex, value[end - 1] == 0x20 { end -= 1 }
        guard end - value.startIndex >= 2, value[end - 1] == 0x5D else { return nil }
        let inner = value[(value.startIndex + 1)..<(end - 1)]
        if inner.allSatisfy({ $0 == 0x20 }) { return [] }
        var items: [String] = []
        for piece in inner.split(separator: 0x2C, omittingEmptySubsequences: false) {
            var a = piece.startIndex, b = piece.endIndex
            while a < b, piece[a] == 0x20 { a += 1 }
            while b > a, piece[b - 1] == 0x20 { b -= 1 }
            let item = piece[a..<b]
            guard !item.isEmpty,
                  !item.contains(where: Self.isExcludedInFlow),
                  let text = plain(item) else { return nil }
            items.append(text)
        }
        return items
    }

    /// [ ] { } " ' : #
    private static func isExcludedInFlow(_ b: UInt8) -> Bool {
        switch b {
        case 0x5B, 0x5D, 0x7B, 0x7D, 0x22, 0x27, 0x3A, 0x23: return true
        default: return false
        }
    }
}
