import RontenCore

/// `path:line:column: severity rule-id message`, one finding a line, files
/// apart by a blank line, and a summary line at the end. Every line is made
/// safe for a terminal first (see `OneLine`).
public struct TextFormat: CheckFormat {
    /// ANSI colours; the command turns them on only for a terminal without
    /// NO_COLOR.
    public var colour: Bool

    public init(colour: Bool = false) { self.colour = colour }

    public func render(_ report: CheckReport) -> String {
        var groups: [String] = []
        for file in report.files {
            let path = paint(OneLine.text(file.path), Style.bold)
            if let failure = file.failure {
                groups.append("\(path): \(paint("could not be read", Style.error)): \(OneLine.text(failure))\n")
                continue
            }
            guard !file.findings.isEmpty else { continue }
            var group = ""
            for finding in file.findings {
                let start = finding.range.start
                group += "\(path):\(start.line):\(start.column): "
                group += paint(finding.severity.rawValue, Style.severity(finding.severity))
                group += " " + paint(finding.rule, Style.dim)
                group += " " + OneLine.text(report.message(finding)) + "\n"
            }
            groups.append(group)
        }
        let summary = report.summary
        let summaryStyle = summary.unreadableFiles > 0 || summary.errors > 0 ? Style.error
            : summary.warnings > 0 ? Style.warning : Style.bold
        groups.append(paint(summary.sentence, summaryStyle) + "\n")
        return groups.joined(separator: "\n")
    }

    private func paint(_ text: String, _ style: String) -> String {
        colour ? "\u{1B}[\(style)m\(text)\u{1B}[0m" : text
    }

    private enum Style {
        static let bold = "1"
        static let dim = "2"
        static let error = "1;31"
        static let warning = "1;33"
        static let info = "1;36"

        static func severity(_ severity: Severity) -> String {
            switch severity {
            case .error: return error
            case .warning: return warning
            case .info: return info
            }
        }
    }
}
