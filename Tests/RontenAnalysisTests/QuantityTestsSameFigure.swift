import Foundation
import RontenAnalysis
import RontenCore
import Testing

@Suite("The same figure written two ways")
struct QuantityTestsSameFigure {
    @Test(arguments: [
        ("600億ドル", "$60 billion"), ("６００億ドル", "600億ドル"), ("600億~650億ドル", "$60–65 billion"),
        ("1.2兆円", "¥1.2 trillion"), ("３．５％", "3.5 percent"), ("約600億ドル", "60 billion dollars"),
        ("2025年", "in 2025"), ("2025年度", "FY2025"), ("何十億", "数十億"), ("15年前", "15 years ago"),
    ])
    func recognisesTheSameFigure(a: String, b: String) throws {
        let x = try #require(scannedQuantities(a).first), y = try #require(scannedQuantities(b).first)
        #expect(x.isSameFigure(y))
        #expect(y.isSameFigure(x))
    }

    @Test(arguments: [
        ("600億ドル", "600億円"), ("600億ドル", "650億ドル"), ("3.5%", "3.5ポイント"), ("2025年", "2025年度"),
        ("3社", "3人"), ("何十億", "数百万"),
    ])
    func tellsDifferentFiguresApart(a: String, b: String) throws {
        let x = try #require(scannedQuantities(a).first), y = try #require(scannedQuantities(b).first)
        #expect(!x.isSameFigure(y))
    }

    @Test func encodesAndDecodesLosslessly() throws {
        let q = try #require(soleQuantity("約600億~650億ドル"))
        let data = try JSONEncoder().encode(q)
        let back = try JSONDecoder().decode(Quantity.self, from: data)
        #expect(back == q)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains("\"kind\":\"money\""))
        #expect(json.contains("\"approximation\":\"about\""))
    }
}
