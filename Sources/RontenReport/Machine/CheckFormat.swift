/// A way to print a check report. A report is a head, each file's part in
/// path order, and a tail; a format renders each file on its own
/// (``fragment(_:context:)``, on any thread) and the head and tail once
/// every file has been seen, since some of them print totals first.
/// Each is a pure function, so the same files always give the same bytes.
public protocol CheckFormat: Sendable {
    func fragment(_ file: CheckedFile, context: CheckContext) -> CheckFragment
    func head(_ totals: CheckTotals, context: CheckContext) -> [UInt8]
    func tail(_ totals: CheckTotals, context: CheckContext) -> [UInt8]
    /// What goes between two files' bodies that are not empty.
    var separator: [UInt8] { get }
}

extension CheckFormat {
    /// The whole report at once.
    public func render(_ report: CheckReport) -> String {
        let context = CheckContext(rules: report.rules, language: report.language)
        var writer = CheckReportWriter(format: self, context: context, spillThreshold: nil)
        for file in report.files { writer.add(fragment(file, context: context)) }
        var bytes: [UInt8] = []
        // Nothing is spilled to a file, so nothing can fail to be read back.
        try? writer.finish { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The formats `ronten check --format` offers, by name.
public enum CheckFormatName: String, Sendable, Hashable, CaseIterable {
    case text, json, sarif, github, junit, checkstyle

    /// - Parameters:
    ///   - workingDirectory: absolute; SARIF and GitHub paths are made
    ///     relative to it.
    ///   - toolVersion: the version SARIF names.
    ///   - colour: ANSI colours in `text`.
    public func format(workingDirectory: String, toolVersion: String, colour: Bool = false) -> any CheckFormat {
        switch self {
        case .text: return TextFormat(colour: colour)
        case .json: return JSONFormat()
        case .sarif: return SARIFFormat(toolVersion: toolVersion, workingDirectory: workingDirectory)
        case .github: return GitHubAnnotationFormat(workingDirectory: workingDirectory)
        case .junit: return JUnitFormat()
        case .checkstyle: return CheckstyleFormat()
        }
    }
}
