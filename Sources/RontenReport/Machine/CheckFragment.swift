import RontenCore

/// One file's part of a check report, rendered where the file was checked
/// (on a worker thread), so that a run keeps bytes, not findings, until it
/// writes them: memory then follows the batch's window, not the number of
/// files.
public struct CheckFragment: Sendable, Hashable {
    /// The file's lines in the report's list of files or results; empty when
    /// the format lists nothing for it (a clean file in `text`).
    public var body: [UInt8] = []
    /// SARIF: the file's tool execution notification, which goes in the
    /// report's head (only a file that could not be read has one).
    public var notice: [UInt8] = []
    /// The file's counts, as ``CheckSummary`` keeps them.
    public var summary = CheckSummary([])
    /// JUnit: the test cases the file adds.
    public var tests = 0
    /// SARIF: findings whose rule the registry does not list, in report
    /// order, with where in `body` their `ruleIndex` goes (nil when the
    /// format prints none). The index is known only once every file has been
    /// seen, since such rules are numbered in sorted order after the
    /// registry's.
    public var unknownRules: [UnknownRule] = []

    public struct UnknownRule: Sendable, Hashable {
        public var rule: String
        public var severity: Severity
        public var offset: Int?
    }

    public init() {}
}

/// What a format needs to know about the whole run to render one file.
public struct CheckContext: Sendable {
    /// The registry's rules in registry order.
    public var rules: [RuleDescriptor]
    public var language: Language
    /// The index of each rule in `rules` (its first place there).
    let ruleIndex: [String: Int]

    public init(rules: [RuleDescriptor], language: Language = .english) {
        self.rules = rules
        self.language = language
        var index: [String: Int] = [:]
        for (i, rule) in rules.enumerated() where index[rule.id] == nil { index[rule.id] = i }
        ruleIndex = index
    }

    func message(_ finding: Finding) -> String { finding.message.text(for: language) }
}

/// What the head and the tail of a report say about all its files.
public struct CheckTotals: Sendable {
    public internal(set) var summary = CheckSummary([])
    public internal(set) var files = 0
    /// Files whose body is not empty.
    public internal(set) var listed = 0
    public internal(set) var tests = 0
    /// Notices, joined as the format's list joins them, and their count.
    var notices: [UInt8] = []
    var noticeCount = 0
    /// Rules the registry does not list, with the severity of their first
    /// finding in report order.
    var unknownRules: [String: Severity] = [:]

    /// 2 when some input could not be read, else 1 when a finding reaches
    /// the threshold, else 0 (as ``CheckReport/exitStatus(failingOn:)``).
    public func exitStatus(failingOn threshold: FailureThreshold) -> Int32 {
        if summary.unreadableFiles > 0 { return 2 }
        let counts: [(Severity, Int)] = [(.error, summary.errors), (.warning, summary.warnings), (.info, summary.infos)]
        return counts.contains { $0.1 > 0 && threshold.isReached(by: $0.0) } ? 1 : 0
    }
}
