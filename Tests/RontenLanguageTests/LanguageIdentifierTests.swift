import RontenCore
import RontenLanguage
import Testing

struct LanguageIdentifierTests {
    func identify(_ text: String) -> Language { LanguageIdentifier.identify(ArraySlice(text.utf8)) }

    @Test func callsAJapaneseSentenceThatNamesEnglishProductsJapanese() {
        #expect(identify("OpenAIのようなライバルが独自のクローズドソースモデルを強化し続ける一方で、Metaは逆方向に舵を切った。") == .japanese)
        #expect(identify("Metaは$60.5 billionを投じ、Meta Superintelligence Labsを設立した。") == .japanese)
        #expect(identify("LLaMAはオープンなモデルとして公開された。") == .japanese)
    }

    @Test func callsAJapaneseSentenceQuotingAnEnglishClauseJapanese() {
        #expect(identify("Zuckerberg氏は「We are all in on this」と述べた。") == .japanese)
    }

    @Test func callsAnEnglishSentenceQuotingAJapaneseTermEnglish() {
        #expect(identify("The Japanese word 論点 means the point at issue.") == .english)
        #expect(identify("Managers there call it 根回しする, and it takes weeks.") == .english)
        #expect(identify("The U.S. invested $60.5 billion in the project.") == .english)
    }

    @Test func callsAnEnglishClauseBesideAJapaneseClauseMixed() {
        #expect(identify("Meta is betting big. 大胆な賭けだ。") == .mixed)
        #expect(identify("投資家は懐疑的だが、the company says it will pay off.") == .mixed)
    }

    @Test func callsShortJapaneseHeadingsJapanese() {
        #expect(identify("AI投資") == .japanese)
        #expect(identify("MetaのAI戦略") == .japanese)
        #expect(identify("第1章　はじめに") == .japanese)
    }

    @Test func callsTextWithoutLettersUndetermined() {
        #expect(identify("$60.5 (2025) — 3.5%") == .undetermined)
        #expect(identify("１２３％") == .undetermined)
        #expect(identify("") == .undetermined)
    }

    @Test func readsASliceFromTheMiddleOfABuffer() {
        let bytes = Array("Critics disagree. 大胆な賭けだ。".utf8)
        #expect(LanguageIdentifier.identify(bytes[0..<17]) == .english)
        #expect(LanguageIdentifier.identify(bytes[18...]) == .japanese)
    }

    @Test func givesTheDocumentTheLanguageOfAtLeastEightyFivePercentOfItsText() {
        #expect(LanguageIdentifier.identifyDocument([(.japanese, 900), (.english, 100)]) == .japanese)
        #expect(LanguageIdentifier.identifyDocument([(.japanese, 800), (.english, 200)]) == .mixed)
        #expect(LanguageIdentifier.identifyDocument([(.english, 800), (.mixed, 100), (.undetermined, 500)]) == .english)
        #expect(LanguageIdentifier.identifyDocument([(.japanese, 700), (.mixed, 300)]) == .japanese)
        #expect(LanguageIdentifier.identifyDocument([(.japanese, 600), (.mixed, 400)]) == .mixed)
    }

    @Test func leavesADocumentWithoutWeightUndetermined() {
        #expect(LanguageIdentifier.identifyDocument([]) == .undetermined)
        #expect(LanguageIdentifier.identifyDocument([(.undetermined, 40)]) == .undetermined)
    }
}
