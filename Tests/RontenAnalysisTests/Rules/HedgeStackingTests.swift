import RontenAnalysis
import RontenCore
import Testing

struct HedgeStackingTests {
    let rule = HedgeStacking()

    @Test func flagsTwoEnglishHedgesInOneSentence() throws {
        let found = try findings(rule, "The early data suggests that prices may rise.\n")
        #expect(found.map(\.rule) == ["hedge-stacking"])
        #expect(marks(found) == ["1:1 suggests may"])
        #expect(found.first?.message.en == "2 hedges in one sentence: \"suggests\", \"may\".")
    }

    @Test func flagsTwoJapaneseHedges() throws {
        let found = try findings(rule, "需要はおそらく回復するかもしれない。\n")
        #expect(found.first?.message.ja == "ヘッジが2つ重なっています：「おそらく」、「かもしれない」。")
    }

    @Test func staysSilentOnOneHedgeOrSofteners() throws {
        #expect(try findings(rule, "Prices may rise.\n").isEmpty)
        #expect(try findings(rule, "ほぼ確実に需要は回復するだろう。\n").isEmpty)
    }
}
