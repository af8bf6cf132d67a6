/// The counts at the foot of a report.
public struct CheckSummary: Sendable, Hashable {
    public var errors = 0
    public var warnings = 0
    public var infos = 0
    /// Files that were read and checked.
    public var checkedFiles = 0
    public var filesWithFindings = 0
    public var unreadableFiles = 0

    public init(_ files: [CheckedFile]) {
        for file in files { count(file) }
    }

    /// Counts one more file.
    public mutating func count(_ file: CheckedFile) {
        guard file.isReadable else { unreadableFiles += 1; return }
        checkedFiles += 1
        if !file.findings.isEmpty { filesWithFindings += 1 }
        for finding in file.findings {
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }

    /// Adds the counts of other files.
    public mutating func add(_ other: CheckSummary) {
        errors += other.errors
        warnings += other.warnings
        infos += other.infos
        checkedFiles += other.checkedFiles
        filesWithFindings += other.filesWithFindings
        unreadableFiles += other.unreadableFiles
    }

    public var findings: Int { errors + warnings + infos }

    /// `3 errors, 5 warnings in 2 of 4 files`, `no findings in 4 files`,
    /// with `; 1 file could not be read` when one could not.
    public var sentence: String {
        var counts: [String] = []
        if errors > 0 { counts.append(Self.count(errors, "error", "errors")) }
        if warnings > 0 { counts.append(Self.count(warnings, "warning", "warnings")) }
        if infos > 0 { counts.append("\(infos) info") }
        var line = counts.isEmpty
            ? "no findings in \(Self.count(checkedFiles, "file", "files"))"
            : "\(counts.joined(separator: ", ")) in \(filesWithFindings) of \(Self.count(checkedFiles, "file", "files"))"
        if unreadableFiles > 0 {
            line += "; \(Self.count(unreadableFiles, "file", "files")) could not be read"
        }
        return line
    }

    private static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
}
