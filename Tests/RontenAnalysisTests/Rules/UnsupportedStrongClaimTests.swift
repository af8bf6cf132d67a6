import RontenAnalysis
import RontenCore
import Testing

struct UnsupportedStrongClaimTests {
    let rule = UnsupportedStrongClaim()

    @Test func flagsAJapaneseCertaintyWithNothingBehindIt() throws {
        let found = try findings(rule, "新しい物流網は完成した。\n\nこの戦略が正しいことは間違いない。\n")
        #expect(found.map(\.rule) == ["unsupported-strong-claim"])
        #expect(marks(found) == ["3:1 間違いない"])
        #expect(found.first?.message.ja == "「間違いない」と断定していますが、根拠（数値・出典・事例）が示されていません。")
        #expect(found.first?.severity == .warning)
    }

    @Test func flagsAnEnglishCertaintyWithNothingBehindIt() throws {
        let found = try findings(rule, "The board met in spring.\n\nClearly, the plan rewards loyal customers.\n")
        #expect(marks(found) == ["3:1 Clearly"])
        #expect(found.first?.message.en == "\"Clearly\" states this with certainty, but no figure, source or example supports it.")
    }

    @Test func staysSilentWhenAFigureOrSourceIsNearby() throws {
        #expect(try findings(rule, "売上は前年より35%伸びた。明らかに、この戦略は成功している。\n").isEmpty)
        #expect(try findings(rule, "According to Gartner, spending rose sharply. Clearly, buyers want the platform.\n").isEmpty)
    }

    @Test func staysSilentOnHedgesAndMereEmphasis() throws {
        #expect(try findings(rule, "この戦略は成功するかもしれない。\n").isEmpty)
        #expect(try findings(rule, "The team actually shipped the feature on time.\n").isEmpty)
    }

    @Test func leavesBoostedPredictionsToTheirOwnRule() throws {
        #expect(try findings(rule, "Our rival will inevitably lose the market.\n").isEmpty)
    }
}
