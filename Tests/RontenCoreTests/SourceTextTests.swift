import Testing
@testable import RontenCore

struct SourceTextTests {
    @Test func countsColumnsInUTF16CodeUnitsAndOffsetsInBytes() {
        let text = SourceText("論点 is 🙂 ok")
        // 論 and 点 are 3 bytes and 1 UTF-16 unit each; 🙂 is 4 bytes and 2 units.
        #expect(text.position(at: 6) == SourcePosition(offset: 6, line: 1, column: 3))
        #expect(text.position(at: 14) == SourcePosition(offset: 14, line: 1, column: 9))
        #expect(text.position(at: 17) == SourcePosition(offset: 17, line: 1, column: 12))
    }

    @Test func treatsCRLFAndLoneCRAsOneLineBreakEach() {
        let text = SourceText("ab\r\ncd\ref\ng")
        #expect(text.position(at: 4) == SourcePosition(offset: 4, line: 2, column: 1))
        #expect(text.position(at: 7) == SourcePosition(offset: 7, line: 3, column: 1))
        #expect(text.position(at: 10) == SourcePosition(offset: 10, line: 4, column: 1))
    }

    @Test func findsColumnsFarIntoAVeryLongLine() {
        let line = String(repeating: "あ", count: 100_000) + "x"
        let text = SourceText(line)
        #expect(text.position(at: 300_000) == SourcePosition(offset: 300_000, line: 1, column: 100_001))
        #expect(text.position(at: 150) == SourcePosition(offset: 150, line: 1, column: 51))
    }

    @Test func mapsDecodedOffsetsThroughATableToOriginalBytes() {
        // Two 2-byte characters decoded to two 3-byte ones, then ASCII.
        let map = OffsetMap.table(decoded: [0, 3, 6, 7], original: [0, 2, 4, 5])
        #expect(map.original(0) == 0)
        #expect(map.original(3) == 2)
        #expect(map.original(6) == 4)
        #expect(map.original(7) == 5)
    }
}

struct TextMapTests {
    @Test func mapsStartsAndEndsAcrossMarkupGaps() {
        // "a *b*" flattened to "a b": text "a " at 0, "b" at source 3.
        var map = TextMap()
        map.append(textLength: 2, sourceStart: 0, sourceLength: 2)
        map.append(textLength: 1, sourceStart: 3, sourceLength: 1)
        #expect(map.sourceRange(0..<3) == 0..<4)
        #expect(map.sourceRange(2..<3) == 3..<4)
        #expect(map.sourceRange(0..<2) == 0..<2)
    }

    @Test func mapsASyntheticSpaceToTheLineBreakItStandsFor() {
        var map = TextMap()
        map.append(textLength: 3, sourceStart: 0, sourceLength: 3)
        map.append(textLength: 1, sourceStart: 3, sourceLength: 2)  // "\r\n" → " "
        map.append(textLength: 3, sourceStart: 5, sourceLength: 3)
        #expect(map.sourceRange(4..<7) == 5..<8)
        #expect(map.sourceRange(0..<7) == 0..<8)
    }
}

struct SHA256Tests {
    @Test func matchesTheStandardTestVectors() {
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
