import RontenAnalysis
import RontenCore
import Testing

@Suite("Ranges")
struct QuantityTestsRanges {
    /// The seed article writes `~` (U+007E); the wave dashes and dashes mean the same.
    @Test(arguments: ["600億~650億ドル", "600億〜650億ドル", "600億～650億ドル", "600億–650億ドル", "600億—650億ドル", "600億‐650億ドル"])
    func readsJapaneseRangeWithAnyDash(text: String) {
        let q = soleQuantity(text)
        #expect(q?.text == text)
        #expect(q?.kind == .money)
        #expect(q?.unit == "USD")
        #expect(q?.value == nil)
        #expect(q?.low == 6.0e10)
        #expect(q?.high == 6.5e10)
    }

    @Test func readsKaraMadeRange() {
        let q = soleQuantity("予算は100万円から200万円までとする")
        #expect(q?.text == "100万円から200万円まで")
        #expect(q?.low == 1.0e6)
        #expect(q?.high == 2.0e6)
        #expect(q?.unit == "JPY")
    }

    @Test func karaWithoutMadeIsAChangeBetweenTwoFigures() {
        let found = scannedQuantities("売上は100億円から150億円に増えた")
        #expect(found.map(\.text) == ["100億円", "150億円"])
        #expect(found.map(\.value) == [1.0e10, 1.5e10])
    }

    @Test func secondScaleAppliesToTheFirstNumber() {
        let q = soleQuantity("5～10万円")
        #expect(q?.low == 5.0e4)
        #expect(q?.high == 1.0e5)
    }

    @Test func readsEnglishDollarRangeWithOneScale() {
        let q = soleQuantity("Meta plans $60–65 billion of capex")
        #expect(q?.text == "$60–65 billion")
        #expect(q?.kind == .money)
        #expect(q?.unit == "USD")
        #expect(q?.low == 6.0e10)
        #expect(q?.high == 6.5e10)
        #expect(q?.range == 11..<27)
    }

    @Test func readsToRangeWithCurrencyWord() {
        let q = soleQuantity("60 to 65 billion dollars")
        #expect(q?.text == "60 to 65 billion dollars")
        #expect(q?.low == 6.0e10)
        #expect(q?.high == 6.5e10)
        #expect(q?.unit == "USD")
    }

    @Test func readsBetweenAndRange() {
        let q = soleQuantity("between 60 and 65 billion dollars")
        #expect(q?.text == "between 60 and 65 billion dollars")
        #expect(q?.low == 6.0e10)
        #expect(q?.high == 6.5e10)
    }

    @Test func fromToIsAChangeNotARange() {
        let found = scannedQuantities("inflation fell from 5% to 3%")
        #expect(found.map(\.text) == ["5%", "3%"])
        #expect(found.map(\.value) == [0.05, 0.03])
    }

    @Test func readsPercentAndYearRanges() {
        #expect(soleQuantity("3-5%")?.low == 0.03)
        #expect(soleQuantity("3-5%")?.high == 0.05)
        let years = soleQuantity("2020〜2025年")
        #expect(years?.kind == .year)
        #expect(years?.low == 2020)
        #expect(years?.high == 2025)
        let span = soleQuantity("3〜5年")
        #expect(span?.kind == .duration)
        #expect(span?.low == 3)
        #expect(span?.high == 5)
        #expect(span?.unit == "year")
    }

    @Test func differentUnitsMakeNoRange() {
        let found = scannedQuantities("5人～10社")
        #expect(found.map(\.text) == ["5人", "10社"])
    }
}
