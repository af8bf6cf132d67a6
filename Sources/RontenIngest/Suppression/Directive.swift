/// One `ronten-…` directive as written: what it does and to which rules.
struct Directive: Sendable, Hashable {
    enum Action: String, Sendable, Hashable, CaseIterable {
        /// From this line on, until `ronten-enable`.
        case disable = "ronten-disable"
        case enable = "ronten-enable"
        /// The next non-blank line that is not itself only directives.
        case disableNextLine = "ronten-disable-next-line"
        /// The line the directive is on (an inline comment after the text).
        case disableLine = "ronten-disable-line"
    }

    var action: Action
    /// Known ids named; empty with `namesAll` for a directive naming none.
    var rules: [String]
    var namesAll: Bool

    /// What a directive's words say: its keyword, then rule ids separated by
    /// spaces or commas, then optionally `--` and a reason, which is ignored.
    enum Reading {
        /// Not a directive at all (an ordinary comment, a line of prose).
        case none
        case misspelt(keyword: Range<Int>)
        case directive(Action, ids: [Range<Int>])
    }

    /// Reads `bytes[range]`. With `strict`, as for a line of plain text, any
    /// word that could not be a rule id means the line is prose, not a directive.
    static func read(_ bytes: [UInt8], _ range: Range<Int>, strict: Bool) -> Reading {
        var i = range.lowerBound
        while i < range.upperBound, isSeparator(bytes[i]) { i += 1 }
        // Prose is told apart by its first word, before any more is read.
        guard range.upperBound - i > prefix.count,
              bytes[i..<(i + prefix.count)].elementsEqual(prefix) else { return .none }
        var words: [Range<Int>] = []
        while i < range.upperBound {
            while i < range.upperBound, isSeparator(bytes[i]) { i += 1 }
            let start = i
            while i < range.upperBound, !isSeparator(bytes[i]) { i += 1 }
            if start < i { words.append(start..<i) }
        }
        guard let keyword = words.first, startsWithPrefix(bytes, keyword) else { return .none }
        let ids = words.dropFirst().prefix { !(bytes[$0].count == 2 && bytes[$0.lowerBound] == 0x2D && bytes[$0.lowerBound + 1] == 0x2D) }
        if strict, !ids.allSatisfy({ isRuleID(bytes, $0) }) { return .none }
        guard let action = Action.allCases.first(where: { Array($0.rawValue.utf8)[...] == bytes[keyword] }) else {
            return strict ? .none : .misspelt(keyword: keyword)
        }
        return .directive(action, ids: Array(ids))
    }

    private static let prefix = Array("ronten-".utf8)

    private static func startsWithPrefix(_ bytes: [UInt8], _ word: Range<Int>) -> Bool {
        word.count > prefix.count && bytes[word.lowerBound..<(word.lowerBound + prefix.count)].elementsEqual(prefix)
    }

    @inline(__always)
    static func isSeparator(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x2C }

    /// kebab-case ASCII: the shape every rule id has.
    private static func isRuleID(_ bytes: [UInt8], _ word: Range<Int>) -> Bool {
        bytes[word].allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}
