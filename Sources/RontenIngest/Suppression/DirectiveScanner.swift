#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RontenCore

/// Reads `ronten-disable` directives from a decoded text, line by line,
/// once, in time linear in its length.
///
/// In Markdown a directive is an HTML comment anywhere on a line,
/// `<!-- ronten-disable rule-a rule-b -->`, outside fenced code. In plain
/// text it is also a line holding only the directive's words,
/// `ronten-disable rule-a`. A directive naming no rule applies to all.
/// Lines are counted as ``SourceText`` counts them (LF, CRLF or CR), so
/// they agree with every finding's range.
public struct DirectiveScanner: Sendable {
    public var format: SourceFormat
    /// Ids a directive may name; others are reported in a note and skipped.
    public var knownRules: Set<String>

    public init(format: SourceFormat, knownRules: Set<String>) {
        self.format = format
        self.knownRules = knownRules
    }

    public func scan(_ text: SourceText) -> Suppressions {
        // Every directive, even a misspelt one, starts with `ronten-`: a text
        // that never says it (nearly every text) has none, found by one
        // memmem instead of a look at every line (10 instructions a byte).
        guard Self.mentionsPrefix(text.utf8) else { return Suppressions() }
        var state = ScanState(text: text, knownRules: knownRules)
        let bytes = text.utf8
        let markdown = format == .markdown
        var fence: (marker: UInt8, length: Int)?
        var line = 1
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            if markdown, let run = Self.fenceRun(bytes, start..<end) {
                if let open = fence {
                    if run.marker == open.marker, run.length >= open.length, run.rest.isEmpty { fence = nil }
                } else {
                    fence = (run.marker, run.length)
                }
                state.contentLine(line)
            } else if fence == nil {
                state.read(line: line, start..<end, plainText: !markdown)
            } else {
                state.contentLine(line)
            }
            guard end < bytes.count else { break }
            start = end + (bytes[end] == 0x0D && end + 1 < bytes.count && bytes[end + 1] == 0x0A ? 2 : 1)
            line += 1
        }
        return state.suppressions
    }

    static func mentionsPrefix(_ bytes: [UInt8]) -> Bool {
        let word: StaticString = "ronten"
        let length = word.utf8CodeUnitCount
        return bytes.withUnsafeBufferPointer { text in
            guard let base = text.baseAddress else { return false }
            // At each hyphen (rare in prose), whether `ronten` comes before it.
            var from = length
            while from < text.count,
                  let found = memchr(base + from, 0x2D, text.count - from) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + at - length, word.utf8Start, length) == 0 { return true }
                from = at + 1
            }
            return false
        }
    }

    /// A code fence line: up to three spaces, then three or more backticks
    /// or tildes; `rest` is what follows the run, trimmed.
    static func fenceRun(_ bytes: [UInt8], _ range: Range<Int>) -> (marker: UInt8, length: Int, rest: Range<Int>)? {
        var i = range.lowerBound
        while i < range.upperBound, i - range.lowerBound < 3, bytes[i] == 0x20 { i += 1 }
        guard i < range.upperBound, bytes[i] == 0x60 || bytes[i] == 0x7E else { return nil }
        let marker = bytes[i]
        let runStart = i
        while i < range.upperBound, bytes[i] == marker { i += 1 }
        guard i - runStart >= 3 else { return nil }
        var restStart = i, restEnd = range.upperBound
        while restStart < restEnd, bytes[restStart] == 0x20 || bytes[restStart] == 0x09 { restStart += 1 }
        while restEnd > restStart, bytes[restEnd - 1] == 0x20 || bytes[restEnd - 1] == 0x09 { restEnd -= 1 }
        return (marker, i - runStart, restStart..<restEnd)
    }
}

/// What the scan has learnt so far.
private struct ScanState {
    let text: SourceText
    let knownRules: Set<String>
    var suppressions = Suppressions()
    var order = 0
    /// `disable-next-line` directives waiting for their line.
    var pending: [Directive] = []

    init(text: SourceText, knownRules: Set<String>) {
        self.text = text
        self.knownRules = knownRules
    }

    var bytes: [UInt8] { text.utf8 }

