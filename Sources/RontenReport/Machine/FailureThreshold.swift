import RontenCore

/// `--fail-on`: the least severe finding that makes `ronten check` fail.
public enum FailureThreshold: String, Sendable, Hashable, CaseIterable {
    case error, warning, info
    /// Findings never fail the run; unreadable inputs still do.
    case never

    public func isReached(by severity: Severity) -> Bool {
        switch self {
        case .error: return severity >= .error
        case .warning: return severity >= .warning
        case .info: return true
        case .never: return false
        }
    }
}
