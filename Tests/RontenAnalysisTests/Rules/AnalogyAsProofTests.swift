import RontenAnalysis
import RontenCore
import Testing

struct AnalogyAsProofTests {
    let rule = AnalogyAsProof()

    @Test func flagsAJapaneseAnalogyStandingAlone() throws {
        let found = try findings(rule, "これは、かつてのソニーと同じ戦略だ。部品の標準を握れば勝てる。\n")
        #expect(found.map(\.rule) == ["analogy-as-proof"])
        #expect(marks(found) == ["1:1 と同じ戦略"])
        #expect(found.first?.message.ja == "「と同じ戦略」という類推が、数値や出典のない段落で論拠になっています。")
    }

    @Test func flagsAnEnglishAnalogyOnceAParagraph() throws {
        let found = try findings(rule, "We will win just as Netflix did with streaming. Rivals will follow the same path.\n")
        #expect(marks(found) == ["1:1 as Netflix did"])
        #expect(found.first?.message.en == "The analogy \"as Netflix did\" carries the argument in a paragraph with no figure or source. The paragraph draws 1 more.")
    }

    @Test func staysSilentWhenTheParagraphGivesAFigureOrASource() throws {
        #expect(try findings(rule, "Just as Netflix did with streaming, we charge monthly. In the pilot, renewals rose 35%.\n").isEmpty)
        #expect(try findings(rule, "これはソニーと同じ戦略だ。調査会社によると、採用率は2倍になった。\n").isEmpty)
    }
}
