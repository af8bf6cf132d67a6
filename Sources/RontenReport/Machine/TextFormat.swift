import RontenCore

/// `path:line:column: severity rule-id message`, one finding a line, files
/// apart by a blank line, and a summary line at the end. Every line is made
/// safe for a terminal first (see `OneLine`).
public struct TextFormat: CheckFormat {
    /// ANSI colours; the command turns them on only for a terminal without
    /// NO_COLOR.
    public var colour: Bool

    public init(colour: Bool = false) { self.colour = colour }

    /// Files are a blank line apart.
    public var separator: [UInt8] { [0x0A] }

    public func fragment(_ file: CheckedFile, context: CheckContext) -> CheckFragment {
        var part = CheckFragment()
        part.summary.count(file)
        let path = paint(OneLine.text(file.path), Style.bold)
        if let failure = file.failure {
            part.body = Array("\(path): \(paint("could not be read", Style.error)): \(OneLine.text(failure))\n".utf8)
            return part
        }
        var group = ""
        for finding in file.findings {
            let start = finding.range.start
            group += "\(path):\(start.line):\(start.column): "
            group += paint(finding.severity.rawValue, Style.severity(finding.severity))
            group += " " + paint(finding.rule, Style.dim)
            group += " " + OneLine.text(context.message(finding)) + "\n"
        }
        part.body = Array(group.utf8)
        return part
    }

    public func head(_ totals: CheckTotals, context: CheckContext) -> [UInt8] { [] }

    public func tail(_ totals: CheckTotals, context: CheckContext) -> [UInt8] {
        let summary = totals.summary
        let summaryStyle = summary.unreadableFiles > 0 || summary.errors > 0 ? Style.error
            : summary.warnings > 0 ? Style.warning : Style.bold
        return (totals.listed > 0 ? separator : []) + Array((paint(summary.sentence, summaryStyle) + "\n").utf8)
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
