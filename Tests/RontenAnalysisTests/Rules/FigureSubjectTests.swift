@testable import RontenAnalysis
import RontenCore
import RontenLanguage
import Testing

/// The subjects read from MeCab's morphemes through the dictionary's facts
/// are the ones read from tokens, so making no tokens changes nothing.
struct FigureSubjectTests {
    /// Both readings of one Japanese sentence's figures.
    func bothReadings(_ text: String) throws -> (tokens: [FigureSubject?], morphemes: [FigureSubject?]) {
        let quantities = QuantityScanner().scan(text)
        let tokenizer = try JapaneseTokenizer()
        let fromTokens = FigureSubject.subjects(tokens: tokenizer.tokenize(text), quantities: quantities)
        let bytes = Array(text.utf8)
        let fromMorphemes = bytes.withUnsafeBufferPointer { buffer in
            let morphemes = tokenizer.morphemes(ofEach: [buffer])[0]
            return FigureSubject.subjects(morphemes: morphemes, in: buffer, tokenizer: tokenizer, quantities: quantities)
        }
        return (fromTokens, fromMorphemes)
    }

    @Test(arguments: [
        ("北斗電機の売上高は1,200億円だった。", [FigureSubject(side: .before, phrase: "北斗電機の売上高")]),
        ("市場規模は2030年度に4,500億円に達する。",
         [FigureSubject(side: .before, phrase: "市場規模"), FigureSubject(side: .before, phrase: "市場規模")]),
        ("同社は1,200億円の設備投資を決めた。", [FigureSubject(side: .before, phrase: "同社")]),
        ("今年度、1,200億円の設備投資を決めた。", [nil, FigureSubject(side: .after, phrase: "設備投資")]),
        ("それは5割にすぎない。", [nil]),
        ("売上は約300億円、利益は20億円だった。", [FigureSubject(side: .before, phrase: "売上"), FigureSubject(side: .before, phrase: "利益")]),
    ] as [(String, [FigureSubject?])])
    func readsTheSameSubjectFromMorphemesAsFromTokens(text: String, expected: [FigureSubject?]) throws {
        let (tokens, morphemes) = try bothReadings(text)
        #expect(tokens == expected)
        #expect(morphemes == tokens)
    }

    @Test func readsNoSubjectFromNoWords() throws {
        let quantities = QuantityScanner().scan("1,200億円")
        let tokenizer = try JapaneseTokenizer()
        let none = [UInt8]().withUnsafeBufferPointer {
            FigureSubject.subjects(morphemes: [], in: $0, tokenizer: tokenizer, quantities: quantities)
        }
        #expect(none == [nil])
        #expect(FigureSubject.subjects(tokens: [], quantities: quantities) == [nil])
    }
}
