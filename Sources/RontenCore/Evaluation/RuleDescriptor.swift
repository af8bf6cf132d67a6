/// What every output needs to know about a rule without running it: its id,
/// default severity and documentation, in Japanese and English. The rule
/// registry lists these; `ronten rules`, docs/rules.md and SARIF's
/// `tool.driver.rules` are all generated from them.
public struct RuleDescriptor: Sendable, Codable, Hashable {
    /// Stable forever, kebab-case: `unsupported-strong-claim`.
    public var id: String
    public var defaultSeverity: Severity
    /// One line: what the rule flags.
    public var summary: LocalizedText
    /// A paragraph: what it flags, what it does not, and why it matters.
    public var description: LocalizedText
    /// How to fix what it flags.
    public var help: LocalizedText

    public init(id: String, defaultSeverity: Severity, summary: LocalizedText, description: LocalizedText, help: LocalizedText) {
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.summary = summary
        self.description = description
        self.help = help
    }
}
