import RontenCore

/// Everything a machine format prints for one run of `ronten check`: the
/// files in path order and the rules that could have fired.
public struct CheckReport: Sendable, Hashable {
    /// Sorted by path (byte order of UTF-8), whatever order they were read in.
    public var files: [CheckedFile]
    /// The registry's rules in registry order; SARIF lists them all.
    public var rules: [RuleDescriptor]
    /// The language messages and rule texts are printed in.
    public var language: Language

    public init(files: [CheckedFile], rules: [RuleDescriptor], language: Language = .english) {
        self.files = files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        self.rules = rules
        self.language = language
    }

    public var summary: CheckSummary { CheckSummary(files) }

    /// 2 when some input could not be read, else 1 when a finding reaches
    /// the threshold, else 0.
    public func exitStatus(failingOn threshold: FailureThreshold) -> Int32 {
        if files.contains(where: { !$0.isReadable }) { return 2 }
        let reached = files.contains { $0.findings.contains { threshold.isReached(by: $0.severity) } }
        return reached ? 1 : 0
    }

}
