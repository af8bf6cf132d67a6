/// A way to print a `CheckReport`: one type per format, each a pure
/// function of the report, so the same report always gives the same bytes.
public protocol CheckFormat: Sendable {
    func render(_ report: CheckReport) -> String
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
