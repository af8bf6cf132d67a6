import Testing
@testable import RontenIngest
import RontenCore

struct PlainTextTests {
    @Test func readsOneParagraphPerLineUnderATitleAndInferredHeadings() throws {
        let document = try ingest("""
            AI戦略の現実
            背景
            Metaは投資を発表した。反応は分かれた。
            規模はアクセスの問題だ。
            結論
            実行が重要な変数だ。
            """, path: "a.txt")
        #expect(document.title?.text == "AI戦略の現実")
        #expect(document.title?.origin == .firstLine)
        #expect(document.headings == ["背景", "結論"])
        #expect(document.sections.map { $0.blocks.count } == [2, 1])
        #expect(document.sections[0].heading?.inferred == true)
        #expect(document.blockTexts == ["Metaは投資を発表した。反応は分かれた。", "規模はアクセスの問題だ。", "実行が重要な変数だ。"])
    }

    @Test func joinsHardWrappedEnglishLinesIntoOneParagraph() throws {
        let document = try ingest("""
            Why open source wins

            Meta released the model for free, and an ecosystem
            grew around it within months.
            Critics argue this is too costly.
            """, path: "b.txt")
        #expect(document.title?.text == "Why open source wins")
        #expect(document.blockTexts == [
            "Meta released the model for free, and an ecosystem grew around it within months.",
            "Critics argue this is too costly.",
        ])
        #expect(document.blocks[0].range.end == SourcePosition(offset: 102, line: 4, column: 30))
    }

    @Test func readsMarkdownStyleHeadingsInPlainText() throws {
        let document = try ingest("## 第一の論点\n本文だ。\n## 第二の論点 ##\n次の本文だ。\n", path: "c.txt")
        #expect(document.headings == ["第一の論点", "第二の論点"])
        #expect(document.sections[0].heading?.inferred == false)
    }

    @Test func splitsHeadingsRunIntoTheTextWithoutALineBreak() throws {
        let line = "## 戦略的変化Metaが投資を発表した。反応は分かれた。## 収束これら3つの動きは仮説を形成する。"
        let document = try ingest(line, path: "d.txt")
        #expect(document.headings == ["戦略的変化", "収束"])
        #expect(document.blockTexts == ["Metaが投資を発表した。反応は分かれた。", "これら3つの動きは仮説を形成する。"])
        #expect(document.sections[1].heading?.range.start.offset == Array("## 戦略的変化Metaが投資を発表した。反応は分かれた。## ".utf8).count)
    }

    @Test func keepsListLinesAsItemsOfTheirOwn() throws {
        let document = try ingest("理由は三つある。\n・コスト\n・速度\n・規模\n", path: "e.txt")
        #expect(document.blocks.map(\.kind) == [.paragraph, .listItem, .listItem, .listItem])
    }

    @Test func doesNotTakeAShortFinalSentenceForAHeading() throws {
        let document = try ingest("Meta moved first.\nThe end\n", path: "f.txt")
        #expect(document.headings.isEmpty)
    }
}
