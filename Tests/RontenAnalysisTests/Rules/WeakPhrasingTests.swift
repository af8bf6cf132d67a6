import RontenAnalysis
import RontenCore
import Testing

struct WeakPhrasingTests {
    let rule = WeakPhrasing()

    @Test func flagsJapaneseToOmou() throws {
        let found = try findings(rule, "この方針は正しいと思う。\n")
        #expect(found.map(\.rule) == ["weak-phrasing"])
        #expect(marks(found) == ["1:9 と思う"])
        #expect(found.first?.message.ja == "「と思う」は文を弱めています。")
    }

    @Test func flagsEnglishIThinkAndSortOf() throws {
        let found = try findings(rule, "I think the launch was sort of rushed.\n")
        #expect(marks(found) == ["1:1 I think", "1:24 sort of"])
        #expect(found.first?.message.en == "\"I think\" weakens the sentence.")
    }

    @Test func staysSilentOnImpersonalHedgesAndLookAlikes() throws {
        #expect(try findings(rule, "需要は回復すると考えられる。\n").isEmpty)
        #expect(try findings(rule, "This is a kind of subscription.\n").isEmpty)
    }
}
