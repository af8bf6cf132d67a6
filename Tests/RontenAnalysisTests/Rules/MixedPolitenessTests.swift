import RontenAnalysis
import RontenCore
import Testing

struct MixedPolitenessTests {
    let rule = MixedPoliteness()

    @Test func flagsThePoliteMinorityInAPlainArticle() throws {
        let text = "市場は伸びている。競争は激しい。同社は新製品を出す。\n\n価格は据え置きます。\n"
        let found = try findings(rule, text)
        #expect(found.map(\.rule) == ["mixed-politeness"])
        #expect(found.first?.range.start.line == 3)
        #expect(found.first?.message.ja == "だ・である調の記事（3文）にです・ます調の文が1文混じっています。これが最初の文です。")
        #expect(found.first?.message.en == "1 sentence(s) in the polite (desu/masu) style in an article written mostly in the plain (da/de aru) style (3 sentences); this is the first.")
    }

    @Test func flagsThePlainMinorityInAPoliteArticle() throws {
        let text = "当社は新工場を建てます。生産は来年始まります。\n\n投資額は大きい。\n"
        let found = try findings(rule, text)
        #expect(found.first?.range.start.line == 3)
        #expect(found.first?.message.ja == "です・ます調の記事（2文）にだ・である調の文が1文混じっています。これが最初の文です。")
    }

    @Test func staysSilentOnOneStyle() throws {
        #expect(try findings(rule, "市場は伸びている。競争は激しい。\n").isEmpty)
        #expect(try findings(rule, "市場は伸びています。競争は激しいです。\n").isEmpty)
    }
}
