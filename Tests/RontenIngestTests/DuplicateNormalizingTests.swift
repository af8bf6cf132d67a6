import Testing
@testable import RontenIngest

/// The normalising copy that duplicate search compares: whitespace, `#` and
/// U+3000 removed. It reads eight bytes at a time, so U+3000 and the dropped
/// bytes are tried at every position against a word's edges.
struct DuplicateNormalizingTests {
    /// The rule, one byte at a time.
    private func expected(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        for scalar in text.unicodeScalars where !" \t\n\r#\u{3000}".unicodeScalars.contains(scalar) {
            out += Array(String(scalar).utf8)
        }
        return out
    }

    @Test func dropsIdeographicSpaceAndWhitespaceAtEveryOffset() {
        for pad in 0..<12 {
            for filler in ["x", "論", "。"] {
                for mark in ["\u{3000}", " ", "\n", "\r\n", "\t", "#"] {
                    let text = String(repeating: filler, count: pad) + mark + "点は「ここ」だ。" + mark + String(repeating: "ab", count: pad)
                    #expect(DuplicateFilter.normalize(Array(text.utf8)[...]) == expected(text), "\(pad) \(filler) \(mark.debugDescription)")
                }
            }
        }
    }

    @Test func keepsCharactersThatShareBytesWithIdeographicSpace() {
        // 、 is E3 80 81 and 〠 E3 80 A0: the same lead and first continuation byte.
        let text = "、、、、〠〠〠〠 ok"
        #expect(DuplicateFilter.normalize(Array(text.utf8)[...]) == Array("、、、、〠〠〠〠ok".utf8))
    }
}
