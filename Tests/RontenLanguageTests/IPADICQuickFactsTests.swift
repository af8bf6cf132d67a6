import Testing
@testable import RontenLanguage

/// The facts read from a feature string's bytes agree with the full parse.
struct IPADICQuickFactsTests {
    func quick(_ feature: String, unknown: Bool = false) -> IPADICQuickFacts? {
        Array(feature.utf8).withUnsafeBufferPointer { IPADICQuickFacts(feature: $0, isUnknown: unknown) }
    }

    func full(_ feature: String, unknown: Bool = false) -> IPADICQuickFacts {
        IPADICQuickFacts(Array(feature.utf8).withUnsafeBufferPointer { IPADICEntry(feature: $0, isUnknown: unknown) })
    }

    @Test(arguments: [
        ("助動詞,*,*,*,特殊・デス,基本形,です,デス,デス", false, EndingWord.politeAuxiliary),
        ("助動詞,*,*,*,特殊・マス,基本形,ます,マス,マス", false, .politeAuxiliary),
        ("助動詞,*,*,*,特殊・ダ,基本形,だ,ダ,ダ", false, .plainAuxiliary),
        ("助動詞,*,*,*,*,*,*", false, .auxiliaryBySurface),
        ("助動詞,*,*,*,特殊・ダ,基本形,だ", true, .auxiliaryBySurface),
        ("助動詞,*,*,*,特殊・タ,基本形,た,タ,タ", false, .other),
        ("動詞,自立,*,*,五段・ラ行,基本形,ある,アル,アル", false, .basicPredicate),
        ("形容詞,自立,*,*,形容詞・アウオ段,基本形,高い,タカイ,タカイ", false, .basicPredicate),
        ("動詞,自立,*,*,五段・ラ行,連用形,ある,アッ,アッ", false, .other),
        ("記号,句点,*,*,*,*,。,。,。", false, .symbol),
        ("名詞,固有名詞,組織,*,*,*,*", true, .other),
        ("", false, .other),
    ])
    func readsTheEndingAsTheFullParseDoes(feature: String, unknown: Bool, ending: EndingWord) {
        #expect(quick(feature, unknown: unknown)?.ending == ending)
        #expect(quick(feature, unknown: unknown) == full(feature, unknown: unknown))
    }

    @Test func readsProperNounsAsTheFullParseDoes() {
        #expect(quick("名詞,固有名詞,組織,*,*,*,*", unknown: true)?.isProperNoun == true)
        #expect(quick("名詞,一般,*,*,*,*,会社,カイシャ,カイシャ")?.isProperNoun == false)
    }

    @Test func leavesQuotedFieldsToTheFullParse() {
        #expect(quick("記号,一般,*,*,*,*,\"a,\"\"b\"\"\",エー,エー") == nil)
        #expect(quick("記号,一般,*,*,*,*,*,\"a,b\"") != nil)
    }

    @Test(arguments: [
        ("名詞,一般,*,*,*,*,売上,ウリアゲ,ウリアゲ", FigureWordClass.noun),
        ("接頭詞,名詞接続,*,*,*,*,総,ソウ,ソー", .noun),
        ("名詞,数,*,*,*,*,*", .other),
        ("名詞,代名詞,一般,*,*,*,それ,ソレ,ソレ", .other),
        ("名詞,非自立,一般,*,*,*,こと,コト,コト", .other),
        ("助詞,係助詞,*,*,*,*,は,ハ,ワ", .particle),
        ("動詞,自立,*,*,五段・ラ行,基本形,ある,アル,アル", .other),
        ("記号,一般,*,*,*,*,\"a,\"\"b\"\"\",エー,エー", .other),
    ])
    func readsWhatAWordIsToAFiguresSubjectAsTheFullParseDoes(feature: String, expected: FigureWordClass) {
        #expect(full(feature).figureWord == expected)
        if let quick = quick(feature) { #expect(quick.figureWord == expected) }
    }
}
