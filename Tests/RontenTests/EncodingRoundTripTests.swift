import Testing
import Ronten
import RontenCore

/// A Shift_JIS, an EUC-JP and a UTF-16 copy of an Examples article give the
/// same sentences as the UTF-8 one, each with ranges into its own bytes.
struct EncodingRoundTripTests {
    static let name = "ja-hokuto-battery-strategy.md"

    @Test(arguments: [("CP932", TextEncoding.shiftJIS, [UInt8]()), ("EUC-JP", .eucJP, []),
                      ("UTF-16LE", .utf16LE, [0xFF, 0xFE]), ("UTF-16BE", .utf16BE, [0xFE, 0xFF])])
    func givesTheSameSentencesWithRangesIntoItsOwnBytes(iconvName: String, encoding: TextEncoding, bom: [UInt8]) throws {
        let utf8 = try example(Self.name)
        let reference = try analyze(utf8, path: Self.name).document
        let bytes = bom + reencode(utf8, to: iconvName)
        let copy = try analyze(bytes, path: Self.name).document
        #expect(copy.source.encoding == encoding)
        #expect(copy.sentences.map(\.text) == reference.sentences.map(\.text))
        #expect(copy.sentences.count == 25)
        for (sentence, original) in zip(copy.sentences, reference.sentences) {
            // Lines and columns count characters, so they agree across encodings…
            #expect(sentence.range.start.line == original.range.start.line)
            #expect(sentence.range.start.column == original.range.start.column)
            // …while offsets point into each file's own bytes: re-encoding the
            // prefix up to the offset gives exactly that many bytes.
            let prefix = Array(utf8[0..<original.range.start.offset])
            let expected = bom.count + reencode(prefix, to: iconvName).count
            #expect(sentence.range.start.offset == expected)
        }
    }
}
