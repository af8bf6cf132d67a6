import Foundation
import RontenAnalysis
import RontenCore
import Testing

struct RuleRegistryTests {
    @Test func listsEveryRuleOnceInIdOrderWithKebabCaseIds() {
        let ids = RuleRegistry.rules.map { $0.descriptor.id }
        #expect(ids == [
            "acronym-not-expanded", "analogy-as-proof", "anonymous-attribution", "figure-without-source",
            "hedge-stacking", "inconsistent-figure", "ja-sentence-too-long", "mixed-politeness",
            "overconfident-prediction", "sweeping-generalisation", "unsupported-strong-claim", "vague-quantity",
            "weak-phrasing",
        ])
        for id in ids {
            #expect(id.allSatisfy { ($0 >= "a" && $0 <= "z") || $0 == "-" }, "\(id) is not kebab-case")
        }
    }

    @Test func everyDescriptorSpeaksBothLanguages() {
        for d in RuleRegistry.descriptors {
            for text in [d.summary, d.description, d.help] {
                #expect(!text.ja.isEmpty && !text.en.isEmpty, "\(d.id) lacks a text")
                #expect(text.ja != text.en, "\(d.id) has an untranslated text")
            }
        }
    }

    @Test func findsARuleById() {
        #expect(RuleRegistry.rule("vague-quantity")?.descriptor.defaultSeverity == .info)
        #expect(RuleRegistry.rule("no-such-rule") == nil)
    }

    @Test func printsOneLinePerRuleAndLanguage() {
        let lines = RuleCatalog.text().split(separator: "\n")
        #expect(lines.count == 2 * RuleRegistry.rules.count)
        #expect(lines[0] == "acronym-not-expanded      info     An acronym is never spelled out in the article.")
        #expect(lines[1] == "                                   略語が記事の中で一度も展開されていない。")
    }

    static let docsPath: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { break }
        }
        return url.appendingPathComponent("docs/rules.md").path
    }()

    @Test func docsRulesMdIsWhatTheRegistryGenerates() throws {
        let onDisk = try String(contentsOfFile: Self.docsPath, encoding: .utf8)
        #expect(onDisk == RuleCatalog.markdown(),
                "docs/rules.md is out of date; regenerate it with: swift run ronten rules --format md > docs/rules.md")
    }
}
