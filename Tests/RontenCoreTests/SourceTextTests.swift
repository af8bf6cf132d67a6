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

    @Test func placesEveryOffsetAsALineByLineCountDoes() {
        // Runs of ASCII, kana, emoji and every kind of line break, longer than
        // the index's checkpoints and its eight-byte steps.
        let pieces = ["plain ascii words ", "日本語の文、", "🙂🙃", "\n", "\r\n", "\r", "x", String(repeating: "y", count: 70)]
        var text = ""
        var seed: UInt64 = 7
        for _ in 0..<400 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            text += pieces[Int(seed >> 33) % pieces.count]
        }
        let bytes = Array(text.utf8)
        let source = SourceText(text)
        var line = 1, column = 1
        for offset in 0...bytes.count {
            #expect(source.position(at: offset) == SourcePosition(offset: offset, line: line, column: column))
            guard offset < bytes.count else { break }
            let b = bytes[offset]
            if b == 0x0A || (b == 0x0D && (offset + 1 == bytes.count || bytes[offset + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80, b != 0x0D {
                column += b >= 0xF0 ? 2 : 1
            }
        }
    }

    @Test func rangesAgreeWithPositionsWhetherTheEndIsReadOnOrSearched() {
        // A short span's end is read on from its start; a long one's is
        // searched for. Both must give what position(at:) gives, from every
        // start (inside characters and between CR and LF too).
        let text = String(repeating: "ab\r\n日本🙂\rxyz\n", count: 40)
        let source = SourceText(text)
        let count = text.utf8.count
        for start in stride(from: 0, through: count, by: 3) {
            for length in [0, 1, 2, 7, 64, 255, 256, 257, 600] where start + length <= count {
                let range = source.range(start..<(start + length))
                #expect(range.start == source.position(at: start))
                #expect(range.end == source.position(at: start + length))
            }
        }
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
