/// The part of TOML that front matter uses: `key = value` with strings,
/// numbers, booleans, dates and arrays (possibly over several lines), and
/// `[table]` headers whose keys are kept as `table.key`. Enough for Hugo;
/// anything else is reported with its line rather than guessed at.
enum TOMLFields {
    static func parse(_ content: String) throws -> [(String, FrontMatter.Value)] {
        var fields: [(String, FrontMatter.Value)] = []
        var table = ""
        let lines = content.split(separator: "\n", omittingEmptySubsequences: false)
            .map { withoutComment(String($0.trimmingSuffix("\r"))) }
        var index = 0
        while index < lines.count {
            let lineNumber = index + 1
            var line = lines[index].trimmed
            index += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else { throw FrontMatterError(line: lineNumber, message: "unclosed table header") }
                table = String(line.dropFirst(line.hasPrefix("[[") ? 2 : 1).dropLast(line.hasSuffix("]]") ? 2 : 1)).trimmed
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw FrontMatterError(line: lineNumber, message: "expected key = value")
            }
            var key = String(line[..<equals]).trimmed
            if key.hasPrefix("\""), key.hasSuffix("\""), key.count >= 2 { key = String(key.dropFirst().dropLast()) }
            var value = String(line[line.index(after: equals)...]).trimmed
            if value.hasPrefix("[") {
                // Arrays may run over several lines until the brackets balance;
                // each line is scanned once, so a long array stays linear.
                var brackets = BracketDepth()
                brackets.scan(value)
                while brackets.depth > 0, index < lines.count {
                    let next = lines[index].trimmed
                    value += " " + next
                    brackets.scan(" " + next)
                    index += 1
                }
                guard brackets.depth == 0 else { throw FrontMatterError(line: lineNumber, message: "unclosed array") }
                fields.append((table.isEmpty ? key : "\(table).\(key)", .list(try arrayItems(value, line: lineNumber))))
                continue
            }
            if value.hasPrefix("\"\"\"") || value.hasPrefix("'''") {
                let quote = String(value.prefix(3))
                var text = String(value.dropFirst(3))
                while !text.hasSuffix(quote), index < lines.count {
                    text += "\n" + lines[index]
                    index += 1
                }
                guard text.hasSuffix(quote) else { throw FrontMatterError(line: lineNumber, message: "unclosed multi-line string") }
                fields.append((table.isEmpty ? key : "\(table).\(key)", .text(String(text.dropLast(3)).trimmed)))
                continue
            }
            line = value
            fields.append((table.isEmpty ? key : "\(table).\(key)", .text(try scalar(line, line: lineNumber))))
        }
        return fields
    }

    /// The line without a `#` comment outside quotes.
    private static func withoutComment(_ line: String) -> String {
        var quote: Character?
        var index = line.startIndex
        while index < line.endIndex {
            let c = line[index]
            if let q = quote {
                if c == "\\" && q == "\"" { index = line.index(after: index) } else if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "#" {
                return String(line[..<index])
            }
            if index < line.endIndex { index = line.index(after: index) }
        }
        return line
    }

    /// Bracket depth outside quotes, carried from one piece of text to the next.
    private struct BracketDepth {
        var depth = 0
        private var quote: Character?

        mutating func scan(_ text: String) {
            for c in text {
                if let q = quote { if c == q { quote = nil }; continue }
                switch c {
                case "\"", "'": quote = c
                case "[": depth += 1
                case "]": depth -= 1
                default: break
                }
            }
        }
    }

    private static func arrayItems(_ text: String, line: Int) throws -> [String] {
        let inner = text.dropFirst().dropLast()
        var items: [String] = []
        var current = ""
        var quote: Character?
        var depth = 0
        for c in inner {
            if let q = quote {
                current.append(c)
                if c == q { quote = nil }
                continue
            }
            switch c {
            case "\"", "'": quote = c; current.append(c)
            case "[", "{": depth += 1; current.append(c)
            case "]", "}": depth -= 1; current.append(c)
            case "," where depth == 0:
                if !current.trimmed.isEmpty { items.append(try scalar(current.trimmed, line: line)) }
                current = ""
            default: current.append(c)
            }
        }
        if !current.trimmed.isEmpty { items.append(try scalar(current.trimmed, line: line)) }
        return items
    }

    private static func scalar(_ raw: String, line: Int) throws -> String {
        var text = raw
        // A comment may follow an unquoted value or a closed string.
        if text.hasPrefix("\"") || text.hasPrefix("'") {
            let quote = text.first!
            var result = ""
            var escaped = false
            var closed = false
            for c in text.dropFirst() {
                if escaped {
                    switch c {
                    case "n": result.append("\n")
                    case "t": result.append("\t")
                    default: result.append(c)
                    }
                    escaped = false
                } else if c == "\\" && quote == "\"" {
                    escaped = true
                } else if c == quote {
                    closed = true
                    break
                } else {
                    result.append(c)
                }
            }
            guard closed else { throw FrontMatterError(line: line, message: "unclosed string") }
            return result
        }
        if let hash = text.firstIndex(of: "#") { text = String(text[..<hash]).trimmed }
        guard !text.isEmpty else { throw FrontMatterError(line: line, message: "missing value") }
        return text
    }
}

extension StringProtocol {
    var trimmed: String {
        var s = Substring(self)
        while let first = s.first, first == " " || first == "\t" { s = s.dropFirst() }
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return String(s)
    }

    func trimmingSuffix(_ suffix: String) -> SubSequence {
        hasSuffix(suffix) ? self[..<index(endIndex, offsetBy: -suffix.count)] : self[...]
    }
}
