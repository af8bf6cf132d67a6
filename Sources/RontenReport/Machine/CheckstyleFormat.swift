import RontenCore

/// Checkstyle XML 4.3, which reviewdog, Jenkins and many editors read:
/// a `<file>` per input (clean ones too, as Checkstyle lists them) with an
/// `<error>` per finding whose `source` is `ronten.<rule-id>`. A file that
/// could not be read gets one `<error>` with source `ronten.unreadable-input`
/// and no line.
public struct CheckstyleFormat: CheckFormat {
    public init() {}

    public func render(_ report: CheckReport) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        for file in report.files {
            let name = XMLText.attribute(file.path)
            if let failure = file.failure {
                xml += "  <file name=\"\(name)\">\n"
                xml += "    <error severity=\"error\" message=\"\(XMLText.attribute("could not be read: " + failure))\" source=\"ronten.unreadable-input\"/>\n"
                xml += "  </file>\n"
                continue
            }
            guard !file.findings.isEmpty else {
                xml += "  <file name=\"\(name)\"/>\n"
                continue
            }
            xml += "  <file name=\"\(name)\">\n"
            for finding in file.findings {
                let start = finding.range.start
                xml += "    <error line=\"\(start.line)\" column=\"\(start.column)\" severity=\"\(finding.severity.rawValue)\""
                xml += " message=\"\(XMLText.attribute(report.message(finding)))\" source=\"ronten.\(XMLText.attribute(finding.rule))\"/>\n"
            }
            xml += "  </file>\n"
        }
        xml += "</checkstyle>\n"
        return xml
    }
}
