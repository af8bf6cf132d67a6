/// How much a finding matters. Ordered: `info` < `warning` < `error`.
public enum Severity: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A text in both of Ronten's languages; reports pick one by locale.
public struct LocalizedText: Sendable, Codable, Hashable {
    public var ja: String
    public var en: String

    public init(ja: String, en: String) {
        self.ja = ja
        self.en = en
    }

    public func text(for language: Language) -> String { language == .japanese ? ja : en }
}

/// What a rule found: where, how much it matters and what to do about it.
public struct Finding: Sendable, Codable, Hashable {
    /// The rule's stable kebab-case id, such as `unsupported-strong-claim`.
    public var rule: String
    public var severity: Severity
    public var message: LocalizedText
    public var range: SourceRange
    /// The sentence the finding is about, if it is about one.
    public var sentence: String?
    /// The words the decision rested on (a booster, a vague figure), quoted.
    public var evidence: [String]

    public init(rule: String, severity: Severity, message: LocalizedText, range: SourceRange,
                sentence: String? = nil, evidence: [String] = []) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.range = range
        self.sentence = sentence
        self.evidence = evidence
    }

    /// The order every output uses: position, then rule id.
    public static func ordered(_ lhs: Finding, _ rhs: Finding) -> Bool {
        (lhs.range.start.offset, lhs.range.end.offset, lhs.rule) < (rhs.range.start.offset, rhs.range.end.offset, rhs.rule)
    }
}
