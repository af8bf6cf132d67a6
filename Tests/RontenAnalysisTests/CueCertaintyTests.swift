import RontenCore
import Testing
@testable import RontenAnalysis

func certainty(_ text: String, _ language: Language) -> Certainty {
    let matcher = CueMatcher.standard
    return matcher.certainty(of: matcher.cues(in: text, language: language))
}

struct CueCertaintyTests {
    @Test func aModalHedgesAnEnglishSentence() {
        #expect(certainty("The results may be wrong.", .english) == .hedged)
    }

    @Test func aBoosterWithoutHedgesBoostsIt() {
        #expect(certainty("The results are clearly wrong.", .english) == .boosted)
    }

    @Test func aSentenceWithNeitherIsPlain() {
        #expect(certainty("The results are wrong.", .english) == .plain)
        #expect(certainty("According to the IMF, growth slowed.", .english) == .plain)
    }

    @Test func oneBoosterDoesNotCancelAHedge() {
        #expect(certainty("Clearly, this may fail.", .english) == .hedged)
    }

    @Test func boostersThatClearlyDominateWin() {
        #expect(certainty("Clearly and undoubtedly this must perhaps hold.", .english) == .boosted)
    }

    @Test func weakHedgesCountOnlyTogether() {
        #expect(certainty("Generally the method works.", .english) == .plain)
        #expect(certainty("Generally the method often works.", .english) == .hedged)
    }

    @Test func anAnonymousAttributionHedges() {
        #expect(certainty("Some say the plan is wrong.", .english) == .hedged)
        #expect(certainty("過剰投資を疑う声もあった。", .japanese) == .hedged)
    }

    @Test func japaneseSentencesGetTheirCertainty() {
        #expect(certainty("これは問題かもしれない。", .japanese) == .hedged)
        #expect(certainty("これは間違いなく問題だ。", .japanese) == .boosted)
        #expect(certainty("実行が依然として重要な変数だが、その軌道はすでに定まっている。", .japanese) == .boosted)
        #expect(certainty("その結果、強力なネットワーク効果が生まれた。", .japanese) == .plain)
    }

    @Test func weaselWordingOfEncyclopedicStyleHedges() {
        #expect(certainty("Many consider him the greatest player of his generation.", .english) == .hedged)
        #expect(certainty("It has been suggested that the castle was built earlier.", .english) == .hedged)
        #expect(certainty("Some critics have described the film as overlong.", .english) == .hedged)
        #expect(certainty("The film is widely regarded as a classic.", .english) == .hedged)
        #expect(certainty("The castle was built in 1205 by the Count of Flanders.", .english) == .plain)
    }
}
