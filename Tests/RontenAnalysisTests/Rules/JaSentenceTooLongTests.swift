@testable import RontenAnalysis
import RontenCore
import Testing

struct JaSentenceTooLongTests {
    /// A Japanese sentence of exactly `count` characters (the final 。 included).
    func sentence(_ count: Int) -> String { String(repeating: "あ", count: count - 2) + "だ。" }

    @Test func flagsAJapaneseSentenceOverTheDefaultLimit() throws {
        let found = try findings(JaSentenceTooLong(), "短い文だ。" + sentence(101) + "\n")
        #expect(found.map(\.rule) == ["ja-sentence-too-long"])
        #expect(marks(found) == ["1:6 101"])
        #expect(found.first?.message.ja == "この文は101文字あり、上限の100文字を超えています。")
        #expect(found.first?.message.en == "This sentence has 101 characters, over the limit of 100.")
    }

    @Test func acceptsASentenceAtTheLimitAndIgnoresWhitespace() throws {
        #expect(JaSentenceTooLong.defaultLimit == 100)
        #expect(try findings(JaSentenceTooLong(), sentence(100) + "\n").isEmpty)
        #expect(try findings(JaSentenceTooLong(), "あ　い " + sentence(98) + "\n").isEmpty)
    }

    @Test func takesItsLimitFromConfiguration() throws {
        let found = try findings(JaSentenceTooLong(limit: 10), "この文はちょうど十一文字だ。\n")
        #expect(found.first?.message.ja == "この文は14文字あり、上限の10文字を超えています。")
    }

    @Test func leavesEnglishSentencesAlone() throws {
        let long = String(repeating: "word ", count: 60) + "end."
        #expect(try findings(JaSentenceTooLong(limit: 10), long + "\n").isEmpty)
    }

    /// The rule's quick test counts every scalar, whitespace too, so it
    /// never clears a sentence whose counted characters pass the limit.
    @Test func theQuickScalarTestNeverClearsALongSentence() throws {
        // 101 characters, spaces between them: the quick test sees 201 scalars.
        let spaced = Array(repeating: "あ", count: 100).joined(separator: " ") + "。\n"
        #expect(try findings(JaSentenceTooLong(), spaced).first?.message.en == "This sentence has 101 characters, over the limit of 100.")
        // 100 characters and a space: 101 scalars, yet at the limit.
        #expect(try findings(JaSentenceTooLong(), sentence(50) + "　" + sentence(50) + "\n").isEmpty)
        #expect(JaSentenceTooLong.countedCharacters("あ　い う") == 3)
    }
}
