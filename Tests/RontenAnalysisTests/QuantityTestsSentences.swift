import RontenAnalysis
import RontenCore
import Testing

/// Whole sentences of the kind strategy articles carry, written for these tests.
@Suite("Figures in whole sentences")
struct QuantityTestsSentences {
    @Test(arguments: [
        ("トヨタ自動車は2024年3月期の連結営業利益が前期比96.4%増の5兆3529億円になったと発表した。",
         ["2024年3月", "96.4%", "5兆3529億円"]),
        ("日銀は政策金利を0.25%引き上げ、長期金利は一時1.1%台に上昇した。", ["0.25%", "1.1%"]),
        ("同社の時価総額は約3兆ドルに達し、前年の2倍近くになった。", ["約3兆ドル", "2倍近く"]),
        ("国内の就業者数は6,700万人程度で、そのうち約4割が非正規雇用だ。", ["6,700万人程度", "約4割"]),
        ("人口は今後30年で約2割減少し、2050年には1億人を下回る見通しだ。", ["今後30年", "約2割", "2050年", "1億人"]),
        ("売上高は前年同期比12.3%減の1,234億5,600万円、純利益は▲56億円だった。",
         ["12.3%", "1,234億5,600万円", "▲56億円"]),
        ("The Fed raised rates by 25 basis points to a range of 5.25%-5.5%, the highest in 22 years.",
         ["25 basis points", "5.25%-5.5%", "22 years"]),
        ("Nvidia's revenue jumped 265% year over year to $22.1 billion in the fourth quarter of fiscal 2024.",
         ["265%", "$22.1 billion", "fourth quarter of fiscal 2024"]),
        ("Apple sold 231.8 million iPhones in FY2023, down 2% from a year earlier.",
         ["231.8 million", "FY2023", "2%"]),
    ])
    func findsEveryFigureInOrder(text: String, expected: [String]) {
        #expect(scannedQuantities(text).map(\.text) == expected)
    }

    @Test func normalisesTheFiguresOfOneJapaneseSentence() {
        let found = scannedQuantities("売上高は前年同期比12.3%減の1,234億5,600万円、純利益は▲56億円だった。")
        #expect(found.map(\.kind) == [.percent, .money, .money])
        #expect(found.map(\.value) == [0.123, 1.23456e11, -5.6e9])
        #expect(found.map(\.unit) == ["percent", "JPY", "JPY"])
    }
}
