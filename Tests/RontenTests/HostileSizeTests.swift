import Foundation
import RontenCore
import Testing
@testable import Ronten

/// Inputs whose size or depth breaks readers that recurse or rescan: each
/// must come back whole, with exact counts, in time linear in its size.
/// The limit on time is generous for a debug build on a shared 2-core
/// machine (the slowest case takes 9 s of CPU); what it catches is a
/// quadratic scan, which was 264 s for 20,000 paragraphs.
@Suite struct HostileSizeTests {
    @Test func tenThousandNestedListsGiveOneListItem() throws {
        let text = String(repeating: "- ", count: 10_000) + "deep\n"
        let analysis = try timed { try hostileAnalysis(Array(text.utf8), path: "lists.md") }
        #expect(analysis.document.blocks.map(\.kind) == [.listItem])
        #expect(analysis.document.sentences.map(\.text) == ["deep"])
        #expect(analysis.document.sentences.first?.range.start.offset == 20_000)
    }

    @Test func tenThousandNestedBlockQuotesGiveOneQuote() throws {
        let text = String(repeating: ">", count: 10_000) + " deep\n"
        let analysis = try timed { try hostileAnalysis(Array(text.utf8), path: "quotes.md") }
        #expect(analysis.document.blocks.map(\.kind) == [.blockQuote])
        #expect(analysis.document.sentences.map(\.text) == ["deep"])
        #expect(analysis.document.sentences.first?.range.start.offset == 10_001)
    }

    @Test func tenThousandQuotesNestedLineByLineKeepEveryLine() throws {
        // Each line one level deeper: cmark walks the open containers per line.
        var text = ""
        for depth in 1...2_000 { text += String(repeating: ">", count: depth) + " L\(depth).\n" }
        let analysis = try timed { try hostileAnalysis(Array(text.utf8), path: "stairs.md") }
        #expect(analysis.document.sentences.count == 2_000)
        #expect(analysis.document.sentences.last?.text == "L2000.")
    }

    @Test func aHundredThousandCharacterSentenceWithNoStopIsOneSentence() throws {
        let text = String(repeating: "あ", count: 100_000)
        for path in ["long.md", "long.txt"] {
            let analysis = try timed { try hostileAnalysis(Array(text.utf8), path: path) }
            let sentences = analysis.document.sentences
            #expect(sentences.count == 1)
            #expect(sentences.first?.text == text)
            #expect(sentences.first?.range.end == SourcePosition(offset: 300_000, line: 1, column: 100_001))
        }
    }

    @Test func anEnglishSentenceOfTwentyThousandWordsWithNoStopIsOneSentence() throws {
        let text = String(repeating: "growth and ", count: 20_000) + "more"
        let analysis = try timed { try hostileAnalysis(Array(text.utf8), path: "words.txt") }
        #expect(analysis.document.sentences.map(\.text) == [text])
    }

    @Test func aHundredThousandOneCharacterLinesAreOneParagraphAsProse() throws {
        let bytes = Array(String(repeating: "a\n", count: 100_000).utf8)
        let expected = Array(repeating: "a", count: 100_000).joined(separator: " ")
        for path in ["lines.md", "lines.txt"] {
            let analysis = try timed { try hostileAnalysis(bytes, path: path) }
            #expect(analysis.document.blocks.count == 1)
            #expect(analysis.document.sentences.map(\.text) == [expected])
            #expect(analysis.document.sentences.first?.range.end == SourcePosition(offset: 199_999, line: 100_000, column: 2))
        }
    }

    @Test func aHundredThousandOneCharacterLinesAreAHundredThousandUnitsWhenSegmented() throws {
        let bytes = Array(String(repeating: "a\n", count: 100_000).utf8)
        let analysis = try timed { try hostileAnalysis(bytes, path: "lines.txt", segmented: true) }
        #expect(analysis.document.blocks.count == 100_000)
        #expect(analysis.document.sentences.count == 100_000)
        #expect(analysis.document.sentences.last?.range.start == SourcePosition(offset: 199_998, line: 100_000, column: 1))
    }

    @Test func tenThousandHeadingsGiveTenThousandSections() throws {
        var text = ""
        for i in 1...10_000 { text += "# 見出し\(i)\n\n本文\(i)だ。\n\n" }
        let analysis = try timed { try hostileAnalysis(Array(text.utf8), path: "headings.md") }
        let sections = analysis.document.sections
        #expect(sections.count == 10_000)
        #expect(sections.last?.heading?.text == "見出し10000")
        #expect(sections.last?.heading?.level == 1)
        #expect(sections.last?.blocks.map(\.text) == ["本文10000だ。"])
        #expect(analysis.document.sentences.count == 10_000)
        #expect(analysis.document.title == nil)
    }

    @Test func twentyThousandParagraphsWithAFigureEachPlaceEveryMentionInLinearTime() throws {
        // Each mention's range once looked its block up by a scan of every
        // block: 20,000 × 20,000 steps, minutes in a debug build.
        var text = ""
        for i in 1...20_000 { text += "Sales rose \(i)%.\n\n" }
        let analysis = try timed { try hostileAnalysis(Array(text.utf8), path: "figures.md") }
        let quantities = try #require(analysis.annotations?.quantities)
        #expect(quantities.count == 20_000)
        #expect(quantities.last?.sentence == "s20000")
        let last = "Sales rose 20000%."
        let lastStart = text.utf8.count - 2 - last.utf8.count
        #expect(quantities.last?.range.start == SourcePosition(offset: lastStart + 11, line: 39_999, column: 12))
        #expect(quantities.last?.range.end == SourcePosition(offset: lastStart + 17, line: 39_999, column: 18))
    }

    @Test func tenThousandIdenticalParagraphsAreAllKept() throws {
        let text = String(repeating: "同じ文だ。\n\n", count: 10_000)
        let analysis = try timed { try hostileAnalysis(Array(text.utf8), path: "same.md") }
        #expect(analysis.document.blocks.count == 10_000)
        #expect(Set(analysis.document.sentences.map(\.text)) == ["同じ文だ。"])
        #expect(analysis.document.sentences.last?.range.start.line == 19_999)
    }

    @Test func longRunsOfOpeningBracketsAndEmphasisAreReadAsText() throws {
        let text = String(repeating: "[", count: 20_000) + String(repeating: "*_", count: 10_000) + "x."
        let analysis = try timed { try hostileAnalysis(Array(text.utf8), path: "runs.md") }
        #expect(analysis.document.sentences.count == 1)
        #expect(analysis.document.sentences.first?.text.hasSuffix("x.") == true)
        #expect(analysis.document.sentences.first?.text.hasPrefix(String(repeating: "[", count: 20_000)) == true)
    }
}

/// Runs `body` and fails the test when it takes longer than a linear pass
/// over these sizes ever should, even in a debug build.
func timed<T>(limit: Duration = .seconds(60), _ body: () throws -> T) throws -> T {
    let clock = ContinuousClock()
    var result: T?
    let elapsed = try clock.measure { result = try body() }
    #expect(elapsed < limit * sanitizerSlowdown, "took \(elapsed)")
    return result!
}

/// `make test-sanitize` sets these options; code under AddressSanitizer or
/// ThreadSanitizer runs several times slower (up to 15× measured here), and a
/// quadratic scan is still far beyond ten times a linear one.
let sanitizerSlowdown: Int = {
    let environment = ProcessInfo.processInfo.environment
    return environment["ASAN_OPTIONS"] != nil || environment["TSAN_OPTIONS"] != nil ? 10 : 1
}()
