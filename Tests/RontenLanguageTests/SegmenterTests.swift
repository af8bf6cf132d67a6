import RontenLanguage
import Testing

/// Cases written for Ronten (not from the golden rules): Japanese, English and
/// both mixed, with exact byte ranges where the offsets matter.
struct SegmenterTests {
    let segmenter = SentenceSegmenter()

    func sentences(_ text: String, joinLineBreaks: Bool = false) -> [String] {
        let segmenter = SentenceSegmenter(options: .init(joinLineBreaks: joinLineBreaks))
        let bytes = Array(text.utf8)
        return segmenter.split(bytes).map { segmenter.sentenceText(bytes, $0) }
    }

    func ranges(_ text: String) -> [Range<Int>] { segmenter.split(Array(text.utf8)) }

    // MARK: Japanese

    @Test func splitsJapaneseAfterThePeriodWithNoSpaceBetweenSentences() {
        let text = "Metaが2025年にAIインフラとデータセンターに600億~650億ドルの資本配分を発表した際、反応は鋭く分かれた。"
            + "大胆さを称賛する声もあれば、過剰投資を疑う声もあった。"
        #expect(ranges(text) == [0..<143, 143..<224])
    }

    @Test func keepsAFullWidthDecimalPointInsideTheSentence() {
        #expect(ranges("引き下げ幅は３．５％だ。") == [0..<36])
    }

    @Test func treatsAFullWidthPeriodBetweenWordsAsAStop() {
        #expect(sentences("ＡＩは重要だ．次の文．") == ["ＡＩは重要だ．", "次の文．"])
    }

    @Test func doesNotEndTheSentenceAtAPeriodInsideAQuotation() {
        #expect(sentences("彼は「明日行く。」と言った。次の文。") == ["彼は「明日行く。」と言った。", "次の文。"])
        #expect(sentences("日本語の文章では、句点「。」で文が終わる。") == ["日本語の文章では、句点「。」で文が終わる。"])
    }

