import RontenCore

/// A check over an evaluated document. Each rule is one type in one file,
/// with its documentation at the top: what it flags, what it does not, and
/// why a reviewer cares. Its id is stable forever.
public protocol Rule: Sendable {
    /// Id, default severity, and texts in Japanese and English.
    static var descriptor: RuleDescriptor { get }
    init()
    /// Findings at the rule's default severity; configuration adjusts
    /// severities and drops disabled rules afterwards.
    func check(_ document: EvaluatedDocument) -> [Finding]
}

extension Rule {
    /// A finding of this rule about a sentence or a span of it.
    public func finding(_ message: LocalizedText, at range: SourceRange, sentence: String? = nil,
                        evidence: [String] = []) -> Finding {
        Finding(rule: Self.descriptor.id, severity: Self.descriptor.defaultSeverity, message: message,
                range: range, sentence: sentence, evidence: evidence)
    }
}
