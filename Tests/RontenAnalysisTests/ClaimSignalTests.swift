import Testing
import RontenAnalysis
import RontenCore

/// Cues that decide a claim's type: recommendation, comparison, evaluation, causation.
struct ClaimSignalTests {
    func signals(_ text: String, _ language: Language) -> [String] {
        CueMatcher.standard.cues(in: text, language: language)
            .filter { [.recommendation, .comparison, .evaluation, .causation].contains($0.kind) }
            .map { "\($0.kind.rawValue) \($0.text)" }
    }

    @Test func findsRecommendationsInBothLanguages() {
        #expect(signals("投資家は規格の広がりを見るべきだ。", .japanese) == ["recommendation べきだ"])
        #expect(signals("We recommend a decision on the platform by the end of Q3.", .english) == ["recommendation We recommend"])
        #expect(signals("Teams should decide early.", .english) == ["recommendation should"])
    }

    @Test func findsComparisonsAndEvaluations() {
        #expect(signals("オープンソースモデルはより安価だ。", .japanese) == ["comparison より"])
        #expect(signals("This matters more than revenue.", .english) == ["evaluation matters", "comparison than"])
        #expect(signals("AIにおける競争優位性にとって、これは非常に重要だ。", .japanese) == ["evaluation 優位性", "evaluation 非常に重要"])
    }

    @Test func findsCausationInsideASentence() {
        #expect(signals("LLaMAを無料で公開することで、Metaはエコシステムを育てた。", .japanese) == ["causation ことで"])
        #expect(signals("Cheaper trials led to faster adoption.", .english) == ["causation led to"])
    }
}
