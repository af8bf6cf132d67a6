import RontenAnalysis
import RontenCore
import Testing

@Suite("Signs, decades and ten-odd amounts")
struct QuantityTestsSignsAndDecades {
    @Test(arguments: [("growth of -5%", "-5%", -0.05), ("−3.2ポイント", "−3.2ポイント", -0.032),
                      ("▲10億円", "▲10億円", -1.0e9)])
    func readsAMinusWrittenBeforeTheDigits(text: String, span: String, value: Double) {
        let q = soleQuantity(text)
        #expect(q?.text == span)
        #expect(q?.value == value)
    }

    @Test func aDashBetweenNumbersIsARangeNotASign() {
        let q = soleQuantity("1-2 days")
        #expect(q?.kind == .duration)
        #expect(q?.low == 1)
        #expect(q?.high == 2)
    }

    @Test func readsDecadesOfYears() {
        let english = soleQuantity("the 1990s")
        #expect(english?.text == "1990s")
        #expect(english?.kind == .year)
        #expect(english?.low == 1990)
        #expect(english?.high == 1999)
        let ago = soleQuantity("a decade ago")
        #expect(ago?.kind == .relativeTime)
        #expect(ago?.value == -10)
        let span = soleQuantity("two decades")
        #expect(span?.kind == .duration)
        #expect(span?.value == 20)
        #expect(span?.unit == "year")
    }

    @Test func readsTenOddAsTenToTwenty() {
        let years = soleQuantity("十数年")
        #expect(years?.kind == .duration)
        #expect(years?.low == 10)
        #expect(years?.high == 20)
        let yen = soleQuantity("十数億円")
        #expect(yen?.magnitude == 9)
        #expect(yen?.low == 1.0e9)
        #expect(yen?.high == 2.0e9)
    }

    @Test func capitalSuffixesAreScalesAndTimesIsARatio() {
        #expect(soleQuantity("10M users")?.value == 1.0e7)
        #expect(soleQuantity("$10B.")?.value == 1.0e10)
        #expect(soleQuantity("10× faster")?.kind == .ratio)
        #expect(scannedQuantities("5m away").isEmpty)
    }

    @Test func agesAndGenerationsAreNoAmounts() {
        #expect(scannedQuantities("20代の社員").isEmpty)
        #expect(scannedQuantities("3代目").isEmpty)
    }
}
