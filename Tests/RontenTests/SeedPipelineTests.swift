import Foundation
import Testing
import Ronten
import RontenCore

@Suite(.enabled(if: hasSeed, "needs ../shared/seed"))
struct SeedPipelineTests {
    let document: Document

    init() throws {
        document = try analyze(Array(try Data(contentsOf: seedURL)), path: "seed.txt").document
    }

    @Test func hasNoSentenceTwice() {
        let texts = document.sentences.map(\.text)
        #expect(texts.count == 46)
        #expect(Set(texts).count == texts.count)
    }

    @Test func isJapaneseThroughoutThoughItNamesOpenAIAndLLaMA() {
        #expect(document.language == .japanese)
        #expect(document.sentences.allSatisfy { $0.language == .japanese })
        #expect(document.sentences.contains { $0.text.hasPrefix("OpenAIのようなライバルが") })
    }

    @Test func givesEverySentenceItsExactRangeInTheFile() throws {
        let bytes = Array(try Data(contentsOf: seedURL))
        for sentence in document.sentences {
            let slice = String(decoding: bytes[sentence.range.start.offset..<sentence.range.end.offset], as: UTF8.self)
            #expect(slice == sentence.text)
        }
        #expect(document.sentences[1].text == "大胆さを称賛する声もあれば、過剰投資を疑う声もあった。")
        #expect(document.sentences[1].range == SourceRange(start: SourcePosition(offset: 6106, line: 4, column: 60),
                                                           end: SourcePosition(offset: 6187, line: 4, column: 87)))
    }
}
