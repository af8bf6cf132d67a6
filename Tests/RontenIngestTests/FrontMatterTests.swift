import Testing
@testable import RontenIngest
import RontenCore

struct FrontMatterTests {
    @Test func readsYAMLFrontMatterFields() throws {
        let document = try ingest("""
            ---
            title: "Metaの賭け"
            date: 2025-02-01
            author: 山田
            lang: ja
            tags: [AI, 戦略]
            draft: false
            ---
            本文です。
            """)
        #expect(document.metadata.title == "Metaの賭け")
        #expect(document.metadata.date == "2025-02-01")
        #expect(document.metadata.author == "山田")
        #expect(document.metadata.language == "ja")
        #expect(document.metadata.tags == ["AI", "戦略"])
        #expect(document.metadata.extra == ["draft": "false"])
        #expect(document.metadata.frontMatter == "yaml")
        #expect(document.title?.text == "Metaの賭け")
        #expect(document.title?.origin == .frontMatter)
        #expect(document.blockTexts == ["本文です。"])
        #expect(document.blocks[0].range.start == SourcePosition(offset: 104, line: 9, column: 1))
    }

    @Test func readsHugoTOMLFrontMatterWithArraysOverSeveralLines() throws {
        let document = try ingest("""
            +++
            title = "Go 1.22 について"
            date = "2024-02-10T12:00:00+09:00"
            tags = [
              "golang",
              "programming", # comment
            ]
            description = 'リテラル'
            [extra]
            image = "/img/a.png"
            +++

            本文。
            """)
        #expect(document.metadata.title == "Go 1.22 について")
        #expect(document.metadata.date == "2024-02-10T12:00:00+09:00")
        #expect(document.metadata.tags == ["golang", "programming"])
        #expect(document.metadata.extra == ["description": "リテラル", "extra.image": "/img/a.png"])
        #expect(document.metadata.frontMatter == "toml")
        #expect(document.blockTexts == ["本文。"])
    }

    @Test func readsTOMLFrontMatterWithWindowsLineEnds() throws {
        // Lines were split at "\n" Characters, and "\r\n" is one Character:
        // the whole block read as one line, so every field after the first was lost.
        let document = try ingest("+++\r\ntitle = \"Hello\"\r\nauthor = \"X\"\r\ntags = [\"a\",\r\n  \"b\"]\r\n"
            + "[extra]\r\nnote = '''first\r\nsecond'''\r\n+++\r\n\r\nBody text.\r\n")
        #expect(document.metadata.title == "Hello")
        #expect(document.metadata.author == "X")
        #expect(document.metadata.tags == ["a", "b"])
        #expect(document.metadata.extra == ["extra.note": "first\nsecond"])
        #expect(document.blockTexts == ["Body text."])
        #expect(document.notes.isEmpty)
    }

    @Test func namesTheTOMLLineThatCannotBeRead() throws {
        let document = try ingest("+++\ntitle = \"T\"\n\nthis is not toml\n+++\nBody text.\n")
        #expect(document.metadata.title == nil)
        #expect(document.notes.map(\.message) == ["front matter line 4: expected key = value; its fields were ignored"])
    }

    @Test func readsATOMLArrayOfManyLinesInLinearTime() throws {
        // The depth of the brackets was counted again over the whole array
        // for every line added, quadratic in the array's lines.
        let items = (0..<20_000).map { "  \"tag-\($0) [x]\"," }.joined(separator: "\n")
        let clock = ContinuousClock()
        var document: Document?
        let elapsed = try clock.measure {
            document = try ingest("+++\ntags = [\n" + items + "\n]\ntitle = \"T\"\n+++\n\n本文。\n")
        }
        #expect(document?.metadata.tags.count == 20_000)
        #expect(document?.metadata.tags.last == "tag-19999 [x]")
        #expect(document?.metadata.title == "T")
        #expect(elapsed < .seconds(5))
    }

    @Test func keepsTheBodyAndNotesUnreadableFrontMatter() throws {
        let document = try ingest("---\ntitle: [unclosed\n---\nBody text.\n")
        #expect(document.metadata.title == nil)
        #expect(document.blockTexts == ["Body text."])
        #expect(document.notes.map(\.code) == ["front-matter-unreadable"])
    }

    @Test func dropsAFirstHeadingThatRepeatsTheDeclaredTitle() throws {
        let document = try ingest("---\ntitle: Open source as a moat\n---\n# Open source as a moat\n\nText.\n")
        #expect(document.title?.text == "Open source as a moat")
        #expect(document.title?.range?.start.line == 4)
        #expect(document.sections.count == 1)
        #expect(document.sections[0].heading == nil)
    }
}
