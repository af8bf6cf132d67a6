import RontenAnalysis
import RontenCore
import Testing

@Suite("Currencies, percentages and counters")
struct QuantityTestsUnits {
    @Test(arguments: [
        ("100円", "JPY", 100.0), ("5ドル", "USD", 5.0), ("5米ドル", "USD", 5.0), ("3ユーロ", "EUR", 3.0),
        ("2ポンド", "GBP", 2.0), ("10元", "CNY", 10.0), ("$5", "USD", 5.0), ("US$6", "USD", 6.0),
        ("USD 7", "USD", 7.0), ("8 USD", "USD", 8.0), ("€9", "EUR", 9.0), ("EUR 10", "EUR", 10.0),
        ("¥11", "JPY", 11.0), ("￥11", "JPY", 11.0), ("12 JPY", "JPY", 12.0), ("£13", "GBP", 13.0),
        ("14 GBP", "GBP", 14.0), ("3 million yen", "JPY", 3.0e6), ("¥100,000", "JPY", 1.0e5),
        ("$5m", "USD", 5.0e6), ("$5bn", "USD", 5.0e9), ("€1.2 trillion", "EUR", 1.2e12),
        ("5 billion USD", "USD", 5.0e9), ("20 euros", "EUR", 20.0),
    ])
    func readsCurrencyBeforeOrAfterTheNumber(text: String, code: String, value: Double) {
        let q = soleQuantity(text)
        #expect(q?.text == text)
        #expect(q?.kind == .money)
        #expect(q?.unit == code)
        #expect(q?.value == value)
    }

    @Test(arguments: [
        ("3.5%", 0.035), ("３．５％", 0.035), ("12パーセント", 0.12), ("7 percent", 0.07), ("7 per cent", 0.07),
        ("3割", 0.3), ("50%", 0.5),
    ])
    func storesPercentagesAsFractions(text: String, value: Double) {
        let q = soleQuantity(text)
        #expect(q?.text == text)
        #expect(q?.kind == .percent)
        #expect(q?.unit == "percent")
        #expect(q?.value == value)
    }

    @Test(arguments: [
        ("2ポイント", 0.02), ("2 percentage points", 0.02), ("3pp", 0.03), ("1.5 pp", 0.015),
        ("50 basis points", 0.005), ("25bp", 0.0025),
    ])
    func storesPercentagePointsAsFractions(text: String, value: Double) {
        let q = soleQuantity(text)
        #expect(q?.text == text)
        #expect(q?.kind == .percentagePoint)
        #expect(q?.unit == "percentage-point")
        #expect(q?.value == value)
    }

    @Test(arguments: [
        ("3つ", "つ", 3.0), ("3社", "社", 3.0), ("5人", "人", 5.0), ("10件", "件", 10.0), ("20カ国", "カ国", 20.0),
        ("4店舗", "店舗", 4.0),
    ])
    func readsJapaneseCounters(text: String, counter: String, value: Double) {
        let q = soleQuantity(text)
        #expect(q?.text == text)
        #expect(q?.kind == .count)
        #expect(q?.unit == counter)
        #expect(q?.value == value)
    }

    @Test(arguments: [("2倍", 2.0), ("a 10x increase", 10.0), ("3-fold", 3.0), ("3 times", 3.0)])
    func readsMultiplesAsRatios(text: String, value: Double) {
        let q = soleQuantity(text)
        #expect(q?.kind == .ratio)
        #expect(q?.unit == "times")
        #expect(q?.value == value)
    }

    @Test func readsEnglishScales() {
        #expect(soleQuantity("1.2bn")?.value == 1.2e9)
        #expect(soleQuantity("1.2 trillion")?.value == 1.2e12)
        #expect(soleQuantity("500 million")?.value == 5.0e8)
        #expect(soleQuantity("2.5k")?.value == 2500)
        #expect(soleQuantity("two million users")?.value == 2.0e6)
        #expect(soleQuantity("a dozen eggs")?.text == "a dozen")
        #expect(soleQuantity("a dozen eggs")?.value == 12)
        #expect(soleQuantity("1.2bn")?.kind == .plain)
    }
}
