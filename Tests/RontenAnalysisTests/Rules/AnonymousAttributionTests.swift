import RontenAnalysis
import RontenCore
import Testing

struct AnonymousAttributionTests {
    let rule = AnonymousAttribution()

    @Test func flagsAJapaneseVoiceWithNoOwner() throws {
        let found = try findings(rule, "新工場の建設には、時期尚早だという声もある。\n")
        #expect(found.map(\.rule) == ["anonymous-attribution"])
        #expect(found.first?.message.ja == "「という声もある」は誰の見解かを示していません。")
        #expect(found.first?.range.start.column == 15)
    }

    @Test func flagsEnglishSomeSayAndCritics() throws {
        let found = try findings(rule, "Some say the merger came too late. Critics argue that it cost too much.\n")
        #expect(marks(found) == ["1:1 Some say", "1:36 Critics argue"])
        #expect(found.last?.message.en == "\"Critics argue\" does not say whose view this is.")
    }

    @Test func staysSilentOnNamedSources() throws {
        #expect(try findings(rule, "経済産業省によると、国内市場は拡大している。\n").isEmpty)
        #expect(try findings(rule, "According to the IMF, growth slowed in 2024.\n").isEmpty)
    }
}
