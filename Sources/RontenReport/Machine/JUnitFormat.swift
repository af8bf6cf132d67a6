import RontenCore

/// JUnit XML as CI servers (Jenkins, GitLab, Azure, CircleCI) read it: one
/// `<testsuite>` per file and one `<testcase>` per finding, each a
/// `<failure>` whose `type` is the rule id, so every finding is a line of
/// its own in the test view. A clean file is one passing test case, so it
/// shows as checked; a file that could not be read is an `<error>`. No
/// times or timestamps, so the same input gives the same bytes.
public struct JUnitFormat: CheckFormat {
    public init() {}

    public var separator: [UInt8] { [] }

    public func fragment(_ file: CheckedFile, context: CheckContext) -> CheckFragment {
        var part = CheckFragment()
        part.summary.count(file)
        var suites = ""
        let name = XMLText.attribute(file.path)
        let classname = XMLText.attribute(Self.classname(file.path))
        if let failure = file.failure {
            part.tests = 1
            suites += "  <testsuite name=\"\(name)\" tests=\"1\" failures=\"0\" errors=\"1\">\n"
            suites += "    <testcase classname=\"\(classname)\" name=\"read\">\n"
            suites += "      <error message=\"\(XMLText.attribute(failure))\" type=\"unreadable-input\">"
            suites += XMLText.content("\(file.path): \(failure)") + "</error>\n"
            suites += "    </testcase>\n  </testsuite>\n"
            part.body = Array(suites.utf8)
            return part
        }
        let cases = max(1, file.findings.count)
        part.tests = cases
        suites += "  <testsuite name=\"\(name)\" tests=\"\(cases)\" failures=\"\(file.findings.count)\" errors=\"0\">\n"
        if file.findings.isEmpty {
            suites += "    <testcase classname=\"\(classname)\" name=\"ronten check\"/>\n"
        }
        for finding in file.findings {
            let start = finding.range.start
            let message = context.message(finding)
            let testName = "\(finding.rule) at \(start.line):\(start.column)"
            let body = "\(file.path):\(start.line):\(start.column): \(finding.severity.rawValue) \(finding.rule) \(message)"
            suites += "    <testcase classname=\"\(classname)\" name=\"\(XMLText.attribute(testName))\">\n"
            suites += "      <failure message=\"\(XMLText.attribute(message))\" type=\"\(XMLText.attribute(finding.rule))\">"
            suites += XMLText.content(body) + "</failure>\n"
            suites += "    </testcase>\n"
        }
        suites += "  </testsuite>\n"
        part.body = Array(suites.utf8)
        return part
    }

    public func head(_ totals: CheckTotals, context: CheckContext) -> [UInt8] {
        let summary = totals.summary
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"ronten\" tests=\"\(totals.tests)\" failures=\"\(summary.findings)\" errors=\"\(summary.unreadableFiles)\">\n"
        return Array(xml.utf8)
    }

    public func tail(_ totals: CheckTotals, context: CheckContext) -> [UInt8] { Array("</testsuites>\n".utf8) }

    /// The path without its extension: Jenkins splits a class name at its
    /// last dot into package and class, which would make `md` the class.
    static func classname(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/"), dot != path.startIndex,
              path[path.index(before: dot)] != "/" else { return path }
        return String(path[..<dot])
    }
}
