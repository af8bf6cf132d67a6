import RontenAnalysis
import RontenCore
import Testing

struct FigureWithoutSourceTests {
    let rule = FigureWithoutSource()

    @Test func flagsAJapaneseFigureWithNoSource() throws {
        let found = try findings(rule, "国内の出荷台数は前年より12%増えた。\n")
        #expect(found.map(\.rule) == ["figure-without-source"])
        #expect(marks(found) == ["1:13 12%"])
        #expect(found.first?.message.ja == "「12%」の出典が示されていません。")
    }

    @Test func flagsEnglishFiguresWithNoSource() throws {
        let found = try findings(rule, "Cloud spending reached $200 billion, up 20%.\n")
        #expect(found.first?.message.en == "No source is given for \"$200 billion\", \"20%\".")
        #expect(found.first?.range.start.column == 24)
    }

    @Test func staysSilentWhenTheParagraphNamesASource() throws {
        #expect(try findings(rule, "According to IDC, cloud spending reached $200 billion.\n").isEmpty)
        #expect(try findings(rule, "総務省の調査によると、利用率は45%に達した。\n").isEmpty)
    }

    @Test func staysSilentOnDatesAndConditions() throws {
        #expect(try findings(rule, "The plant opened in 2019.\n").isEmpty)
        #expect(try findings(rule, "If prices fall 10%, demand will recover.\n").isEmpty)
    }
}
