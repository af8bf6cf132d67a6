import RontenAnalysis
import RontenCore
import Testing

struct OverconfidentPredictionTests {
    let rule = OverconfidentPrediction()

    @Test func flagsAJapaneseForecastWithKanarazu() throws {
        let found = try findings(rule, "同社は2028年度までに必ず海外売上を倍増させる。\n")
        #expect(found.map(\.rule) == ["overconfident-prediction"])
        #expect(marks(found) == ["1:1 必ず"])
        #expect(found.first?.message.ja == "将来の予測を「必ず」と確実なこととして述べています。")
    }

    @Test func flagsAnEnglishForecastWithInevitably() throws {
        let found = try findings(rule, "Harbor Freight will inevitably win the southern region by 2029.\n")
        #expect(marks(found) == ["1:1 will inevitably"])
        #expect(found.first?.message.en == "This prediction is stated as certain (\"will inevitably\").")
    }

    @Test func flagsDefinitelyWithWill() throws {
        #expect(marks(try findings(rule, "Prices will definitely fall next year.\n")) == ["1:1 will definitely"])
    }

    @Test func staysSilentOnHedgedOrPlainForecasts() throws {
        #expect(try findings(rule, "市場は今後も伸びるだろう。\n").isEmpty)
        #expect(try findings(rule, "Prices will probably fall next year.\n").isEmpty)
        #expect(try findings(rule, "Prices will fall next year.\n").isEmpty)
    }

    @Test func staysSilentOnSentencesThatJudgeAPrediction() throws {
        #expect(try findings(rule, "その見通しは間違いなく楽観的すぎる。\n").isEmpty)
        #expect(try findings(rule, "That prediction is undoubtedly too bold.\n").isEmpty)
    }
}
