import Testing
@testable import RontenIngest
import RontenCore

struct EncodingTests {
    let article = "# 論点\r\n\r\nMetaは600億ドルを投じた。反応は分かれた。\r\n"

    @Test func readsUTF8WithAndWithoutABOM() throws {
        let plain = try TextDecoder.decode(Array(article.utf8), path: "a.md")
        #expect(plain.encoding == .utf8)
        let withBOM = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array(article.utf8), path: "a.md")
        #expect(withBOM.encoding == .utf8BOM)
        #expect(withBOM.string == article)
        // "Meta" starts after "# 論点\r\n\r\n" (12 bytes) and the 3-byte BOM.
        #expect(withBOM.position(at: 12) == SourcePosition(offset: 15, line: 3, column: 1))
    }

    @Test func detectsShiftJISWithoutADeclaration() throws {
        let bytes = encode(article, to: "CP932")
        let text = try TextDecoder.decode(bytes, path: "a.md")
        #expect(text.encoding == .shiftJIS)
        #expect(text.string == article)
        // 「Meta」 follows "# " + two 2-byte kanji + CRLF CRLF = 10 bytes.
        let meta = Array(text.string.utf8).firstIndex(of: 0x4D)!
        #expect(text.position(at: meta) == SourcePosition(offset: 10, line: 3, column: 1))
    }

    @Test func detectsEUCJPWithoutADeclaration() throws {
        let bytes = encode(article, to: "EUC-JP")
        let text = try TextDecoder.decode(bytes, path: "a.md")
        #expect(text.encoding == .eucJP)
        #expect(text.string == article)
    }

    @Test func readsUTF16InBothByteOrdersWhenMarked() throws {
        let little = try TextDecoder.decode([0xFF, 0xFE] + encode(article, to: "UTF-16LE"), path: "a.md")
        #expect(little.encoding == .utf16LE)
        #expect(little.string == article)
        let big = try TextDecoder.decode([0xFE, 0xFF] + encode(article, to: "UTF-16BE"), path: "a.md")
        #expect(big.encoding == .utf16BE)
        #expect(big.string == article)
        // "Meta": BOM (2) + 8 characters of 2 bytes each.
        let meta = Array(big.string.utf8).firstIndex(of: 0x4D)!
        #expect(big.position(at: meta).offset == 18)
    }

    @Test func rejectsNULBytesNamingTheOffset() {
        #expect(throws: IngestError(path: "x.md", reason: .binary(offset: 5, byte: 0))) {
            try TextDecoder.decode(Array("hello\0world".utf8), path: "x.md")
        }
    }

    @Test func rejectsControlBytesAsBinary() {
        let error = #expect(throws: IngestError.self) {
            try TextDecoder.decode([0x50, 0x4B, 0x03, 0x04, 0x14], path: "archive.md")
        }
        #expect(error?.description == "archive.md: binary content: control byte 0x03 at byte 2; not a text file")
    }

    @Test func findsAControlByteInsideALongRunOfPlainText() {
        // Past the first eight-byte words, at every position in a word, and
        // DEL (0x7F), which the word test catches by its carry.
        for offset in 16..<24 {
            var bytes = Array(String(repeating: "plain text, ", count: 4).utf8)
            bytes[offset] = 0x7F
            #expect(throws: IngestError(path: "d.md", reason: .binary(offset: offset, byte: 0x7F))) {
                try TextDecoder.decode(bytes, path: "d.md")
            }
        }
        // A NUL is named before an earlier control byte, as a binary file's mark.
        let bytes = Array("line one\n\u{1}line two, then".utf8) + [0] + Array(" the rest".utf8)
        #expect(throws: IngestError(path: "n.md", reason: .binary(offset: 24, byte: 0))) {
            try TextDecoder.decode(bytes, path: "n.md")
        }
        // Tab, vertical tab, form feed and line ends are text.
        let text = try? TextDecoder.decode(Array("a\tb\u{B}c\u{C}d\r\ne  論点\n".utf8), path: "t.md")
        #expect(text?.utf8.count == 19)
    }

    @Test func rejectsBrokenSequencesAtTheFirstBadByte() {
        // Valid UTF-8, then a lone continuation byte, then more text: no
        // legacy encoding fits either.
        let bytes = Array("論点は".utf8) + [0x80, 0x80, 0xFF] + Array("ここ".utf8)
        #expect(throws: IngestError(path: "bad.txt", reason: .invalidEncoding(offset: 9, encoding: "UTF-8"))) {
            try TextDecoder.decode(bytes, path: "bad.txt")
        }
    }

    @Test func rejectsAnUnpairedSurrogateInUTF16() {
        #expect(throws: IngestError(path: "u.txt", reason: .invalidEncoding(offset: 4, encoding: "UTF-16"))) {
            try TextDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00], path: "u.txt")
        }
    }
}
