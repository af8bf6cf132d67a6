import RontenAnalysis
import RontenCore
import Testing

@Suite("Hedged and vague amounts")
struct QuantityTestsApproximations {
    @Test(arguments: [
        ("約100億円", Quantity.Approximation.about), ("およそ100億円", .about), ("概ね100億円", .about),
        ("5億ドル超", .over), ("100人以上", .atLeast), ("10%未満", .under), ("5件以下", .atMost),
        ("3割前後", .around), ("100人程度", .around), ("100人ほど", .around), ("ほぼ100人", .nearly),
        ("最大100人", .atMost), ("少なくとも100人", .atLeast),
    ])
    func readsJapaneseHedges(text: String, approximation: Quantity.Approximation) {
        let q = soleQuantity(text)
        #expect(q?.text == text)
        #expect(q?.approximation == approximation)
    }

    @Test(arguments: [
        ("about 5", Quantity.Approximation.about), ("around 6", .around), ("approximately 7 percent", .about),
        ("nearly 8", .nearly), ("almost 9", .nearly), ("more than 10", .over), ("over 11", .over),
        ("at least 12", .atLeast), ("less than 13", .under), ("under 14", .under), ("up to 15", .atMost),
        ("roughly $3 billion", .about), ("no more than 20", .atMost), ("20 or more", .atLeast),
    ])
    func readsEnglishHedges(text: String, approximation: Quantity.Approximation) {
        let q = soleQuantity("we expect \(text) soon")
        #expect(q?.text == text)
        #expect(q?.approximation == approximation)
    }

    @Test func hedgeAndSuffixWidenTheSpan() {
        let text = "投資額は約5億ドル超に達した"
        let q = soleQuantity(text)
        #expect(q?.text == "約5億ドル超")
        #expect(q?.range == utf8Range(of: "約5億ドル超", in: text))
        #expect(q?.value == 5.0e8)
        #expect(q?.approximation == .over)
    }

    @Test func readsVagueJapaneseAmountsWithTheirMagnitude() {
        let billions = soleQuantity("何十億人")
        #expect(billions?.kind == .count)
        #expect(billions?.unit == "人")
        #expect(billions?.approximation == .vague)
        #expect(billions?.magnitude == 9)
        #expect(billions?.low == 1.0e9)
        #expect(billions?.high == 1.0e10)
        #expect(billions?.value == nil)

        let millions = soleQuantity("数百万")
        #expect(millions?.magnitude == 6)
        #expect(millions?.low == 1.0e6)
        #expect(millions?.high == 1.0e7)

        let firms = soleQuantity("数社")
        #expect(firms?.kind == .count)
        #expect(firms?.unit == "社")
        #expect(firms?.magnitude == 0)
        #expect(firms?.low == 1)
        #expect(firms?.high == 10)
    }

    @Test func monoMakesAVagueCountWithoutJoiningTheSpan() {
        let text = "何十億ものアカウント"
        let q = soleQuantity(text)
        #expect(q?.text == "何十億")
        #expect(q?.range == 0..<9)
        #expect(q?.kind == .count)
        #expect(q?.unit == nil)
        #expect(q?.magnitude == 9)
    }

    @Test func readsEnglishVaguePlurals() {
        let billions = soleQuantity("billions of people")
        #expect(billions?.text == "billions")
        #expect(billions?.approximation == .vague)
        #expect(billions?.magnitude == 9)
        #expect(billions?.low == 1.0e9)
        #expect(billions?.high == 1.0e12)

        let hundreds = soleQuantity("hundreds of firms")
        #expect(hundreds?.magnitude == 2)
        #expect(hundreds?.low == 100)
        #expect(hundreds?.high == 1000)

        let tens = soleQuantity("tens of thousands of people")
        #expect(tens?.text == "tens of thousands")
        #expect(tens?.magnitude == 4)
        #expect(tens?.low == 1.0e4)
        #expect(tens?.high == 1.0e5)
    }

    @Test func vagueMoneyKeepsItsCurrency() {
        let q = soleQuantity("数千億円")
        #expect(q?.kind == .money)
        #expect(q?.unit == "JPY")
        #expect(q?.magnitude == 11)
        #expect(q?.low == 1.0e11)
    }
}
