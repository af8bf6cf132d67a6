import RontenAnalysis
import RontenCore
import Testing

struct SweepingGeneralisationTests {
    let rule = SweepingGeneralisation()

    @Test func flagsAJapaneseClaimAboutEveryone() throws {
        let found = try findings(rule, "誰もがこのアプリを毎日使っている。\n")
        #expect(found.map(\.rule) == ["sweeping-generalisation"])
        #expect(marks(found) == ["1:1 誰もが"])
        #expect(found.first?.message.ja == "「誰もが」は例外を認めない一般化です。")
    }

    @Test func flagsAnEnglishAlways() throws {
        let found = try findings(rule, "Customers always choose the cheapest supplier.\n")
        #expect(marks(found) == ["1:11 always"])
        #expect(found.first?.message.en == "\"always\" generalises to every case.")
    }

    @Test func staysSilentWhenHedgedOrQualified() throws {
        #expect(try findings(rule, "ほぼすべての企業が導入を検討している。\n").isEmpty)
        #expect(try findings(rule, "Customers may always prefer a fixed bill.\n").isEmpty)
        #expect(try findings(rule, "Almost all customers renewed their contracts.\n").isEmpty)
    }

    @Test func staysSilentOnSetPhrasesLikeEveryDay() throws {
        #expect(try findings(rule, "Analysts open the dashboard every day.\n").isEmpty)
    }
}
