import RontenCore

/// GitHub Actions workflow commands, one a line:
/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
/// GitHub turns each into an annotation on the pull request. Columns are
/// sent only for a finding on one line, as GitHub accepts them only then;
/// `endColumn` is the column just past the finding, as in SARIF.
public struct GitHubAnnotationFormat: CheckFormat {
    /// Absolute; GitHub wants paths relative to the workspace.
    public var workingDirectory: String

    public init(workingDirectory: String) { self.workingDirectory = workingDirectory }

    public var separator: [UInt8] { [] }

    public func head(_ totals: CheckTotals, context: CheckContext) -> [UInt8] { [] }

    public func tail(_ totals: CheckTotals, context: CheckContext) -> [UInt8] { [] }

    public func fragment(_ file: CheckedFile, context: CheckContext) -> CheckFragment {
        var part = CheckFragment()
        part.summary.count(file)
        var lines = ""
        let path = ArtifactPath(file.path, workingDirectory: workingDirectory).path
        if let failure = file.failure {
            var properties: [(String, String)] = []
            if let path { properties.append(("file", path)) }
            properties.append(("title", "unreadable input"))
            lines += command("error", properties, "\(file.path): \(failure)")
            part.body = Array(lines.utf8)
            return part
        }
        for finding in file.findings {
            let range = finding.range
            var properties: [(String, String)] = []
            if let path { properties.append(("file", path)) }
            properties.append(("line", String(range.start.line)))
            if range.start.line == range.end.line {
                properties.append(("col", String(range.start.column)))
                properties.append(("endLine", String(range.end.line)))
                properties.append(("endColumn", String(range.end.column)))
            } else {
                // A range ending at the start of a line ends on the line before.
                let endLine = range.end.column == 1 ? max(range.start.line, range.end.line - 1) : range.end.line
                properties.append(("endLine", String(endLine)))
            }
            properties.append(("title", finding.rule))
            lines += command(Self.level(finding.severity), properties, context.message(finding))
        }
        part.body = Array(lines.utf8)
        return part
    }

    private func command(_ level: String, _ properties: [(String, String)], _ message: String) -> String {
        let list = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(level) \(list)::\(Self.escapeData(message))\n"
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }

    /// What the runner decodes in a message: `%`, CR and LF.
    static func escapeData(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Property values also end at `,` and `:`.
    static func escapeProperty(_ text: String) -> String {
        var result = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": result += "%3A"
            case ",": result += "%2C"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
