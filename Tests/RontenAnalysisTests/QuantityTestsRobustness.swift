import RontenAnalysis
import RontenCore
import Testing

@Suite("Long and hostile input")
struct QuantityTestsRobustness {
    @Test func fourHundredDigitsOverflowToInfinityAndKeepTheDigits() {
        let digits = "9" + String(repeating: "8", count: 399)
        let q = soleQuantity("値は\(digits)円")
        #expect(q?.kind == .money)
        #expect(q?.value == .infinity)
        #expect(q?.overflow == true)
        #expect(q?.digits == digits)
        #expect(q?.range == 6..<(6 + 400 + 3))
    }

    @Test func longDigitRunsWithMultipliersStayFinite() {
        let q = soleQuantity(String(repeating: "1", count: 305) + "億")
        #expect(q?.overflow == true)
        #expect(q?.value == .infinity)
        let ok = soleQuantity(String(repeating: "1", count: 20) + "億")
        #expect(ok?.overflow == false)
        #expect(ok?.value == 1.1111111111111111e27)
    }

    @Test func aLongSentenceGivesEveryFigureOnce() {
        let unit = "売上は600億~650億ドル、成長率は3.5%、15年前から何十億人が使う。"
        let text = String(repeating: unit, count: 2000)
        let found = scannedQuantities(text)
        #expect(found.count == 8000)
        #expect(found.last?.text == "何十億人")
        #expect(found.last?.range.upperBound == text.utf8.count - byteCountAfterLastFigure(unit))
    }

    /// A quarter with one letter after it at the end of the text: the FY
    /// check after "Q3" read the byte past the sentence (a crash in a debug
    /// build, found in review, not by the fuzzer).
    @Test func aQuarterWithOneLetterAfterItAtTheEnd() {
        for text in ["Revenue rose in Q3 x", "Q3 f", "Q4 FY", "Q1 fy2", "Q2 F"] {
            let q = scannedQuantities(text).first
            #expect(q?.kind == .quarter, "\(text)")
            #expect(q?.text == String(text.split(separator: " ").first { $0.hasPrefix("Q") } ?? ""), "\(text)")
        }
        #expect(soleQuantity("Q3 FY2025")?.calendar == Quantity.CalendarDate(year: 2025, quarter: 3))
    }

    private func byteCountAfterLastFigure(_ unit: String) -> Int { "が使う。".utf8.count }

    @Test func longRunsWithoutStopsDoNotStall() {
        let kanji = String(repeating: "一", count: 50_000)
        #expect(scannedQuantities(kanji).count == 1)
        let spaces = "5" + String(repeating: " ", count: 100_000) + "billion"
        #expect(scannedQuantities(spaces).first?.value == 5.0e9)
        let words = String(repeating: "a ", count: 50_000)
        #expect(scannedQuantities(words).isEmpty)
        let dashes = String(repeating: "1-", count: 30_000)
        #expect(!scannedQuantities(dashes).isEmpty)
    }
}
