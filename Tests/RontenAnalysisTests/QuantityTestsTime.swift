import RontenAnalysis
import RontenCore
import Testing

@Suite("Years, dates and relative time")
struct QuantityTestsTime {
    @Test(arguments: [
        ("2025年", 2025), ("令和3年", 2021), ("平成30年", 2018), ("昭和64年", 1989), ("令和元年", 2019),
        ("二〇二五年", 2025), ("in 2025", 2025), ("since 2010,", 2010), ("Meta's 2025 plan", 2025),
    ])
    func readsCalendarYears(text: String, year: Int) {
        let q = soleQuantity(text)
        #expect(q?.kind == .year)
        #expect(q?.value == Double(year))
        #expect(q?.calendar == Quantity.CalendarDate(year: year))
    }

    @Test func yearSpanExcludesThePreposition() {
        let q = soleQuantity("in 2025")
        #expect(q?.text == "2025")
        #expect(q?.range == 3..<7)
    }

    @Test(arguments: [("2025年度", 2025), ("FY2025", 2025), ("FY25", 2025), ("FY 2025", 2025),
                      ("fiscal 2025", 2025), ("fiscal year 2025", 2025), ("令和7年度", 2025), ("25年度", 2025)])
    func readsFiscalYears(text: String, year: Int) {
        let q = soleQuantity(text)
        #expect(q?.text == text)
        #expect(q?.kind == .fiscalYear)
        #expect(q?.value == Double(year))
    }

    @Test(arguments: [
        ("Q3 2025", Quantity.CalendarDate(year: 2025, quarter: 3)),
        ("Q3", Quantity.CalendarDate(quarter: 3)),
        ("2025年第3四半期", Quantity.CalendarDate(year: 2025, quarter: 3)),
        ("第3四半期", Quantity.CalendarDate(quarter: 3)),
        ("2025年度第1四半期", Quantity.CalendarDate(year: 2025, quarter: 1)),
        ("third quarter of 2025", Quantity.CalendarDate(year: 2025, quarter: 3)),
    ])
    func readsQuarters(text: String, calendar: Quantity.CalendarDate) {
        let q = soleQuantity(text)
        #expect(q?.text == text)
        #expect(q?.kind == .quarter)
        #expect(q?.calendar == calendar)
    }

    @Test(arguments: [
        ("2025年3月", Quantity.CalendarDate(year: 2025, month: 3)),
        ("3月15日", Quantity.CalendarDate(month: 3, day: 15)),
        ("2025年3月15日", Quantity.CalendarDate(year: 2025, month: 3, day: 15)),
        ("2025-03-15", Quantity.CalendarDate(year: 2025, month: 3, day: 15)),
        ("2025/3/15", Quantity.CalendarDate(year: 2025, month: 3, day: 15)),
        ("March 2025", Quantity.CalendarDate(year: 2025, month: 3)),
        ("March 15, 2025", Quantity.CalendarDate(year: 2025, month: 3, day: 15)),
        ("15 March 2025", Quantity.CalendarDate(year: 2025, month: 3, day: 15)),
        ("Sept. 3", Quantity.CalendarDate(month: 9, day: 3)),
    ])
    func readsDates(text: String, calendar: Quantity.CalendarDate) {
        let q = soleQuantity(text)
        #expect(q?.text == text)
        #expect(q?.kind == .date)
        #expect(q?.calendar == calendar)
    }

    @Test(arguments: [
        ("15年前", -15.0, "year"), ("3年後", 3.0, "year"), ("3ヶ月前", -3.0, "month"), ("来年", 1.0, "year"),
        ("昨年", -1.0, "year"), ("去年", -1.0, "year"), ("今年", 0.0, "year"), ("一昨年", -2.0, "year"),
        ("来月", 1.0, "month"), ("過去10年間", -10.0, "year"), ("今後10年", 10.0, "year"),
        ("next year", 1.0, "year"), ("last year", -1.0, "year"), ("this year", 0.0, "year"),
        ("in five years", 5.0, "year"), ("five years ago", -5.0, "year"), ("in 3 months", 3.0, "month"),
        ("over the next decade", 10.0, "year"), ("the past decade", -10.0, "year"),
        ("the next five years", 5.0, "year"), ("two years from now", 2.0, "year"),
    ])
    func readsRelativeTimeAsSignedOffsets(text: String, offset: Double, unit: String) {
        let q = soleQuantity(text)
        #expect(q?.text == text)
        #expect(q?.kind == .relativeTime)
        #expect(q?.value == offset)
        #expect(q?.unit == unit)
    }

    @Test func readsVagueFutureAndPast() {
        let future = soleQuantity("今後数年")
        #expect(future?.kind == .relativeTime)
        #expect(future?.approximation == .vague)
        #expect(future?.low == 1)
        #expect(future?.high == 10)
        let past = soleQuantity("数年前")
        #expect(past?.low == -10)
        #expect(past?.high == -1)
        let english = soleQuantity("the next few years")
        #expect(english?.text == "the next few years")
        #expect(english?.low == 1)
        #expect(english?.high == 10)
    }

    @Test(arguments: [
        ("3年間", 3.0, "year"), ("3か月", 3.0, "month"), ("2週間", 2.0, "week"), ("10日間", 10.0, "day"),
        ("100年", 100.0, "year"), ("for five years", 5.0, "year"), ("a 5-year plan", 5.0, "year"),
    ])
    func readsDurations(text: String, value: Double, unit: String) {
        let q = soleQuantity(text)
        #expect(q?.kind == .duration)
        #expect(q?.value == value)
        #expect(q?.unit == unit)
    }

    @Test func decadeOfYearsIsAYearSpan() {
        let q = soleQuantity("1990年代")
        #expect(q?.kind == .year)
        #expect(q?.low == 1990)
        #expect(q?.high == 1999)
    }

    @Test func quarterAloneIsNoFigure() {
        #expect(scannedQuantities("Metaは四半期の収益を追っているのではない").isEmpty)
    }

    @Test func superlativeInYearsLooksBack() {
        let q = soleQuantity("the highest in 22 years")
        #expect(q?.text == "22 years")
        #expect(q?.kind == .duration)
    }

    @Test func quarterOfAFiscalYearKeepsTheYear() {
        let q = soleQuantity("in the fourth quarter of fiscal 2024")
        #expect(q?.text == "fourth quarter of fiscal 2024")
        #expect(q?.calendar == Quantity.CalendarDate(year: 2024, quarter: 4))
    }
}