    /// A line that is not blank and holds more than directives: it takes
    /// any waiting `disable-next-line`.
    mutating func contentLine(_ line: Int) {
        for directive in pending { mark(line, for: directive) }
        pending.removeAll()
    }

    mutating func read(line: Int, _ range: Range<Int>, plainText: Bool) {
        var directives: [Directive] = []
        var hasContent = false
        let bytes = text.utf8
        // Once no `-->` follows one `<!--`, none follows a later one either;
        // looking again would make a line of `<!--<!--…` quadratic.
        var unclosed = false
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 { i += 1; continue }
            if !unclosed, b == 0x3C, i + 4 <= range.upperBound, bytes[i + 1] == 0x21, bytes[i + 2] == 0x2D, bytes[i + 3] == 0x2D {
                guard let close = Self.commentEnd(bytes, in: (i + 4)..<range.upperBound) else {
                    unclosed = true
                    continue
                }
                if let directive = take(Directive.read(bytes, (i + 4)..<close, strict: false), line: line) {
                    directives.append(directive)
                } else {
                    hasContent = true
                }
                i = close + 3
                continue
            }
            // Plain text: the whole line may be a directive's bare words.
            if plainText, !hasContent, directives.isEmpty {
                let reading = Directive.read(bytes, i..<range.upperBound, strict: true)
                if case .directive = reading {
                    if let directive = take(reading, line: line) { directives.append(directive) }
                    break
                }
            }
            hasContent = true
            // Past the first word nothing but a comment can be a directive; jump to the next `<`.
            i += 1
            while i < range.upperBound, bytes[i] != 0x3C { i += 1 }
        }
        if hasContent { contentLine(line) }
        if !directives.isEmpty && !hasContent { suppressions.directiveLines.append(line) }
        for directive in directives {
            switch directive.action {
            case .disable, .enable:
                order += 1
                let change = Suppressions.Change(line: line, order: order, disables: directive.action == .disable)
                if directive.namesAll {
                    suppressions.everyRule.append(change)
                } else {
                    for rule in directive.rules { suppressions.byRule[rule, default: []].append(change) }
                }
            case .disableLine:
                mark(line, for: directive)
            case .disableNextLine:
                pending.append(directive)
            }
        }
    }

    mutating func mark(_ line: Int, for directive: Directive) {
        if directive.namesAll {
            suppressions.linesForEveryRule.insert(line)
        } else {
            for rule in directive.rules { suppressions.linesByRule[rule, default: []].insert(line) }
        }
    }

    /// The directive a reading describes, with a note for each part of it
    /// that cannot be used; nil when the reading is no directive.
    mutating func take(_ reading: Directive.Reading, line: Int) -> Directive? {
        switch reading {
        case .none:
            return nil
        case .misspelt(let keyword):
            let word = String(decoding: bytes[keyword], as: UTF8.self)
            let known = Directive.Action.allCases.map(\.rawValue).joined(separator: ", ")
            suppressions.notes.append(Note(code: "unknown-directive",
                                           message: "line \(line): unknown directive '\(word)' ignored; expected \(known)",
                                           range: text.range(keyword)))
            return nil
        case .directive(let action, let ids):
            var rules: [String] = []
            for id in ids {
                let rule = String(decoding: bytes[id], as: UTF8.self)
                if knownRules.contains(rule) {
                    rules.append(rule)
                } else {
                    suppressions.notes.append(Note(
                        code: "unknown-rule-in-directive",
                        message: "line \(line): unknown rule '\(rule)' in \(action.rawValue) ignored; `ronten rules` lists them",
                        range: text.range(id)))
                }
            }
            // A directive whose every id was unknown must not switch everything off.
            if !ids.isEmpty && rules.isEmpty { return nil }
            return Directive(action: action, rules: rules, namesAll: ids.isEmpty)
        }
    }

    /// The offset of the first `-->` in `range`.
    static func commentEnd(_ bytes: [UInt8], in range: Range<Int>) -> Int? {
        var i = range.lowerBound
        while i + 3 <= range.upperBound {
            if bytes[i] == 0x2D, bytes[i + 1] == 0x2D, bytes[i + 2] == 0x3E { return i }
            i += 1
        }
        return nil
    }
}
