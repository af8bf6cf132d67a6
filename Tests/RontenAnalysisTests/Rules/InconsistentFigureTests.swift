import RontenAnalysis
import RontenCore
import Testing

struct InconsistentFigureTests {
    let rule = InconsistentFigure()

    @Test func flagsAJapaneseTotalRestatedWithAnotherValue() throws {
        let text = "北斗電機の投資額は1,200億円だった。\n\n同社は人員も増やした。\n\n北斗電機の投資額は1,500億円である。\n"
        let found = try findings(rule, text)
        #expect(found.map(\.rule) == ["inconsistent-figure"])
        #expect(marks(found) == ["5:10 1,200億円 1,500億円"])
        #expect(found.first?.message.ja == "「北斗電機の投資額」の数値が食い違っています：1行目では「1,200億円」、ここでは「1,500億円」。")
        #expect(found.first?.severity == .error)
    }

    @Test func flagsAnEnglishCostOutsideTheRangeFirstGiven() throws {
        let text = "The transition cost was $60–65 million.\n\nBuyers noticed.\n\nThe transition cost was $70 million.\n"
        let found = try findings(rule, text)
        #expect(marks(found) == ["5:25 $60–65 million $70 million"])
        #expect(found.first?.message.en == "The figure for \"transition cost\" differs: \"$60–65 million\" on line 1, \"$70 million\" here.")
    }

    @Test func staysSilentOnTheSameFigureWrittenTwoWays() throws {
        #expect(try findings(rule, "The capital budget was $60 billion.\n\nThe capital budget was 60 billion dollars.\n").isEmpty)
        #expect(try findings(rule, "投資額は600億ドルだった。\n\n投資額は６００億ドルだった。\n").isEmpty)
    }

    @Test func staysSilentOnValuesInsideARangeOrNearAnApproximation() throws {
        #expect(try findings(rule, "The transition cost was $60–65 million.\n\nThe transition cost was $62 million.\n").isEmpty)
        #expect(try findings(rule, "The share of renewals was about 40%.\n\nThe share of renewals was 41%.\n").isEmpty)
    }

    @Test func staysSilentOnDifferentYearsSubjectsOrForecasts() throws {
        #expect(try findings(rule, "Revenue was $1.0 billion in 2024.\n\nRevenue was $1.2 billion in 2025.\n").isEmpty)
        #expect(try findings(rule, "Revenue was $1.0 billion.\n\nProfit was $1.2 billion.\n").isEmpty)
        #expect(try findings(rule, "Revenue was $1.0 billion.\n\nRevenue will be $1.5 billion.\n").isEmpty)
    }

    @Test func staysSilentWhenTheOwnersDiffer() throws {
        #expect(try findings(rule, "北斗電機の投資額は1,200億円だった。\n\n富士電機の投資額は1,500億円だった。\n").isEmpty)
        #expect(try findings(rule, "Northwind's revenue was $1.2 billion.\n\nContoso's revenue was $1.4 billion.\n").isEmpty)
    }

    @Test func reportsEachConflictingValueOnce() throws {
        let text = "The budget was $5 million.\n\nThe budget was $7 million.\n\nThe budget was $7 million.\n"
        #expect(marks(try findings(rule, text)) == ["3:16 $5 million $7 million"])
    }
}
