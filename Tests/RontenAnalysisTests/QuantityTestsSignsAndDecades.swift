import RontenAnalysis
import RontenCore
import Testing

@Suite("Signs, decades and ten-odd amounts")
struct QuantityTestsSignsAndDecades {
    @Test(arguments: [("growth of -5%", "-5%", -0.05), ("−3.2ポイント", "−3.2ポイント", -0.032),
                      ("▲10億円", "▲10億円", -1.0e9)])
    func readsAMinusWrittenBeforeTheDigits(text: String, span: String, value: Double) {
        let q = figure(text)
        #expect(q?.text == span)
        #expect(q?.value == value)
    }

    @Test func aDashBetweenNumbersIsARangeNotASign() {
        let q = figure("1-2 days")
        #expect(q?.kind == .duration)
        #expect(q?.low == 1)
        #expect(q?.high == 2)
    }

    @Test func readsDecadesOfYears() {
        let english = figure("the 1990s")
        #expect(english?.text == "1990s")
        #expect(english?.kind == .year)
        #expect(english?.low == 1990)
        #expect(english?.high == 1999)
        let ago = figure("a decade ago")
        #expect(ago?.kind == .relativeTime)
        #expect(ago?.value == -10)
        let span = figure("two decades")
        #expect(span?.kind == .duration)
        #expect(span?.value == 20)
        #expect(span?.unit == "year")
    }

    @Test func readsTenOddAsTenToTwenty() {
        let years = figure("十数年")
        #expect(years?.kind == .duration)
        #expect(years?.low == 10)
        #expect(years?.high == 20)
        let yen = figure("十数億円")
        #expect(yen?.magnitude == 9)
        #expect(yen?.low == 1.0e9)
        #expect(yen?.high == 2.0e9)
    }

    @Test func capitalSuffixesAreScalesAndTimesIsARatio() {
        #expect(figure("10M users")?.value == 1.0e7)
        #expect(figure("$10B.")?.value == 1.0e10)
        #expect(figure("10× faster")?.kind == .ratio)
        #expect(figures("5m away").isEmpty)
    }

    @Test func agesAndGenerationsAreNoAmounts() {
        #expect(figures("20代の社員").isEmpty)
        #expect(figures("3代目").isEmpty)
    }
}
