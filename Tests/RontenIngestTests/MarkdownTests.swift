import Testing
@testable import RontenIngest
import RontenCore

struct MarkdownTests {
    @Test func takesTheSingleTopHeadingAsTitleAndSplitsSectionsAtHeadings() throws {
        let document = try ingest("# Title\n\nLead.\n\n## One\n\nFirst.\n\n### One.A\n\nDeeper.\n\n## Two\n\nSecond.\n")
        #expect(document.title?.text == "Title")
        #expect(document.title?.origin == .heading)
        #expect(document.sections.map { $0.heading?.text } == [nil, "One", "One.A", "Two"])
        #expect(document.sections.map { $0.heading?.level } == [nil, 2, 3, 2])
        #expect(document.blockTexts == ["Lead.", "First.", "Deeper.", "Second."])
        #expect(document.sections[1].heading?.range == SourceRange(
            start: SourcePosition(offset: 19, line: 5, column: 4), end: SourcePosition(offset: 22, line: 5, column: 7)))
    }

    @Test func flattensLinksAndEmphasisAndKeepsTheirRanges() throws {
        let source = "See [the *report*](https://example.com/r \"R\") and **bold** text.\n"
        let document = try ingest(source)
        let block = document.blocks[0]
        #expect(block.text == "See the report and bold text.")
        #expect(block.range.start.offset == 0)
        #expect(block.range.end.offset == 64)
        // "and" sits after the link destination: text offset 15, source 46.
        let map = try #require(block.textMap)
        #expect(map.sourceRange(15..<18) == 46..<49)
        #expect(map.sourceRange(19..<23) == 52..<56)
    }

    @Test func joinsJapaneseLinesWithoutASpaceAndEnglishWithOne() throws {
        let document = try ingest("これは父の\n家です。\n\nThis is a sentence\ncut off.\n")
        #expect(document.blockTexts == ["これは父の家です。", "This is a sentence cut off."])
    }

    @Test func marksListItemsQuotesCodeAndRawHTML() throws {
        let document = try ingest("""
            - 第一に、コストを吸収する。
            - 第二に、優位性を得る。

            > 過剰投資を疑う声もあった。

            ```swift
            let x = 1. // not prose
            ```

            <div onclick="x()">raw</div>
            """)
        #expect(document.blocks.map(\.kind) == [.listItem, .listItem, .blockQuote, .code, .html])
        #expect(document.blocks[3].text == "```swift\nlet x = 1. // not prose\n```")
        #expect(document.blocks[4].text == "<div onclick=\"x()\">raw</div>")
        #expect(!document.blocks[3].isProse && !document.blocks[4].isProse)
    }

    @Test func keepsAPipeTableAsTextNotProse() throws {
        let document = try ingest("| 年 | 投資 |\n|---|---:|\n| 2025 | 600億ドル |\n")
        #expect(document.blocks.map(\.kind) == [.table])
        #expect(document.blocks[0].text == "| 年 | 投資 |\n|---|---:|\n| 2025 | 600億ドル |")
    }

    /// A table is a header line with a pipe, then a delimiter line of at
    /// least three dashes with a pipe; line ends may be LF, CR LF or CR.
    @Test func tellsAPipeTableByItsFirstTwoLines() {
        func isTable(_ text: String) -> Bool { MarkdownReader.isTable(ArraySlice(Array(text.utf8))) }
        #expect(isTable("| a | b |\n|---|---|\n| 1 | 2 |"))
        #expect(isTable("\n\r\na | b\r\n:-- | --:"))
        #expect(isTable("a|b\r-|--|"))
        #expect(isTable(String(repeating: "長い見出し", count: 2_000) + "|\n| --- |"))
        #expect(!isTable("| a | b |\n|--|"))  // two dashes
        #expect(!isTable("| a | b |\n---"))  // no pipe in the delimiter
        #expect(!isTable("a b\n|---|"))  // no pipe in the header
        #expect(!isTable("| a |\n|---|x"))
        #expect(!isTable("| a |"))
        #expect(!isTable(""))
        // A slice that does not start at 0, as the reader passes a block.
        let text = Array("prose\n| a |\n| --- |".utf8)
        #expect(MarkdownReader.isTable(text[6...]))
        #expect(!MarkdownReader.isTable(text[0..<11]))
    }

    @Test func keepsInlineHTMLAsLiteralText() throws {
        let document = try ingest("Click <script>alert(1)</script> here &amp; now.\n")
        #expect(document.blockTexts == ["Click <script>alert(1)</script> here & now."])
    }

    @Test func alignsEntitiesAndEscapesToTheirSourceBytes() throws {
        let document = try ingest("A &amp; B \\* C.\n")
        let block = document.blocks[0]
        #expect(block.text == "A & B * C.")
        let map = try #require(block.textMap)
        // "C." is at text 8..<10 and source 13..<15.
        #expect(map.sourceRange(8..<10) == 13..<15)
    }

    @Test func givesRangesInCRLFFiles() throws {
        let document = try ingest("# T\r\n\r\n## 見出し\r\n\r\n本文。\r\n")
        #expect(document.sections[0].heading?.text == "見出し")
        #expect(document.blocks[0].range == SourceRange(
            start: SourcePosition(offset: 23, line: 5, column: 1), end: SourcePosition(offset: 32, line: 5, column: 4)))
    }

    @Test func dropsARepeatedPassagePastedTwice() throws {
        let passage = "First paragraph of the pasted article, long enough to count.\n\nSecond paragraph of the article, also long enough.\n\n"
        let document = try ingest("# T\n\n" + passage + passage)
        #expect(document.blockTexts.count == 2)
        #expect(document.notes.map(\.code) == ["duplicate-dropped"])
        #expect(document.notes[0].range?.start.line == 7)
    }
}
