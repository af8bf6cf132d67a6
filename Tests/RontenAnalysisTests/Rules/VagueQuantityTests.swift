import RontenAnalysis
import RontenCore
import Testing

struct VagueQuantityTests {
    let rule = VagueQuantity()

    @Test func flagsAJapaneseOrderOfMagnitude() throws {
        let found = try findings(rule, "同社のサービスは数百万人に使われている。\n")
        #expect(found.map(\.rule) == ["vague-quantity"])
        #expect(marks(found) == ["1:9 数百万人"])
        #expect(found.first?.message.ja == "「数百万人」は桁しか示さない曖昧な数量です。")
        #expect(found.first?.severity == .info)
    }

    @Test func flagsEnglishBillionsOf() throws {
        let found = try findings(rule, "The firm has poured billions of dollars into chips.\n")
        #expect(found.first?.message.en == "\"billions\" gives only an order of magnitude, not a figure.")
        #expect(found.first?.range.start.column == 21)
    }

    @Test func staysSilentOnRangesAndApproximateFigures() throws {
        #expect(try findings(rule, "投資額は600億~650億ドルに達した。\n").isEmpty)
        #expect(try findings(rule, "Revenue rose about 40% last year.\n").isEmpty)
    }

    @Test func staysSilentOnVagueTimes() throws {
        #expect(try findings(rule, "この基盤は今後の数年間で広がる見込みだ。\n").isEmpty)
    }
}
