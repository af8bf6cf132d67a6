import Ronten
import RontenCore
import RontenIngest
import Testing

/// A finding of `rule` starting on `line`, at the rule's default severity.
func fakeFinding(_ rule: String, line: Int, severity: Severity = .warning) -> Finding {
    let start = SourcePosition(offset: line * 100, line: line, column: 1)
    let end = SourcePosition(offset: line * 100 + 10, line: line, column: 11)
    return Finding(rule: rule, severity: severity, message: LocalizedText(ja: "例", en: "example"),
                   range: SourceRange(start: start, end: end))
}

let layeredConfiguration = Configuration(
    path: "/project/.ronten.yml",
    rules: [
        "weak-phrasing": .off,
        "ja-sentence-too-long": RuleSetting(severity: .info, options: ["limit": .integer(120)]),
        "unsupported-strong-claim": RuleSetting(enabled: true, severity: .error),
    ],
    overrides: [
        PathOverride(files: ["docs/**"], rules: ["weak-phrasing": RuleSetting(enabled: true)]),
        PathOverride(files: ["docs/legal/**"], rules: [
            "unsupported-strong-claim": .off,
            "ja-sentence-too-long": RuleSetting(options: ["limit": .integer(200)]),
        ]),
        PathOverride(files: ["**/terms.md"], rules: ["unsupported-strong-claim": RuleSetting(severity: .info)]),
    ])

func keptFindings(_ findings: [Finding], path: String, suppressions: Suppressions = .none) -> [String] {
    FindingFilter(configuration: layeredConfiguration, path: path, suppressions: suppressions).apply(findings)
        .map { "\($0.rule)@\($0.range.start.line):\($0.severity.rawValue)" }
}

let filterSample = [
    fakeFinding("weak-phrasing", line: 1),
    fakeFinding("ja-sentence-too-long", line: 2),
    fakeFinding("unsupported-strong-claim", line: 3),
    fakeFinding("sweeping-generalisation", line: 4),
]

@Test func disabledRulesAreDroppedAndSeveritiesOverridden() {
    #expect(keptFindings(filterSample, path: "/project/notes/a.md") == [
        "ja-sentence-too-long@2:info", "unsupported-strong-claim@3:error", "sweeping-generalisation@4:warning",
    ])
}

@Test func overridesApplyInOrderAndTheLastMatchWins() {
    #expect(keptFindings(filterSample, path: "/project/docs/a.md") == [
        "weak-phrasing@1:warning", "ja-sentence-too-long@2:info", "unsupported-strong-claim@3:error",
        "sweeping-generalisation@4:warning",
    ])
    #expect(keptFindings(filterSample, path: "/project/docs/legal/a.md") == [
        "weak-phrasing@1:warning", "ja-sentence-too-long@2:info", "sweeping-generalisation@4:warning",
    ])
    // Switched off by one override, a later one that only sets a severity leaves it off.
    #expect(keptFindings(filterSample, path: "/project/docs/legal/terms.md") == [
        "weak-phrasing@1:warning", "ja-sentence-too-long@2:info", "sweeping-generalisation@4:warning",
    ])
    // Outside docs/legal, terms.md keeps its rule on, at the override's severity.
    #expect(keptFindings(filterSample, path: "/project/terms.md") == [
        "ja-sentence-too-long@2:info", "unsupported-strong-claim@3:info", "sweeping-generalisation@4:warning",
    ])
}

@Test func optionsMergeByKeyAcrossOverrides() {
    let policy = RulePolicy(configuration: layeredConfiguration, path: "/project/docs/legal/a.md")
    #expect(policy.options(for: "ja-sentence-too-long") == ["limit": .integer(200)])
    #expect(policy.severity(of: "ja-sentence-too-long", default: .warning) == .info)
    #expect(RulePolicy(configuration: layeredConfiguration, path: "/project/a.md").options(for: "ja-sentence-too-long")["limit"]?.integer == 120)
}

@Test func standardInputAndFilesOutsideTheFolderGetTheTopLevelRulesOnly() {
    let top = ["ja-sentence-too-long@2:info", "unsupported-strong-claim@3:error", "sweeping-generalisation@4:warning"]
    #expect(keptFindings(filterSample, path: "-") == top)
    #expect(keptFindings(filterSample, path: "/elsewhere/docs/a.md") == top)
}

@Test func suppressedFindingsAreDroppedByTheLineTheyStartOn() {
    let text = SourceText("<!-- ronten-disable-next-line sweeping-generalisation -->\nx\nx\nx\n")
    let suppressions = DirectiveScanner(format: .markdown, knownRules: ["sweeping-generalisation"]).scan(text)
    let findings = [fakeFinding("sweeping-generalisation", line: 2), fakeFinding("sweeping-generalisation", line: 3)]
    #expect(keptFindings(findings, path: "/project/a.md", suppressions: suppressions) == ["sweeping-generalisation@3:warning"])
}

@Test func theDefaultConfigurationKeepsEverythingAsItIs() {
    #expect(FindingFilter(configuration: Configuration(), path: "a.md").apply(filterSample) == filterSample)
}

@Test func ignoreGlobsAreRelativeToTheConfigurationsFolder() {
    let configuration = Configuration(path: "/project/.ronten.yml", ignore: ["drafts/**", "**/CHANGELOG.md"])
    #expect(configuration.ignores("/project/drafts/a.md"))
    #expect(configuration.ignores("/project/pkg/CHANGELOG.md"))
    #expect(!configuration.ignores("/project/docs/drafts/a.md"))
    #expect(!configuration.ignores("/other/drafts/a.md"))
    #expect(!configuration.ignores("-"))
    #expect(configuration.relativePath(of: "/project/./docs/../drafts/a.md") == "drafts/a.md")
}
