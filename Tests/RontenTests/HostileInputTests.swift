import Foundation
import RontenCore
import RontenIngest
import Testing
@testable import Ronten

/// Inputs that are not articles at all, or barely: each comes back as a
/// clear `IngestError` naming the file and the byte, or as an exact,
/// sensible document. docs/robustness.md lists what each case does.
@Suite struct HostileInputTests {
    @Test func anEmptyFileIsADocumentWithNothingInIt() throws {
        let analysis = try hostileAnalysis([], path: "empty.md")
        #expect(analysis.document.source.byteCount == 0)
        #expect(analysis.document.source.encoding == .utf8)
        #expect(analysis.document.sections.isEmpty)
        #expect(analysis.document.title == nil)
        #expect(analysis.document.language == .undetermined)
    }

    @Test func onlyWhitespaceGivesNoSentencesInEitherFormat() throws {
        let bytes = Array(" \t\n\n\u{3000}\r\n \n".utf8)
        let text = try hostileAnalysis(bytes, path: "blank.txt")
        #expect(text.document.blocks.isEmpty)
        #expect(text.document.sentences.isEmpty)
        // CommonMark's whitespace is ASCII only: the ideographic space is a
        // paragraph's text to cmark, with nothing in it to segment.
        let markdown = try hostileAnalysis(bytes, path: "blank.md")
        #expect(markdown.document.blocks.map(\.text) == ["\u{3000}"])
        #expect(markdown.document.sentences.isEmpty)
    }

    @Test func onlyFrontMatterGivesTheTitleAndNoSections() throws {
        let analysis = try hostileAnalysis(Array("---\ntitle: 論点\ntags: [a, b]\n---\n".utf8), path: "fm.md")
        #expect(analysis.document.metadata.title == "論点")
        #expect(analysis.document.metadata.tags == ["a", "b"])
        #expect(analysis.document.title?.text == "論点")
        #expect(analysis.document.title?.origin == .frontMatter)
        #expect(analysis.document.sections.isEmpty)
    }

