import Foundation
import Ronten
import RontenAnalysis
import RontenCore
import Testing

/// What a reviewer expects the rules to say about the seed article (a
/// Japanese piece on Meta's 2025 AI strategy).
struct SeedArticleRuleTests {
    func seedFindings() throws -> [Finding] {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: SharedData.seedPath)))
        return RuleRegistry.check(try Pipeline().session().evaluate(bytes, path: "seed.txt"))
    }

    func evidence(_ found: [Finding], _ rule: String) -> [String] {
        found.filter { $0.rule == rule }.flatMap(\.evidence)
    }

    @Test(.enabled(if: SharedData.hasSeed))
    func flagsBothAnonymousVoicesOfTheOpening() throws {
        let found = try seedFindings()
        #expect(evidence(found, "anonymous-attribution") == ["を称賛する声もあれば", "を疑う声もあった"])
    }

    @Test(.enabled(if: SharedData.hasSeed))
    func flagsTheClosingCertaintyAsUnsupported() throws {
        let found = try seedFindings().filter { $0.rule == "unsupported-strong-claim" }
        #expect(found.map(\.evidence) == [["すでに定まっている"]])
        #expect(found.first?.message.ja == "「すでに定まっている」と断定していますが、根拠（数値・出典・事例）が示されていません。")
    }

    /// Neither paragraph gives a figure or a named source, so both the AWS and
    /// the Android analogy carry their paragraph alone; the Android paragraph's
    /// 「同様の戦略」 is counted with its first analogy.
    @Test(.enabled(if: SharedData.hasSeed))
    func flagsTheAWSAndAndroidAnalogiesAsProof() throws {
        let found = try seedFindings().filter { $0.rule == "analogy-as-proof" }
        #expect(found.map(\.sentence) == ["s9", "s21"])
        #expect(found.map(\.evidence) == [["と同じ戦略"], ["と同じ戦略"]])
        #expect(found.last?.message.ja.hasSuffix("同じ段落に類推がさらに1件あります。") == true)
    }

    @Test(.enabled(if: SharedData.hasSeed))
    func flagsTheBillionsButNotTheStatedRange() throws {
        let found = try seedFindings()
        #expect(evidence(found, "vague-quantity") == ["何十億", "何十億人", "何十億"])
        // 600億~650億ドル is a stated range, not an order of magnitude.
        #expect(!found.contains { $0.rule == "vague-quantity" && $0.sentence == "s1" })
    }

    @Test(.enabled(if: SharedData.hasSeed))
    func findsNoInconsistentFigureOrMixedStyle() throws {
        let rules = Set(try seedFindings().map(\.rule))
        #expect(!rules.contains("inconsistent-figure"))
        #expect(!rules.contains("mixed-politeness"))
        #expect(!rules.contains("overconfident-prediction"))
    }
}
