import RontenCore

/// One article as the index lists it.
public struct IndexEntry: Sendable, Hashable {
    public struct WorstFinding: Sendable, Hashable {
        public var rule: String
        public var severity: Severity
        public var message: LocalizedText
    }

    public var title: String?
    public var source: String
    /// The article's page, relative to the index.
    public var page: String
    public var markdownPage: String?
    public var language: Language
    public var thesis: String?
    public var claims: Int?
    public var figures: Int?
    /// Findings per severity; nil when the evaluator has not run.
    public var findings: [Severity: Int]?
    public var worstFinding: WorstFinding?

    public var findingCount: Int? { findings.map { $0.values.reduce(0, +) } }
}
