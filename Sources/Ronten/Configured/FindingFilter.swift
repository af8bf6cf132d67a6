import RontenCore
import RontenIngest

/// Turns what the rules found at their default severities into what the
/// user asked to see: disabled rules dropped, severities overridden, and
/// findings the text's own directives suppress dropped.
public struct FindingFilter: Sendable {
    public var policy: RulePolicy
    public var suppressions: Suppressions

    public init(policy: RulePolicy, suppressions: Suppressions = .none) {
        self.policy = policy
        self.suppressions = suppressions
    }

    public init(configuration: Configuration, path: String, suppressions: Suppressions = .none) {
        self.init(policy: RulePolicy(configuration: configuration, path: path), suppressions: suppressions)
    }

    /// The findings to report, in the order given.
    public func apply(_ findings: [Finding]) -> [Finding] {
        findings.compactMap { finding in
            guard policy.isEnabled(finding.rule),
                  !suppressions.isSuppressed(rule: finding.rule, line: finding.range.start.line) else { return nil }
            var kept = finding
            kept.severity = policy.severity(of: finding.rule, default: finding.severity)
            return kept
        }
    }
}
