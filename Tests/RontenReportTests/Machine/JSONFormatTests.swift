import Foundation
import RontenCore
import Testing
@testable import RontenReport

@Suite struct JSONFormatTests {
    @Test func listsEveryFileWithItsFindingsOrErrorAndTheSummary() {
        let expected = #"""
            {
              "schema": "ronten.check/1",
              "files": [
                {
                  "path": "clean.md",
                  "findings": []
                },
                {
                  "path": "docs/a b.md",
                  "findings": [
                    {
                      "rule": "unsupported-strong-claim",
                      "severity": "error",
                      "message": "\"Always\" <asserted> & unsupported:\n50% of readers, at least",
                      "range": {
                        "start": {"offset": 20, "line": 3, "column": 5},
                        "end": {"offset": 41, "line": 3, "column": 12}
                      },
                      "sentence": "s2",
                      "evidence": ["必ず"]
                    },
                    {
                      "rule": "anonymous-attribution",
                      "severity": "info",
                      "message": "Who says so is not named",
                      "range": {
                        "start": {"offset": 60, "line": 7, "column": 1},
                        "end": {"offset": 90, "line": 8, "column": 4}
                      },
                      "sentence": "s4",
                      "evidence": ["という声もある"]
                    },
                    {
                      "rule": "vague-quantity",
                      "severity": "warning",
                      "message": "\"many\" gives no number",
                      "range": {
                        "start": {"offset": 60, "line": 7, "column": 1},
                        "end": {"offset": 90, "line": 8, "column": 4}
                      },
                      "sentence": "s4",
                      "evidence": ["多く"]
                    }
                  ]
                },
                {"path": "missing.md", "error": "no such file or folder"},
                {
                  "path": "記事.md",
                  "findings": [
                    {
                      "rule": "overconfident-prediction",
                      "severity": "error",
                      "message": "States a prediction as certain",
                      "range": {
                        "start": {"offset": 0, "line": 1, "column": 1},
                        "end": {"offset": 24, "line": 1, "column": 9}
                      },
                      "sentence": "s1",
                      "evidence": ["だろう"]
                    }
                  ]
                }
              ],
              "summary": {
                "files": 4,
                "checked": 3,
                "unreadable": 1,
                "withFindings": 2,
                "errors": 2,
                "warnings": 1,
                "info": 1
              }
            }

            """#
        #expect(JSONFormat().render(Sample.report) == expected)
    }

    @Test func isJSONThatReadsBackToTheSameMessages() throws {
        let text = JSONFormat().render(Sample.report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        let findings = try #require(files[1]["findings"] as? [[String: Any]])
        #expect(findings[0]["message"] as? String == "\"Always\" <asserted> & unsupported:\n50% of readers, at least")
        #expect(files[3]["path"] as? String == "記事.md")
    }
}
