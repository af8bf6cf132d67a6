import RontenAnalysis
import RontenCore
import Testing

@Suite("Japanese numerals")
struct QuantityTestsJapaneseNumerals {
    @Test(arguments: [
        ("600億", 6.0e10),
        ("三千五百", 3500.0),
        ("十五", 15.0),
        ("６００", 600.0),
        ("3万5千", 35000.0),
        ("1.5万", 15000.0),
        ("数字は二十一", 21.0),
        ("百万", 1.0e6),
    ])
    func readsPlainNumerals(text: String, value: Double) {
        let q = soleQuantity(text)
        #expect(q?.kind == .plain)
        #expect(q?.value == value)
        #expect(q?.unit == nil)
    }

    @Test func readsMixedArabicAndKanjiMultipliersAsYen() {
        let q = soleQuantity("8,666億4,000万円")
        #expect(q?.text == "8,666億4,000万円")
        #expect(q?.kind == .money)
        #expect(q?.unit == "JPY")
        #expect(q?.value == 8.6664e11)
    }

    @Test func readsDecimalTrillionsExactly() {
        let q = soleQuantity("1.2兆円")
        #expect(q?.value == 1.2e12)
        #expect(q?.unit == "JPY")
        #expect(q?.digits == "1.2")
    }

    @Test func readsPositionalKanjiYear() {
        let q = soleQuantity("二〇二五年")
        #expect(q?.kind == .year)
        #expect(q?.value == 2025)
        #expect(q?.calendar == Quantity.CalendarDate(year: 2025))
    }

    @Test func readsFullWidthDigitsAndPercent() {
        let q = soleQuantity("３．５％")
        #expect(q?.kind == .percent)
        #expect(q?.value == 0.035)
        #expect(q?.unit == "percent")
        #expect(q?.digits == "3.5")
        #expect(q?.range == 0..<12)
    }

    @Test func readsFullWidthDateParts() {
        let q = soleQuantity("２０２５年３月１５日")
        #expect(q?.kind == .date)
        #expect(q?.calendar == Quantity.CalendarDate(year: 2025, month: 3, day: 15))
    }

    @Test func readsKanjiWithCounterAndHedge() {
        let q = soleQuantity("約三千人が参加した")
        #expect(q?.text == "約三千人")
        #expect(q?.kind == .count)
        #expect(q?.value == 3000)
        #expect(q?.unit == "人")
        #expect(q?.approximation == .about)
    }

    @Test func readsCenturyAsCounter() {
        let q = soleQuantity("二十一世紀の課題")
        #expect(q?.text == "二十一世紀")
        #expect(q?.value == 21)
        #expect(q?.unit == "世紀")
    }

    @Test func separatorsOnlyGroupThreeDigits() {
        let found = scannedQuantities("1,000,000と1,2と3")
        #expect(found.map(\.text) == ["1,000,000", "1", "2", "3"])
        #expect(found.first?.value == 1.0e6)
        #expect(found.first?.digits == "1000000")
    }
}
