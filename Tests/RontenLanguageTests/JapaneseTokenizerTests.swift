import RontenCore
import Testing
@testable import RontenLanguage

/// One token as a row: surface, IPADIC part of speech, base form, reading, byte range.
private struct Row: Equatable, CustomStringConvertible {
    var surface: String
    var pos: String
    var base: String?
    var reading: String?
    var range: Range<Int>

    init(_ surface: String, _ pos: String, _ base: String?, _ reading: String?, _ range: Range<Int>) {
        (self.surface, self.pos, self.base, self.reading, self.range) = (surface, pos, base, reading, range)
    }

    init(_ token: Token) {
        self.init(token.surface, token.ipadic?.posPath ?? "", token.baseForm, token.reading, token.range)
    }

    var description: String { "\(surface) \(pos) \(base ?? "-") \(reading ?? "-") \(range)" }
}

private func rows(_ text: String) throws -> [Row] {
    try JapaneseTokenizer().tokenize(text).map(Row.init)
}

@Suite struct JapaneseTokenizerTests {
    @Test func analysesANewsSentenceWithFiguresAndACompanyName() throws {
        #expect(try rows("Metaが2025年に600億~650億ドルを発表した。") == [
            Row("Meta", "名詞,固有名詞,組織", "Meta", nil, 0..<4),
            Row("が", "助詞,格助詞,一般", "が", "ガ", 4..<7),
            Row("2025", "名詞,数", "2025", nil, 7..<11),
            Row("年", "名詞,接尾,助数詞", "年", "ネン", 11..<14),
            Row("に", "助詞,格助詞,一般", "に", "ニ", 14..<17),
            Row("600", "名詞,数", "600", nil, 17..<20),
            Row("億", "名詞,数", "億", "オク", 20..<23),
            Row("~", "名詞,サ変接続", "~", nil, 23..<24),
            Row("650", "名詞,数", "650", nil, 24..<27),
            Row("億", "名詞,数", "億", "オク", 27..<30),
            Row("ドル", "名詞,接尾,助数詞", "ドル", "ドル", 30..<36),
            Row("を", "助詞,格助詞,一般", "を", "ヲ", 36..<39),
            Row("発表", "名詞,サ変接続", "発表", "ハッピョウ", 39..<45),
            Row("し", "動詞,自立", "する", "シ", 45..<48),
            Row("た", "助動詞", "た", "タ", 48..<51),
            Row("。", "記号,句点", "。", "。", 51..<54),
        ])
    }

    @Test func givesCoarseClassesKindsAndConjugation() throws {
        let tokens = try JapaneseTokenizer().tokenize("Metaが2025年に600億~650億ドルを発表した。")
        #expect(tokens.map(\.partOfSpeech) == [
            .properNoun, .particle, .numeral, .suffix, .particle, .numeral, .numeral, .symbol, .numeral, .numeral,
            .suffix, .particle, .noun, .verb, .auxiliary, .punctuation,
        ])
        #expect(tokens.map(\.kind) == [
            .word, .word, .number, .word, .word, .number, .number, .symbol, .number, .number, .word, .word, .word,
            .word, .word, .punctuation,
        ])
        let shi = tokens[13].ipadic
        #expect(shi?.conjugationType == "サ変・スル")
        #expect(shi?.conjugationForm == "連用形")
        #expect(tokens[12].ipadic?.pronunciation == "ハッピョー")
        #expect(tokens[0].ipadic?.isUnknownWord == true)
        #expect(tokens[1].ipadic?.isUnknownWord == false)
        #expect(tokens.allSatisfy { $0.lowercased == nil })
    }

    @Test func findsTheBaseFormOfAConjugatedVerb() throws {
        #expect(try rows("過剰投資を疑う声もあった。") == [
            Row("過剰", "名詞,形容動詞語幹", "過剰", "カジョウ", 0..<6),
            Row("投資", "名詞,サ変接続", "投資", "トウシ", 6..<12),
            Row("を", "助詞,格助詞,一般", "を", "ヲ", 12..<15),
            Row("疑う", "動詞,自立", "疑う", "ウタガウ", 15..<21),
            Row("声", "名詞,一般", "声", "コエ", 21..<24),
            Row("も", "助詞,係助詞", "も", "モ", 24..<27),
            Row("あっ", "動詞,自立", "ある", "アッ", 27..<33),
            Row("た", "助動詞", "た", "タ", 33..<36),
            Row("。", "記号,句点", "。", "。", 36..<39),
        ])
    }

    @Test func splitsFullWidthDigitsAsIPADICDoes() throws {
        let result = try rows("２０２５年度の売上は３．５％増えた。")
        #expect(result.prefix(5) == [
            Row("２", "名詞,数", "２", "ニ", 0..<3),
            Row("０", "名詞,数", "０", "ゼロ", 3..<6),
            Row("２", "名詞,数", "２", "ニ", 6..<9),
            Row("５", "名詞,数", "５", "ゴ", 9..<12),
            Row("年度", "名詞,接尾,助数詞", "年度", "ネンド", 12..<18),
        ])
        #expect(result.dropFirst(8).prefix(4) == [
            Row("３", "名詞,数", "３", "サン", 30..<33),
            Row("．", "名詞,数", "．", "．", 33..<36),
            Row("５", "名詞,数", "５", "ゴ", 36..<39),
            Row("％", "名詞,接尾,助数詞", "％", "パーセント", 39..<42),
        ])
        #expect(result.last == Row("。", "記号,句点", "。", "。", 51..<54))
    }

    @Test func skipsLeadingSpacesButCountsThemInRanges() throws {
        #expect(try rows("  前に空白がある文。") == [
            Row("前", "名詞,副詞可能", "前", "マエ", 2..<5),
            Row("に", "助詞,格助詞,一般", "に", "ニ", 5..<8),
            Row("空白", "名詞,一般", "空白", "クウハク", 8..<14),
            Row("が", "助詞,格助詞,一般", "が", "ガ", 14..<17),
            Row("ある", "動詞,自立", "ある", "アル", 17..<23),
            Row("文", "名詞,一般", "文", "ブン", 23..<26),
            Row("。", "記号,句点", "。", "。", 26..<29),
        ])
    }

    @Test func keepsAFullWidthSpaceAsAWhitespaceToken() throws {
        let tokens = try JapaneseTokenizer().tokenize("全角　空白 半角")
        #expect(tokens.map(\.surface) == ["全角", "　", "空白", "半角"])
        #expect(tokens.map(\.range) == [0..<6, 6..<9, 9..<15, 16..<22])
        #expect(tokens[1].kind == .whitespace)
    }

    @Test func reportsRangesInTheWholeTextWhenGivenASlice() throws {
        let block = Array("前の文。Metaが発表した。".utf8)
        let tokens = try JapaneseTokenizer().tokenize(block[12...])
        #expect(tokens.first?.surface == "Meta")
        #expect(tokens.first?.range == 12..<16)
        #expect(tokens.last?.range == block.count - 3..<block.count)
        #expect(tokens.map { String(decoding: block[$0.range], as: UTF8.self) } == tokens.map(\.surface))
    }

    @Test func keepsExactRangesThroughNULAndMalformedBytes() throws {
        let tokenizer = try JapaneseTokenizer()
        let withNUL = tokenizer.tokenize(Array("投資\u{0}した".utf8))
        #expect(withNUL.map(\.surface) == ["投資", "\u{0}", "し", "た"])
        #expect(withNUL.map(\.range) == [0..<6, 6..<7, 7..<10, 10..<13])
        let malformed = tokenizer.tokenize([0x41, 0xFF, 0xE3, 0x81])
        #expect(malformed.map(\.range) == [0..<1, 1..<4])
    }

    @Test func givesNoTokensForEmptyOrBlankText() throws {
        let tokenizer = try JapaneseTokenizer()
        #expect(tokenizer.tokenize("").isEmpty)
        #expect(tokenizer.tokenize("   \n").isEmpty)
    }

    @Test func analysesTheSameTextTheSameWayEveryTime() throws {
        let tokenizer = try JapaneseTokenizer()
        let text = "過剰投資を疑う声もあった。Metaが2025年に発表した。"
        let first = tokenizer.tokenize(text)
        #expect(tokenizer.tokenize(text) == first)
        #expect(try JapaneseTokenizer().tokenize(text) == first)
    }
}
