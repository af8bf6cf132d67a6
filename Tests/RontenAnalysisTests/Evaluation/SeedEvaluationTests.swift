import Foundation
import Testing
import Ronten
import RontenAnalysis
import RontenCore

/// What a careful reviewer marks in the seed article, asserted on the
/// evaluator's real output.
@Suite(.enabled(if: ArgumentFixtures.hasSeed, "needs ../shared/seed"))
struct SeedEvaluationTests {
    let analysis: Analysis
    init() throws { analysis = try ArgumentFixtures.analysis(ArgumentFixtures.seed) }

    var annotations: Annotations { analysis.annotations ?? Annotations() }

    func sentence(_ fragment: String) -> Sentence? { analysis.document.sentences.first { $0.text.contains(fragment) } }

    func cues(_ kind: Cue.Kind, in fragment: String) -> [String] {
        guard let id = sentence(fragment)?.id else { return [] }
        return annotations.cues.filter { $0.sentence == id && $0.value.kind == kind }.map(\.value.text)
    }

    @Test func normalisesTheInvestmentRangeAndTheOtherFigures() throws {
        let range = try #require(annotations.quantities.first { $0.value.text == "600億~650億ドル" })
        #expect(range.value.kind == .money)
        #expect(range.value.unit == "USD")
        #expect(range.value.low == 6.0e10)
        #expect(range.value.high == 6.5e10)
        #expect(range.sentence == "s1")
        // The range points at the figure's own bytes in the file.
        let bytes = Array(try Data(contentsOf: ArgumentFixtures.seed))
        #expect(String(decoding: bytes[range.range.start.offset..<range.range.end.offset], as: UTF8.self) == "600億~650億ドル")
        let texts = annotations.quantities.map(\.value.text)
        #expect(texts.filter { $0 == "2025年" }.count == 3)
        let ago = try #require(annotations.quantities.first { $0.value.text == "15年前" })
        #expect(ago.value.kind == .relativeTime && ago.value.value == -15 && ago.value.unit == "year")
        let vague = annotations.quantities.filter { $0.value.approximation == .vague }.map(\.value.text)
        #expect(vague.contains("何十億") && vague.contains("何十億人"))
    }

    @Test func findsTheCompaniesAndProductsUnderOneNameEach() {
        let names = annotations.entities.map(\.name)
        for name in ["Meta", "OpenAI", "LLaMA", "AWS", "Android", "iOS", "ChatGPT", "Superintelligence Labs", "Facebook", "Instagram", "WhatsApp"] {
            #expect(names.contains(name), "missing \(name)")
        }
        #expect(annotations.entities.first { $0.name == "Meta" }?.kind == .organisation)
        #expect(annotations.entities.first { $0.name == "LLaMA" }?.mentions.count == 3)
    }

    @Test func marksTheHedgeTheBoosterAndThePrediction() {
        #expect(cues(.hedge, in: "明らかになるだろう") == ["だろう"])
        #expect(cues(.prediction, in: "明らかになるだろう").contains("今後"))
        #expect(sentence("明らかになるだろう")?.certainty == .hedged)
        #expect(cues(.booster, in: "その軌道はすでに定まっている") == ["すでに定まっている"])
        #expect(sentence("その軌道はすでに定まっている")?.certainty == .boosted)
        let prediction = analysis.claims?.first { $0.text.contains("明らかになるだろう") }
        #expect(prediction?.type == .predictive)
    }

    @Test func marksTheAWSAndAndroidAnalogies() {
        #expect(cues(.analogy, in: "15年前のAWSと同じ戦略だ") == ["と同じ戦略"])
        #expect(cues(.analogy, in: "Androidがモバイルコンピューティングで勝利したのと同じ戦略だ") == ["と同じ戦略"])
        #expect(analysis.claims?.first { $0.text.hasPrefix("これは、15年前のAWS") }?.type == .analogical)
    }

    @Test func marksBothAnonymousVoices() {
        let voices = cues(.attribution, in: "過剰投資を疑う声もあった")
        #expect(voices == ["を称賛する声もあれば", "を疑う声もあった"])
        let id = sentence("過剰投資を疑う声もあった")?.id
        #expect(annotations.cues.filter { $0.sentence == id && $0.value.kind == .attribution }.allSatisfy { $0.value.source == .anonymous })
        // "Meta announced…" names its source.
        #expect(cues(.attribution, in: "資本配分を発表した際") == ["を発表した"])
        #expect(sentence("過剰投資を疑う声もあった")?.certainty == .hedged)
    }
}
