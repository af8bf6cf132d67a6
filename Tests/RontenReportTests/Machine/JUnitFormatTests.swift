import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RontenCore
import Testing
@testable import RontenReport

/// Parses XML 1.0 the strict way, returning the parser's error if any.
func xmlError(_ text: String) -> String? {
    let parser = XMLParser(data: Data(text.utf8))
    return parser.parse() ? nil : (parser.parserError.map { "\($0)" } ?? "unknown error")
}

@Suite struct JUnitFormatTests {
    @Test func writesASuitePerFileAndAFailingCasePerFinding() {
        let expected = #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="ronten" tests="6" failures="4" errors="1">
              <testsuite name="clean.md" tests="1" failures="0" errors="0">
                <testcase classname="clean" name="ronten check"/>
              </testsuite>
              <testsuite name="docs/a b.md" tests="3" failures="3" errors="0">
                <testcase classname="docs/a b" name="unsupported-strong-claim at 3:5">
                  <failure message="&quot;Always&quot; &lt;asserted&gt; &amp; unsupported:&#10;50% of readers, at least" type="unsupported-strong-claim">docs/a b.md:3:5: error unsupported-strong-claim "Always" &lt;asserted&gt; &amp; unsupported:
            50% of readers, at least</failure>
                </testcase>
                <testcase classname="docs/a b" name="anonymous-attribution at 7:1">
                  <failure message="Who says so is not named" type="anonymous-attribution">docs/a b.md:7:1: info anonymous-attribution Who says so is not named</failure>
                </testcase>
                <testcase classname="docs/a b" name="vague-quantity at 7:1">
                  <failure message="&quot;many&quot; gives no number" type="vague-quantity">docs/a b.md:7:1: warning vague-quantity "many" gives no number</failure>
                </testcase>
              </testsuite>
              <testsuite name="missing.md" tests="1" failures="0" errors="1">
                <testcase classname="missing" name="read">
                  <error message="no such file or folder" type="unreadable-input">missing.md: no such file or folder</error>
                </testcase>
              </testsuite>
              <testsuite name="記事.md" tests="1" failures="1" errors="0">
                <testcase classname="記事" name="overconfident-prediction at 1:1">
                  <failure message="States a prediction as certain" type="overconfident-prediction">記事.md:1:1: error overconfident-prediction States a prediction as certain</failure>
                </testcase>
              </testsuite>
            </testsuites>

            """#
        #expect(JUnitFormat().render(Sample.report) == expected)
    }

    @Test func isWellFormedXML() {
        #expect(xmlError(JUnitFormat().render(Sample.report)) == nil)
    }

    @Test func dropsCharactersXMLCannotHold() {
        var finding = Sample.prediction
        finding.message.en = "a\u{0}b\u{1B}c\u{FFFE}d\te"
        let text = JUnitFormat().render(CheckReport(files: [CheckedFile(path: "x\u{7}.md", findings: [finding])], rules: []))
        #expect(xmlError(text) == nil)
        #expect(text.contains("<failure message=\"abcd&#9;e\" type=\"overconfident-prediction\">x.md:1:1: error overconfident-prediction abcd\te</failure>"))
    }

    @Test func classNamesLoseTheExtensionSoJenkinsDoesNotSplitThere() {
        #expect(JUnitFormat.classname("docs/a b.md") == "docs/a b")
        #expect(JUnitFormat.classname("docs.v2/README") == "docs.v2/README")
        #expect(JUnitFormat.classname("docs/.hidden") == "docs/.hidden")
    }
}
