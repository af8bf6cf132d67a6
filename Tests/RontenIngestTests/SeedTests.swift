import Foundation
import Testing
@testable import RontenIngest
import RontenCore

/// The real article from ../shared/seed: flattened copy on line 1 with run-in
/// headings, then a title line, heading lines and one paragraph per line.
@Suite(.enabled(if: hasSeed, "needs ../shared/seed"))
struct SeedTests {
    let document: Document

    init() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: seedPath)))
        document = try Ingestor().ingest(bytes, path: "seed.txt")
    }

    @Test func comesOutAsOneDocumentWithTheFilesTitle() {
        #expect(document.title?.text == "Metaの2025年AI賭けがテクノロジーの現実を再形成する可能性")
        #expect(document.title?.range?.start == SourcePosition(offset: 5836, line: 2, column: 1))
    }

    @Test func hasExactlyTheFourSectionsOfTheFile() {
        #expect(document.headings == ["Metaの決定の背後にある戦略的変化", "オープンソースを競争の堀とする", "組織の変革:研究から実行へ", "収束"])
        #expect(document.sections.map(\.heading?.range.start.line) == [3, 7, 11, 15])
    }

    @Test func hasTwelveBodyParagraphsThreePerSection() {
        #expect(document.sections.map(\.blocks.count) == [3, 3, 3, 3])
        #expect(document.blocks.allSatisfy { $0.kind == .paragraph })
        #expect(document.blocks[0].text.hasPrefix("Metaが2025年にAIインフラとデータセンターに600億~650億ドルの資本配分を発表した際、"))
        #expect(document.blocks[11].text.hasSuffix("その軌道はすでに定まっている。"))
        #expect(document.blocks[0].range.start == SourcePosition(offset: 5963, line: 4, column: 1))
    }

    @Test func notesThatTheFlattenedDuplicateCopyWasDropped() {
        #expect(document.notes.map(\.code) == ["duplicate-dropped"])
        #expect(document.notes[0].range?.start.line == 1)
        #expect(document.notes[0].range?.end.offset == 5835)
    }
}
