import RontenAnalysis
import RontenCore
import Testing

/// Digits that are part of names, versions, labels and list markers.
@Suite("Numbers that are not figures")
struct QuantityTestsNotFigures {
    @Test(arguments: [
        "SE-0001", "GPT-4o", "H100", "COVID-19", "v1.2.3", "192.168.0.1", "LLaMA 3", "iPhone 15",
        "Windows 11", "Python 3.12", "#1", "1. First item", "10:30", "5G", "3D", "Web3",
    ])
    func skipsIdentifiersVersionsAndLabels(text: String) {
        #expect(scannedQuantities(text).isEmpty)
    }

    @Test(arguments: ["第3の道", "第1位", "2番目", "3人目", "3つ目", "唯一の方法", "統一された", "一部の企業",
                      "十分な", "一方で", "五十嵐さん", "何人いるか", "多数の", "複数社", "one of them",
                      "three companies"])
    func skipsOrdinalsAndNumeralsInsideWords(text: String) {
        #expect(scannedQuantities(text).isEmpty)
    }

    @Test func listMarkerOnALaterLineIsSkippedButFiguresStay() {
        let found = scannedQuantities("Plan:\n  2. spend $5 billion")
        #expect(found.map(\.text) == ["$5 billion"])
    }

    @Test func productVersionInJapaneseTextIsSkipped() {
        let found = scannedQuantities("LLaMA 3は3社が採用した")
        #expect(found.map(\.text) == ["3社"])
    }

    @Test func textWithoutFiguresGivesNone() {
        #expect(scannedQuantities("").isEmpty)
        #expect(scannedQuantities("No figures at all here, just words.").isEmpty)
        #expect(scannedQuantities("数字のない文です。").isEmpty)
    }
}

@Suite("Time words inside longer words")
struct QuantityTestsTimeWordsInsideWords {
    @Test(arguments: ["未来年表", "将来年金", "過去年度"])
    func skipsRelativeWordsThatStraddleTwoWords(text: String) {
        #expect(scannedQuantities(text).isEmpty)
    }

    @Test func kanjiDayIsALengthUnlessItFollowsAMonth() {
        #expect(soleQuantity("一日中")?.kind == .duration)
        #expect(soleQuantity("三月一日")?.calendar == Quantity.CalendarDate(month: 3, day: 1))
    }
}

@Suite("Citations and gene names")
struct QuantityTestsCitations {
    @Test(arguments: ["as shown before [2]", "see [2, 5]", "in [3-7]", "the 53BP1 protein"])
    func skipsCitationMarkersAndNamesWithLettersAndDigits(text: String) {
        #expect(scannedQuantities(text).isEmpty)
    }

    @Test func aBracketedAmountWithAUnitStillCounts() {
        #expect(soleQuantity("costs [5%]")?.value == 0.05)
    }
}