    @Test func endsAQuotationThatStandsAsItsOwnSentence() {
        #expect(sentences("彼女は言った。「行かない。絶対に。」そして去った。")
            == ["彼女は言った。", "「行かない。絶対に。」", "そして去った。"])
    }

    @Test func splitsAtJapaneseQuestionAndExclamationMarks() {
        #expect(ranges("本当に？そう思う！") == [0..<12, 12..<27])
    }

    @Test func readsRepeatedExclamationAndQuestionMarksAsOneStop() {
        #expect(sentences("本当！？嘘でしょ。") == ["本当！？", "嘘でしょ。"])
        #expect(sentences("「本当！？」と彼は言った。") == ["「本当！？」と彼は言った。"])
    }

    @Test func keepsClosingBracketsWithTheSentenceTheyClose() {
        #expect(sentences("（注：これは例だ。）本文が続く。") == ["（注：これは例だ。）", "本文が続く。"])
    }

    @Test func doesNotEndAtAJapaneseEllipsis() {
        #expect(sentences("これは……どうだろう。") == ["これは……どうだろう。"])
        #expect(sentences("AIの進化は速い…だが課題も多い。") == ["AIの進化は速い…だが課題も多い。"])
    }

    @Test func givesUpOnAnUnclosedBracketAtTheEndOfTheText() {
        #expect(sentences("彼は「これは長い引用で、閉じ括弧がない。次の文。さらに次。")
            == ["彼は「これは長い引用で、閉じ括弧がない。", "次の文。", "さらに次。"])
    }

    @Test func givesUpOnAnUnclosedBracketAfterSomeHundredsOfCharacters() {
        let long = "「" + String(repeating: "あ", count: 450) + "。"
        #expect(sentences(long + "次の文。") == [long, "次の文。"])
    }

    @Test func removesALineBreakBetweenJapaneseCharacters() {
        #expect(sentences("「これは父の\n家です。」と言った。") == ["「これは父の家です。」と言った。"])
    }

    @Test func makesNumberedChaptersAndBulletsUnitsOfTheirOwn() {
        #expect(sentences("第1章　はじめに\n本文です。") == ["第1章　はじめに", "本文です。"])
        #expect(sentences("結論は次の通り。\n・投資は過剰だ\n・回収には時間がかかる")
            == ["結論は次の通り。", "・投資は過剰だ", "・回収には時間がかかる"])
        #expect(sentences("１．最初の項目\n２．次の項目") == ["１．最初の項目", "２．次の項目"])
    }

    // MARK: English

    @Test func keepsADecimalAndTheUSInsideTheSentence() {
        #expect(ranges("The U.S. invested $60.5 billion. Critics argue it is too much.") == [0..<32, 33..<62])
    }

    @Test func readsAbbreviationsByTheWordThatFollows() {
        #expect(sentences("Dr. Smith and Prof. Jones met at 3 p.m. on Jan. 5. They discussed the results.")
            == ["Dr. Smith and Prof. Jones met at 3 p.m. on Jan. 5.", "They discussed the results."])
        #expect(sentences("The rate fell in Jan. Analysts expected it.")
            == ["The rate fell in Jan.", "Analysts expected it."])
        #expect(sentences("The book is by J.R.R. Tolkien. It's great.")
            == ["The book is by J.R.R. Tolkien.", "It's great."])
        #expect(sentences("They arrived at 5 p.m. The meeting started.")
            == ["They arrived at 5 p.m.", "The meeting started."])
    }

    @Test func keepsAnEmailAddressWhole() {
        #expect(sentences("Write to ops.team@example.co.jp. We reply fast.")
            == ["Write to ops.team@example.co.jp.", "We reply fast."])
    }

    @Test func endsAtAQuotationFollowedByACapital() {
        #expect(sentences("He said, “I’m leaving.” Then he left.") == ["He said, “I’m leaving.”", "Then he left."])
        #expect(sentences("He said \"No.\" and left.") == ["He said \"No.\" and left."])
    }

    @Test func endsAtAnEllipsisOnlyBeforeACapital() {
        #expect(sentences("I went to the store... I bought milk.") == ["I went to the store...", "I bought milk."])
        #expect(sentences("He said . . . nothing.") == ["He said . . . nothing."])
        #expect(sentences("Quote: “The end is near. . . .” He laughed.")
            == ["Quote: “The end is near. . . .”", "He laughed."])
    }

    @Test func keepsAParentheticalSentenceInsideTheOuterOne() {
        #expect(sentences("The project (which began in 2019. It was slow.) is over.")
            == ["The project (which began in 2019. It was slow.) is over."])
    }

    @Test func startsAUnitAtEachItemOfAListRunIntoOneLine() {
        #expect(sentences("Steps: 1. Open the box 2. Remove the item 3. Enjoy")
            == ["Steps:", "1. Open the box", "2. Remove the item", "3. Enjoy"])
    }

    @Test func endsALineUnlessTheTextClearlyGoesOn() {
        #expect(sentences("Features\nfast startup\nsmall binary") == ["Features", "fast startup", "small binary"])
        #expect(sentences("The plan was approved by\nCongress in May.") == ["The plan was approved by Congress in May."])
        #expect(sentences("Meta said in a statement on Tuesday that it would\nspend more. The market fell.")
            == ["Meta said in a statement on Tuesday that it would spend more.", "The market fell."])
    }

    @Test func keepsAnAbbreviationAtTheEndOfALineWithTheNextLine() {
        #expect(sentences("We met Mr.\nSmith yesterday.") == ["We met Mr. Smith yesterday."])
        #expect(sentences("See e.g.\nthe appendix.") == ["See e.g. the appendix."])
        #expect(sentences("He ran.\nShe walked.") == ["He ran.", "She walked."])
    }

    @Test func keepsLinesOfDialogueApart() {
        #expect(sentences("「おはよう」\n「元気？」") == ["「おはよう」", "「元気？」"])
        #expect(sentences("「明日行く」\nと彼は言った。") == ["「明日行く」と彼は言った。"])
    }

    @Test func keepsAReferenceMarkWithTheSentenceItCites() {
        #expect(sentences("He was a martyr.[1] The emperor published a decree.")
            == ["He was a martyr.[1]", "The emperor published a decree."])
    }

    @Test func joinsSingleLineBreaksWhenAsked() {
        #expect(sentences("Features\nfast startup\n\nNext one.", joinLineBreaks: true)
            == ["Features fast startup", "Next one."])
    }

    @Test func collapsesWhitespaceRunsToOneSpace() {
        #expect(sentences("A  tab\there\r\nand more.", joinLineBreaks: true) == ["A tab here and more."])
    }

    @Test func makesAMarkdownHeadingAUnitOfItsOwn() {
        #expect(sentences("## Why it matters\nThe reason is simple.") == ["## Why it matters", "The reason is simple."])
    }

    // MARK: Mixed

    @Test func splitsAJapaneseSentenceThatQuotesAnEnglishFigure() {
        #expect(ranges("Metaは$60.5 billionを投じた。Critics disagree.") == [0..<35, 35..<52])
    }

    @Test func endsAtAnASCIIPeriodBeforeJapaneseButNotAfterAnAbbreviation() {
        #expect(sentences("Meta would spend $65 billion.一方、投資家は懐疑的だ。")
            == ["Meta would spend $65 billion.", "一方、投資家は懐疑的だ。"])
        #expect(sentences("Meta Platforms Inc.は発表した。U.S.の規制当局は反発した。")
            == ["Meta Platforms Inc.は発表した。", "U.S.の規制当局は反発した。"])
    }

    @Test func keepsAnEnglishQuotationInsideAJapaneseSentence() {
        #expect(sentences("Zuckerberg氏は「We are all in.」と述べた。") == ["Zuckerberg氏は「We are all in.」と述べた。"])
    }

    @Test func splitsEnglishFollowedByJapanese() {
        #expect(sentences("Meta is betting big. 大胆な賭けだ。") == ["Meta is betting big.", "大胆な賭けだ。"])
    }

    // MARK: Shape

    @Test func trimsWhitespaceIncludingIdeographicSpaceAndDropsEmptyUnits() {
        #expect(ranges("　本文です。\n\n  \n") == [3..<18])
        #expect(ranges(" \n\t ") == [])
        #expect(ranges("") == [])
    }

    @Test func readsMalformedUTF8WithoutLosingBytes() {
        #expect(segmenter.split([0xFF, 0x6F, 0x6B, 0x2E, 0x20, 0x47, 0x6F, 0x2E]) == [0..<4, 5..<8])
    }

    @Test func handlesAHundredThousandCharactersWithoutAStopAsOneSentence() {
        let text = Array(String(repeating: "word ", count: 20_000).utf8)
        #expect(segmenter.split(text) == [0..<(text.count - 1)])
        let japanese = Array(String(repeating: "あ", count: 100_000).utf8)
        #expect(segmenter.split(japanese) == [0..<300_000])
    }

    @Test func handlesAHundredThousandShortLinesAsAsManyUnits() {
        let text = Array(String(repeating: "Line\n", count: 100_000).utf8)
        let spans = segmenter.split(text)
        #expect(spans.count == 100_000)
        #expect(spans.last == (499_995..<499_999))
    }
}
