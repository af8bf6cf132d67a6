import Foundation
import RontenCore
import RontenIngest
import Testing

/// Rule ids made up for these tests, so nothing depends on the real rules.
let fakeRuleIDs: Set<String> = ["ja-sentence-too-long", "weak-phrasing", "sweeping-generalisation", "unsupported-strong-claim"]
let configurationLoader = ConfigurationLoader(knownRules: fakeRuleIDs)

func parseConfiguration(_ yaml: String) throws -> Configuration {
    try configurationLoader.parse(yaml, path: "docs/.ronten.yml")
}

/// The error a text gives, as the user reads it.
func configurationFailure(_ yaml: String) -> String? {
    do {
        _ = try parseConfiguration(yaml)
        return nil
    } catch {
        return "\(error)"
    }
}

@Test func readsEveryPartOfTheDocumentedExample() throws {
    let configuration = try parseConfiguration("""
        root: true
        rules:
          ja-sentence-too-long: {severity: warning, limit: 120}
          weak-phrasing: off
          unsupported-strong-claim: error
        lexicon:
          ja: {hedges: [と推察される], boosters: [断言できる], entities: [{name: 論点社, kind: organisation, aliases: [ロンテン社]}]}
          en: {hedges: presumably}
        ignore: ["drafts/**", "**/CHANGELOG.md"]
        overrides:
          - files: ["docs/legal/**"]
            rules: {sweeping-generalisation: off}
        """)
    #expect(configuration.path == "docs/.ronten.yml")
    #expect(configuration.folder == "docs")
    #expect(configuration.rules == [
        "ja-sentence-too-long": RuleSetting(enabled: true, severity: .warning, options: ["limit": .integer(120)]),
        "weak-phrasing": .off,
        "unsupported-strong-claim": RuleSetting(enabled: true, severity: .error),
    ])
    #expect(configuration.cues == [
        CueAddition(language: .japanese, kind: .hedge, pattern: "と推察される", line: 7),
        CueAddition(language: .japanese, kind: .booster, pattern: "断言できる", line: 7),
        CueAddition(language: .english, kind: .hedge, pattern: "presumably", line: 8),
    ])
    #expect(configuration.entities == [EntityAddition(name: "論点社", kind: .organisation, aliases: ["ロンテン社"], line: 7)])
    #expect(configuration.ignore == ["drafts/**", "**/CHANGELOG.md"])
    #expect(configuration.overrides == [PathOverride(files: ["docs/legal/**"], rules: ["sweeping-generalisation": .off])])
    #expect(configuration.cueAdditions == [.japanese: [.hedge: ["と推察される"], .booster: ["断言できる"]], .english: [.hedge: ["presumably"]]])
}

@Test func anEmptyFileIsTheDefault() throws {
    #expect(try parseConfiguration("") == Configuration(path: "docs/.ronten.yml"))
    #expect(try parseConfiguration("# nothing yet\n") == Configuration(path: "docs/.ronten.yml"))
}

@Test func ruleOptionsKeepTheirTypesAndQuotedValuesStayText() throws {
    let configuration = try parseConfiguration("""
        rules:
          ja-sentence-too-long:
            limit: 80
            ratio: 0.5
            strict: true
            label: "120"
            words: [a, b]
        """)
    #expect(configuration.rules["ja-sentence-too-long"] == RuleSetting(options: [
        "limit": .integer(80), "ratio": .number(0.5), "strict": .flag(true), "label": .text("120"), "words": .list(["a", "b"]),
    ]))
}

@Test func severityWordsMapToSettings() throws {
    let configuration = try parseConfiguration("""
        rules:
          weak-phrasing: on
          sweeping-generalisation: info
          ja-sentence-too-long: {severity: off}
          unsupported-strong-claim: false
        """)
    #expect(configuration.rules["weak-phrasing"] == RuleSetting(enabled: true))
    #expect(configuration.rules["sweeping-generalisation"] == RuleSetting(enabled: true, severity: .info))
    #expect(configuration.rules["ja-sentence-too-long"] == .off)
    #expect(configuration.rules["unsupported-strong-claim"] == .off)
}

@Test func anUnknownRuleIdIsAnErrorAtItsLineWithASuggestion() {
    #expect(configurationFailure("rules:\n  weak-phrasing: off\n  weak-phrase: off\n")
        == "docs/.ronten.yml:3: unknown rule 'weak-phrase' (did you mean 'weak-phrasing'?); `ronten rules` lists them")
    #expect(configurationFailure("overrides:\n  - files: [a]\n    rules:\n      nonsense-rule: off\n")
        == "docs/.ronten.yml:4: unknown rule 'nonsense-rule'; `ronten rules` lists them")
}

