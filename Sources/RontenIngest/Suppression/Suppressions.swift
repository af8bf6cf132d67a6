import RontenCore

/// Which rules the writer switched off where, from `ronten-disable`
/// directives in the text itself (see ``DirectiveScanner``).
///
/// A finding counts by the line it starts on. Regions are kept as change
/// points in file order, so a question costs two binary searches however
/// many directives the file holds.
public struct Suppressions: Sendable, Hashable {
    /// A directive that switches rules off or on from `line` onward; `order`
    /// breaks ties between directives on one line (the later one wins).
    struct Change: Sendable, Hashable {
        var line: Int
        var order: Int
        var disables: Bool
    }

    /// Changes that name no rule, so apply to all.
    var everyRule: [Change] = []
    var byRule: [String: [Change]] = [:]
    /// Single lines switched off for every rule, or for some.
    var linesForEveryRule: Set<Int> = []
    var linesByRule: [String: Set<Int>] = [:]

    /// Directives the scanner could not use in full (an unknown rule id, a
    /// misspelt directive), to show the writer. None stops the analysis.
    public var notes: [Note] = []
    /// Lines that hold nothing but directives: plain-text directive lines
    /// are prose to the reader, and analysis may want to skip them.
    public var directiveLines: [Int] = []

    public static let none = Suppressions()

    public init() {}

    /// Whether a finding of `rule` starting on `line` (1-based) is suppressed.
    public func isSuppressed(rule: String, line: Int) -> Bool {
        if linesForEveryRule.contains(line) || linesByRule[rule]?.contains(line) == true { return true }
        let shared = Self.last(everyRule, atOrBefore: line)
        let own = byRule[rule].flatMap { Self.last($0, atOrBefore: line) }
        switch (shared, own) {
        case (nil, nil): return false
        case (let change?, nil), (nil, let change?): return change.disables
        case (let a?, let b?): return a.order > b.order ? a.disables : b.disables
        }
    }

    /// Whether nothing in the file switches any rule off.
    public var isEmpty: Bool {
        everyRule.isEmpty && byRule.isEmpty && linesForEveryRule.isEmpty && linesByRule.isEmpty
    }

    private static func last(_ changes: [Change], atOrBefore line: Int) -> Change? {
        var low = 0, high = changes.count
        while low < high {
            let mid = (low + high) / 2
            if changes[mid].line <= line { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : changes[low - 1]
    }
}
