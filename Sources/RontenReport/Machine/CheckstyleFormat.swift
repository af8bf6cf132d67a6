import RontenCore

/// Checkstyle XML 4.3, which reviewdog, Jenkins and many editors read:
/// a `<file>` per input (clean ones too, as Checkstyle lists them) with an
/// `<error>` per finding whose `source` is `ronten.<rule-id>`. A file that
/// could not be read gets one `<error>` with source `ronten.unreadable-input`
/// and no line.
public struct CheckstyleFormat: CheckFormat {
    public init() {}

    public var separator: [UInt8] { [] }

    public func head(_ totals: CheckTotals, context: CheckContext) -> [UInt8] {
        Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n".utf8)
    }

    public func tail(_ totals: CheckTotals, context: CheckContext) -> [UInt8] { Array("</checkstyle>\n".utf8) }

    public func fragment(_ file: CheckedFile, context: CheckContext) -> CheckFragment {
        var part = CheckFragment()
        part.summary.count(file)
        var xml = ""
        let name = XMLText.attribute(file.path)
        if let failure = file.failure {
            xml += "  <file name=\"\(name)\">\n"
            xml += "    <error severity=\"error\" message=\"\(XMLText.attribute("could not be read: " + failure))\" source=\"ronten.unreadable-input\"/>\n"
            xml += "  </file>\n"
        } else if file.findings.isEmpty {
            xml += "  <file name=\"\(name)\"/>\n"
        } else {
            xml += "  <file name=\"\(name)\">\n"
            for finding in file.findings {
                let start = finding.range.start
                xml += "    <error line=\"\(start.line)\" column=\"\(start.column)\" severity=\"\(finding.severity.rawValue)\""
                xml += " message=\"\(XMLText.attribute(context.message(finding)))\" source=\"ronten.\(XMLText.attribute(finding.rule))\"/>\n"
            }
            xml += "  </file>\n"
        }
        part.body = Array(xml.utf8)
        return part
    }
}