@Test func aBadSeverityIsAnErrorAtItsLine() {
    #expect(configurationFailure("rules:\n  weak-phrasing: warn\n")
        == "docs/.ronten.yml:2: bad severity 'warn' for rule 'weak-phrasing'; expected off, on, info, warning or error")
    #expect(configurationFailure("rules:\n  weak-phrasing:\n    severity: loud\n")
        == "docs/.ronten.yml:3: bad severity 'loud' for rule 'weak-phrasing'; expected off, on, info, warning or error")
}

@Test func unknownAndDuplicateKeysAreErrors() {
    #expect(configurationFailure("rules: {}\nrulez: {}\n")
        == "docs/.ronten.yml:2: unknown key 'rulez' in the configuration; expected ignore, lexicon, overrides, root or rules")
    #expect(configurationFailure("ignore: [a]\nignore: [b]\n")
        == "docs/.ronten.yml:2: duplicate key 'ignore' in the configuration (first at line 1)")
    #expect(configurationFailure("lexicon:\n  ja:\n    hedgez: [x]\n")?.hasPrefix("docs/.ronten.yml:3: unknown key 'hedgez' in lexicon.ja; expected ") == true)
    #expect(configurationFailure("lexicon:\n  fr: {hedges: [x]}\n")
        == "docs/.ronten.yml:2: unknown key 'fr' in lexicon; expected en or ja")
    #expect(configurationFailure("overrides:\n  - rules: {weak-phrasing: off}\n")
        == "docs/.ronten.yml:2: an override needs files: the globs it applies to")
}

@Test func malformedYAMLIsAnErrorAtItsLine() {
    #expect(configurationFailure("rules:\n  weak-phrasing: off\n bad: [\n")?.hasPrefix("docs/.ronten.yml:3: malformed YAML: ") == true)
    #expect(configurationFailure("ignore: [a, b\n")?.hasPrefix("docs/.ronten.yml:2: malformed YAML: ") == true)
}

@Test func wrongShapesAreErrorsAtTheirLines() {
    #expect(configurationFailure("- a\n- b\n") == "docs/.ronten.yml:1: the configuration must be a mapping of key: value")
    #expect(configurationFailure("rules:\n  weak-phrasing: [off]\n")
        == "docs/.ronten.yml:2: rule 'weak-phrasing' takes a severity (off, on, info, warning, error) or a mapping")
    #expect(configurationFailure("ignore:\n  - {a: b}\n") == "docs/.ronten.yml:2: ignore must be a text or a list of texts")
    #expect(configurationFailure("ignore: ['docs/[ab']\n") == "docs/.ronten.yml:1: unclosed [ in glob 'docs/[ab'")
    #expect(configurationFailure("lexicon:\n  ja:\n    discourse: [だから]\n")
        == "docs/.ronten.yml:3: discourse markers need a relation and cannot be added here; add them as lexicon lines")
    #expect(configurationFailure("lexicon:\n  en:\n    entities:\n      - {name: Acme, kind: company}\n")
        == "docs/.ronten.yml:4: entity kind must be one of organisation, product, person, place or other")
    #expect(configurationFailure("root: maybe\n") == "docs/.ronten.yml:1: root must be true or false")
}

@Test func anUnreadableFileIsAnErrorNamingIt() {
    #expect(throws: ConfigurationError(path: "/nonexistent/.ronten.yml", line: nil,
                                       reason: "cannot read configuration: No such file or directory")) {
        try configurationLoader.load(contentsOf: "/nonexistent/.ronten.yml")
    }
}

@Test func theValueRoundTripsThroughJSONWithSortedKeys() throws {
    let configuration = try parseConfiguration("rules:\n  weak-phrasing: off\n  ja-sentence-too-long: {limit: 3}\n")
    let text = try JSONText.string(configuration)
    #expect(text == #"{"path":"docs/.ronten.yml","rules":{"ja-sentence-too-long":{"options":{"limit":3}},"weak-phrasing":{"enabled":false,"options":{}}},"cues":[],"entities":[],"ignore":[],"overrides":[]}"#)
    #expect(try JSONDecoder().decode(Configuration.self, from: Data(text.utf8)) == configuration)
}

@Test func theExampleInTheDocumentationIsValid() throws {
    let page = try String(contentsOf: packageRoot.appendingPathComponent("docs/configuration.md"), encoding: .utf8)
    let yaml = try #require(page.components(separatedBy: "```yaml\n").dropFirst().first?.components(separatedBy: "```").first)
    let configuration = try parseConfiguration(yaml)
    #expect(configuration.rules.count == 4)
    #expect(configuration.cues.count == 5)
    #expect(configuration.entities.map(\.name) == ["論点社", "東京湾岸プロジェクト"])
    #expect(configuration.overrides.count == 2)
}
