import Foundation
import RontenCore
import Testing
@testable import RontenReport


private let schema = packageRoot.appendingPathComponent("../shared/data/sarif/sarif-schema-2.1.0.json").standardizedFileURL

private let python3: URL? = {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    return paths.map { URL(fileURLWithPath: String($0)).appendingPathComponent("python3") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }
}()

/// Runs Tests/Scripts/validate_sarif.py: the schema errors, one a line.
private func schemaErrors(_ sarif: String) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = python3
    process.arguments = [packageRoot.appendingPathComponent("Tests/Scripts/validate_sarif.py").path, schema.path]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    try process.run()
    input.fileHandleForWriting.write(Data(sarif.utf8))
    try input.fileHandleForWriting.close()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
}

@Suite struct SARIFFormatTests {
    let format = SARIFFormat(toolVersion: "0.1.0", workingDirectory: Sample.workingDirectory)

    @Test func writesRulesResultsAndNotificationsAsCodeScanningReadsThem() {
        let expected = #"""
            {
              "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
              "version": "2.1.0",
              "runs": [
                {
                  "tool": {
                    "driver": {
                      "name": "ronten",
                      "version": "0.1.0",
                      "semanticVersion": "0.1.0",
                      "rules": [
                        {
                          "id": "unsupported-strong-claim",
                          "shortDescription": {"text": "A strong claim without support"},
                          "fullDescription": {"text": "Flags a claim made stronger by a booster (always, clearly) with no evidence near it."},
                          "help": {"text": "Cite a source or a figure, or soften the claim: *likely* instead of [always].", "markdown": "Cite a source or a figure, or soften the claim: \\*likely\\* instead of \\[always\\]."},
                          "defaultConfiguration": {"level": "error"}
                        },
                        {
                          "id": "vague-quantity",
                          "shortDescription": {"text": "A vague quantity"},
                          "fullDescription": {"text": "Flags amounts given without a number."},
                          "help": {"text": "Give the number.", "markdown": "Give the number."},
                          "defaultConfiguration": {"level": "warning"}
                        },
                        {
                          "id": "overconfident-prediction",
                          "shortDescription": {"text": "An overconfident prediction"},
                          "fullDescription": {"text": "Flags predictions stated as certain."},
                          "help": {"text": "State it as a likelihood.", "markdown": "State it as a likelihood."},
                          "defaultConfiguration": {"level": "error"}
                        },
                        {
                          "id": "anonymous-attribution",
                          "shortDescription": {"text": "Rule anonymous-attribution (not in this build's rule list)"},
                          "fullDescription": {"text": "Rule anonymous-attribution (not in this build's rule list)"},
                          "help": {"text": "Rule anonymous-attribution (not in this build's rule list)", "markdown": "Rule anonymous-attribution (not in this build's rule list)"},
                          "defaultConfiguration": {"level": "note"}
                        }
                      ]
                    }
                  },
                  "invocations": [
                    {
                      "executionSuccessful": false,
                      "toolExecutionNotifications": [
                        {
                          "level": "error",
                          "message": {"text": "missing.md: no such file or folder"},
                          "locations": [
                            {
                              "physicalLocation": {
                                "artifactLocation": {"uri": "missing.md", "uriBaseId": "%SRCROOT%"}
                              }
                            }
                          ],
                          "descriptor": {"id": "unreadable-input"}
                        }
                      ]
                    }
                  ],
                  "originalUriBaseIds": {
                    "%SRCROOT%": {"uri": "file:///work/repo/"}
                  },
                  "results": [
                    {
                      "ruleId": "unsupported-strong-claim",
                      "ruleIndex": 0,
                      "level": "error",
                      "message": {"text": "\"Always\" <asserted> & unsupported:\n50% of readers, at least"},
                      "locations": [
                        {
                          "physicalLocation": {
                            "artifactLocation": {"uri": "docs/a%20b.md", "uriBaseId": "%SRCROOT%"},
                            "region": {
                              "startLine": 3,
                              "startColumn": 5,
                              "endLine": 3,
                              "endColumn": 12,
                              "byteOffset": 20,
                              "byteLength": 21
                            }
                          }
                        }
                      ],
                      "partialFingerprints": {"rontenSentenceHash/v1": "1b35f125a4cc8d8c8c3c4adabaeba6e434c592f134b903c977a5ffd11073390c"}
                    },
                    {
                      "ruleId": "anonymous-attribution",
                      "ruleIndex": 3,
                      "level": "note",
                      "message": {"text": "Who says so is not named"},
                      "locations": [
                        {
                          "physicalLocation": {
                            "artifactLocation": {"uri": "docs/a%20b.md", "uriBaseId": "%SRCROOT%"},
                            "region": {
                              "startLine": 7,
                              "startColumn": 1,
                              "endLine": 8,
                              "endColumn": 4,
                              "byteOffset": 60,
                              "byteLength": 30
                            }
                          }
                        }
                      ],
                      "partialFingerprints": {"rontenSentenceHash/v1": "6dd08cb382f18864a923cd495c8d9d1b261c0731047f35f2d23558f84aec8ee3"}
                    },
                    {
                      "ruleId": "vague-quantity",
                      "ruleIndex": 1,
                      "level": "warning",
                      "message": {"text": "\"many\" gives no number"},
                      "locations": [
                        {
                          "physicalLocation": {
                            "artifactLocation": {"uri": "docs/a%20b.md", "uriBaseId": "%SRCROOT%"},
                            "region": {
                              "startLine": 7,
                              "startColumn": 1,
                              "endLine": 8,
                              "endColumn": 4,
                              "byteOffset": 60,
                              "byteLength": 30
                            }
                          }
                        }
                      ],
                      "partialFingerprints": {"rontenSentenceHash/v1": "9d5ecd26c6f4011211803a38bbc440b9ce0aca7033996c94f3a05bc1c7aa525c"}
                    },
                    {
                      "ruleId": "overconfident-prediction",
                      "ruleIndex": 2,
                      "level": "error",
                      "message": {"text": "States a prediction as certain"},
                      "locations": [
                        {
                          "physicalLocation": {
                            "artifactLocation": {"uri": "%E8%A8%98%E4%BA%8B.md", "uriBaseId": "%SRCROOT%"},
                            "region": {
                              "startLine": 1,
                              "startColumn": 1,
                              "endLine": 1,
                              "endColumn": 9,
                              "byteOffset": 0,
                              "byteLength": 24
                            }
                          }
                        }
                      ],
                      "partialFingerprints": {"rontenSentenceHash/v1": "3c33091e72dbeca0f2c116ee951f9efc2f177e9bd577e65249ec0a6bc300695d"}
                    }
                  ],
                  "columnKind": "utf16CodeUnits"
                }
              ]
            }

            """#
        #expect(format.render(Sample.report) == expected)
    }

    @Test(.enabled(if: python3 != nil, "python3 is not installed: the SARIF schema check needs it"),
          .enabled(if: FileManager.default.fileExists(atPath: schema.path), "the SARIF schema is not in ../shared/data"))
    func validatesAgainstTheOfficialSchemaWithFormatsChecked() throws {
        for report in [Sample.report, Sample.readable, CheckReport(files: [], rules: []),
                       CheckReport(files: [CheckedFile(path: "-", findings: [Sample.prediction]),
                                           CheckedFile(path: "/elsewhere/ä b.md", findings: [Sample.vague])], rules: [])] {
            let result = try schemaErrors(format.render(report))
            #expect(result.status != 3, "install the validator: pip install 'jsonschema[format]'")
            #expect(result.status == 0, "\(result.output)")
            #expect(result.output == "")
        }
        // The validator does catch what it should: a URI with a space in it.
        let broken = format.render(Sample.report).replacingOccurrences(of: "docs/a%20b.md", with: "docs/a b.md")
        #expect(try schemaErrors(broken).status == 1)
    }

    @Test func aRunWithoutProblemsSucceedsAndHasNoNotifications() {
        let text = format.render(Sample.readable)
        #expect(text.contains(#""executionSuccessful": true"#))
        #expect(!text.contains("toolExecutionNotifications"))
    }

    @Test func fingerprintsFollowTheSentenceNotTheLine() {
        let moved = Finding(rule: Sample.strongClaim.rule, severity: .error, message: Sample.strongClaim.message,
                            range: Sample.range(30, 1, 30, 9, offset: 900, length: 21), sentence: "s9")
        let before = CheckedFile(path: "a.md", findings: [Sample.strongClaim], sentences: ["s2": "この戦略は必ず\n成功する。"])
        let after = CheckedFile(path: "a.md", findings: [moved], sentences: ["s9": "この戦略は必ず  成功する。"])
        #expect(Fingerprint.values(for: before, path: "a.md") == Fingerprint.values(for: after, path: "a.md"))
        #expect(Fingerprint.values(for: before, path: "a.md") != Fingerprint.values(for: before, path: "b.md"))
    }

    @Test func twoFindingsOfOneRuleOnOneSentenceGetDifferentFingerprints() {
        var second = Sample.strongClaim
        second.range = Sample.range(3, 14, 3, 16, offset: 50, length: 6)
        let file = CheckedFile(path: "a.md", findings: [Sample.strongClaim, second], sentences: ["s2": "必ず、必ず。"])
        let values = Fingerprint.values(for: file, path: "a.md")
        #expect(values.count == 2 && values[0] != values[1])
        #expect(values[0].count == 64)
    }

    @Test func pathsInsideTheWorkingDirectoryAreRelativeAndOthersAbsoluteFileURIs() {
        #expect(ArtifactPath("./docs//a b.md", workingDirectory: "/work/repo").uri == "docs/a%20b.md")
        #expect(ArtifactPath("/work/repo/記事.md", workingDirectory: "/work/repo/").uri == "%E8%A8%98%E4%BA%8B.md")
        #expect(ArtifactPath("../other/a.md", workingDirectory: "/work/repo").uri == "file:///work/other/a.md")
        #expect(ArtifactPath("/work/repository/a.md", workingDirectory: "/work/repo").uri == "file:///work/repository/a.md")
        #expect(ArtifactPath("a:b#c?.md", workingDirectory: "/w").uri == "a%3Ab%23c%3F.md")
        #expect(ArtifactPath("-", workingDirectory: "/w").uri == nil)
        #expect(ArtifactPath.baseURI("/work/my repo") == "file:///work/my%20repo/")
        #expect(ArtifactPath.baseURI("/") == "file:///")
    }

    @Test func aRegionOutsideTheSchemasBoundsIsPulledIntoThem() throws {
        func region(_ range: SourceRange) -> String {
            var json = PrettyJSON()
            SARIFFormat.region(range, into: &json)
            return String(decoding: json.bytes, as: UTF8.self).split(separator: "\n").map { $0.drop(while: { $0 == " " }) }.joined()
        }
        #expect(region(Sample.range(0, 0, 0, 0, offset: -1, length: 0))
            == #"{"startLine": 1,"startColumn": 1,"endLine": 1,"endColumn": 1,"byteOffset": 0,"byteLength": 0}"#)
        #expect(region(Sample.range(5, 9, 4, 2, offset: 40, length: 3))
            == #"{"startLine": 5,"startColumn": 9,"endLine": 5,"endColumn": 9,"byteOffset": 40,"byteLength": 3}"#)
    }

    @Test func standardInputHasALocationWithoutAURI() {
        let text = format.render(CheckReport(files: [CheckedFile(path: "-", findings: [Sample.prediction])], rules: []))
        #expect(text.contains(#""description": {"text": "standard input"}"#))
        #expect(!text.contains(#""uri": "-""#))
    }

    @Test func helpInMarkdownEscapesWhatMarkdownWouldReadAsSyntax() {
        #expect(MarkdownText.escaped("Use *likely*, not [always] <b>") == #"Use \*likely\*, not \[always\] \<b>"#)
        #expect(MarkdownText.escaped("# one\n- two\nkebab-case") == "\\# one\n\\- two\nkebab-case")
    }
}
