/// The part of TOML that front matter uses: `key = value` with strings,
/// numbers, booleans, dates and arrays (possibly over several lines), and
/// `[table]` headers whose keys are kept as `table.key`. Enough for Hugo;
/// anything else is reported with its line rather than guessed at.
///
/// Read from the UTF-8 bytes: every mark TOML gives meaning to is ASCII,
/// and no byte of a multi-byte character is, so a byte scan finds exactly
/// the marks a scalar scan would. Lines end at LF, CRLF or CR.
enum TOMLFields {
    private typealias Bytes = ArraySlice<UInt8>

    static func parse(_ content: String) throws -> [(String, FrontMatter.Value)] {
        let bytes = Array(content.utf8)
        var lines: [Bytes] = []
        var start = 0
        var i = 0
        while i <= bytes.count {
            if i == bytes.count || bytes[i] == 0x0A || bytes[i] == 0x0D {
                lines.append(withoutComment(bytes[start..<i]))
                if i + 1 < bytes.count, bytes[i] == 0x0D, bytes[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        var fields: [(String, FrontMatter.Value)] = []
        var table = ""
        var index = 0
        while index < lines.count {
            let lineNumber = index + 1
            let line = trimmed(lines[index])
            index += 1
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            if line.first == UInt8(ascii: "[") {
                guard line.last == UInt8(ascii: "]") else { throw FrontMatterError(line: lineNumber, message: "unclosed table header") }
                let open = line.starts(with: "[[".utf8) ? 2 : 1
                let close = line.count >= 2 && line[line.endIndex - 2] == UInt8(ascii: "]") ? 2 : 1
                let inner = line.count >= open + close ? line[(line.startIndex + open)..<(line.endIndex - close)] : []
                table = string(trimmed(inner))
                continue
            }
            guard let equals = line.firstIndex(of: UInt8(ascii: "=")) else {
                throw FrontMatterError(line: lineNumber, message: "expected key = value")
            }
            var keyBytes = trimmed(line[..<equals])
            if keyBytes.count >= 2, keyBytes.first == UInt8(ascii: "\""), keyBytes.last == UInt8(ascii: "\"") {
                keyBytes = keyBytes.dropFirst().dropLast()
            }
            let key = string(keyBytes)
            let name = table.isEmpty ? key : "\(table).\(key)"
            let value = trimmed(line[(equals + 1)...])
            if value.first == UInt8(ascii: "[") {
                // Arrays may run over several lines until the brackets balance;
                // each line is scanned once, so a long array stays linear.
                var joined = Array(value)
                var brackets = BracketDepth()
                brackets.scan(value)
                while brackets.depth > 0, index < lines.count {
                    let next = trimmed(lines[index])
                    joined.append(0x20)
                    joined.append(contentsOf: next)
                    brackets.scan(next)
                    index += 1
                }
                guard brackets.depth == 0 else { throw FrontMatterError(line: lineNumber, message: "unclosed array") }
                fields.append((name, .list(try arrayItems(joined[...], line: lineNumber))))
                continue
            }
            if value.starts(with: "\"\"\"".utf8) || value.starts(with: "'''".utf8) {
                let quote = value.prefix(3)
                var text = Array(value.dropFirst(3))
                while !text.ends(with: quote), index < lines.count {
                    text.append(0x0A)
                    text.append(contentsOf: lines[index])
                    index += 1
                }
                guard text.ends(with: quote) else { throw FrontMatterError(line: lineNumber, message: "unclosed multi-line string") }
                fields.append((name, .text(string(trimmed(text.dropLast(3))))))
                continue
            }
            fields.append((name, .text(try scalar(value, line: lineNumber))))
        }
        return fields
    }

    private static func string(_ bytes: Bytes) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Without the spaces and tabs at either end.
    private static func trimmed(_ bytes: Bytes) -> Bytes {
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return bytes[start..<end]
    }

    /// The line without a `#` comment outside quotes.
    private static func withoutComment(_ line: Bytes) -> Bytes {
        var quote: UInt8?
        var index = line.startIndex
        while index < line.endIndex {
            let c = line[index]
            if let q = quote {
                if c == UInt8(ascii: "\\") && q == UInt8(ascii: "\"") { index += 1 } else if c == q { quote = nil }
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                quote = c
            } else if c == UInt8(ascii: "#") {
                return line[..<index]
            }
            if index < line.endIndex { index += 1 }
        }
        return line
    }

    /// Bracket depth outside quotes, carried from one piece of text to the next.
    private struct BracketDepth {
        var depth = 0
        private var quote: UInt8?

        mutating func scan(_ text: Bytes) {
            for c in text {
                if let q = quote { if c == q { quote = nil }; continue }
                switch c {
                case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = c
                case UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "]"): depth -= 1
                default: break
                }
            }
        }
    }

    private static func arrayItems(_ text: Bytes, line: Int) throws -> [String] {
        let inner = text.dropFirst().dropLast()
        var items: [String] = []
        var itemStart = inner.startIndex
        var quote: UInt8?
        var depth = 0
        for index in inner.indices {
            let c = inner[index]
            if let q = quote {
                if c == q { quote = nil }
                continue
            }
            switch c {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = c
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            case UInt8(ascii: ",") where depth == 0:
                let item = trimmed(inner[itemStart..<index])
                if !item.isEmpty { items.append(try scalar(item, line: line)) }
                itemStart = index + 1
            default: break
            }
        }
        let last = trimmed(inner[itemStart...])
        if !last.isEmpty { items.append(try scalar(last, line: line)) }
        return items
    }

    private static func scalar(_ text: Bytes, line: Int) throws -> String {
        // A comment may follow an unquoted value or a closed string.
        if let quote = text.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            var result: [UInt8] = []
            result.reserveCapacity(text.count)
            var escaped = false
            var closed = false
            for c in text.dropFirst() {
                if escaped {
                    switch c {
                    case UInt8(ascii: "n"): result.append(0x0A)
                    case UInt8(ascii: "t"): result.append(0x09)
                    default: result.append(c)
                    }
                    escaped = false
                } else if c == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") {
                    escaped = true
                } else if c == quote {
                    closed = true
                    break
                } else {
                    result.append(c)
                }
            }
            guard closed else { throw FrontMatterError(line: line, message: "unclosed string") }
            return String(decoding: result, as: UTF8.self)
        }
        var value = text
        if let hash = value.firstIndex(of: UInt8(ascii: "#")) { value = trimmed(value[..<hash]) }
        guard !value.isEmpty else { throw FrontMatterError(line: line, message: "missing value") }
        return string(value)
    }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: ArraySlice<UInt8>) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