    @Test func aBinaryFileIsRefusedAtItsFirstNulByte() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        #expect(throws: IngestError(path: "logo.md", reason: .binary(offset: 8, byte: 0))) {
            try hostileAnalysis(png, path: "logo.md")
        }
    }

    @Test func aNulByteInTextIsRefusedWithItsOffset() {
        let bytes = Array("Prices rise.".utf8) + [0] + Array(" Then fall.".utf8)
        #expect(throws: IngestError(path: "nul.txt", reason: .binary(offset: 12, byte: 0))) {
            try hostileAnalysis(bytes, path: "nul.txt")
        }
        #expect(throws: IngestError(path: "nul.txt", reason: .binary(offset: 12, byte: 0))) {
            try hostileAnalysis(bytes, path: "nul.txt", segmented: true)
        }
    }

    @Test func anEscapeByteInTextIsRefusedWithItsOffset() {
        #expect(throws: IngestError(path: "esc.md", reason: .binary(offset: 1, byte: 0x1B))) {
            try hostileAnalysis(Array("a\u{1B}[31mred".utf8), path: "esc.md")
        }
    }

    @Test func invalidUTF8InTheMiddleOfValidTextIsRefusedAtTheBadByte() throws {
        let bytes = Array("正しい文だ。".utf8) + [0xFF, 0xFE, 0x80] + Array("壊れた文だ。".utf8)
        let error = #expect(throws: IngestError.self) { try hostileAnalysis(bytes, path: "broken.md") }
        #expect(error == IngestError(path: "broken.md", reason: .invalidEncoding(offset: 18, encoding: "UTF-8")))
        #expect(error?.description
            == "broken.md: invalid UTF-8 at byte 18; not UTF-8, UTF-16 with BOM, Shift_JIS or EUC-JP text")
    }

    @Test func aTruncatedUTF16FileIsRefusedAtItsOddByte() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x6B, 0x8A, 0xB9]
        #expect(throws: IngestError(path: "odd.md", reason: .invalidEncoding(offset: 4, encoding: "UTF-16"))) {
            try hostileAnalysis(bytes, path: "odd.md")
        }
    }

    @Test(arguments: [
        (HostileEncodings.utf8, TextEncoding.utf8), (HostileEncodings.utf8BOM, .utf8BOM),
        (HostileEncodings.shiftJIS, .shiftJIS), (HostileEncodings.eucJP, .eucJP),
        (HostileEncodings.utf16LE, .utf16LE), (HostileEncodings.utf16BE, .utf16BE),
    ])
    func everyEncodingGivesTheSameSentencesWithRangesIntoItsOwnBytes(bytes: [UInt8], encoding: TextEncoding) throws {
        let analysis = try hostileAnalysis(bytes, path: "enc.txt")
        #expect(analysis.document.source.encoding == encoding)
        #expect(analysis.document.sentences.map(\.text) == ["論点は一つだ。", "価格は上がる。"])
        // Both sentences are 7 characters; the second starts where the first ends.
        let ends = analysis.document.sentences.map(\.range.end.offset)
        let unit = encoding == .utf16LE || encoding == .utf16BE ? 2 : encoding == .shiftJIS || encoding == .eucJP ? 2 : 3
        let start = encoding == .utf8 ? 0 : encoding == .utf8BOM ? 3 : encoding == .utf16LE || encoding == .utf16BE ? 2 : 0
        #expect(ends == [start + 7 * unit, start + 14 * unit])
    }

    @Test func fourHundredDigitNumbersComeBackAsWrittenInOneSentence() throws {
        let digits = String(repeating: "9", count: 400)
        let ones = String(repeating: "1", count: 400)
        let text = "売上は\(digits)円だった。Revenue was $\(ones).5 billion. Costs fell."
        let analysis = try hostileAnalysis(Array(text.utf8), path: "numbers.md")
        #expect(analysis.document.sentences.map(\.text)
            == ["売上は\(digits)円だった。", "Revenue was $\(ones).5 billion.", "Costs fell."])
    }

    @Test func controlAndCombiningCharactersKeepEveryRangeOnCharacterBoundaries() throws {
        let text = "e\u{301}\u{301}\u{301}は🇯🇵👨‍👩‍👧だ。ｶﾀｶﾅ。\u{0B}Next.\u{0C}End."
        let analysis = try hostileAnalysis(Array(text.utf8), path: "marks.txt")
        let bytes = Array(text.utf8)
        for sentence in analysis.document.sentences {
            let slice = bytes[sentence.range.start.offset..<sentence.range.end.offset]
            #expect(String(validating: slice, as: UTF8.self) != nil, "\(sentence.id) cuts a character")
        }
        #expect(analysis.document.sentences.first?.text == "e\u{301}\u{301}\u{301}は🇯🇵👨‍👩‍👧だ。")
    }
}

/// One sentence pair in every encoding the decoder reads.
enum HostileEncodings {
    static let text = "論点は一つだ。価格は上がる。\n"
    static let utf8 = Array(text.utf8)
    static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF] + utf8
    static let shiftJIS: [UInt8] = [
        152, 95, 147, 95, 130, 205, 136, 234, 130, 194, 130, 190, 129, 66,
        137, 191, 138, 105, 130, 205, 143, 227, 130, 170, 130, 233, 129, 66, 10,
    ]
    static let eucJP: [UInt8] = [
        207, 192, 197, 192, 164, 207, 176, 236, 164, 196, 164, 192, 161, 163,
        178, 193, 179, 202, 164, 207, 190, 229, 164, 172, 164, 235, 161, 163, 10,
    ]
    static let utf16LE: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    static let utf16BE: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
}

func hostileAnalysis(_ bytes: [UInt8], path: String, segmented: Bool = false) throws -> Analysis {
    try Pipeline(segmented: segmented).analyze(bytes, path: path)
}
