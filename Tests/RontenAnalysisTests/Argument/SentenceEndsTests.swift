import Testing
@testable import RontenAnalysis

/// The byte tests must answer exactly as String's Character comparisons,
/// canonical equivalence and grapheme clusters included.
struct SentenceEndsTests {
    static let openers: [StaticString] = ["これは", "これが", "これらの", "This is", "It ", "Rather", "On the contrary"]
    static let endings: [StaticString] = ["ではない。", "のではない", "わけではありません。"]
    static let granting: [StaticString] = ["yes,", "it's true", "certainly,", "確かに", "無論"]

    static let texts: [String] = [
        "", "こ", "これ", "これは", "これは重要だ。", "これば", "これは\u{3099}重要", "これか\u{3099}重要だ", "これが重要だ",
        "これらのことは", "これは😀", "これは\u{FE0F}だ", "This is it.", "This isn't", "This is\u{301} odd", "this is",
        "It is", "It\u{301} is", "It\r\nis", "It \r\n", "Rather than", "RATHER", "On the contrary, no", "On the contrar",
        "\u{212A}elvin", "\u{0130}t's true", "İT'S TRUE now", "IT'S TRUE", "Yes, indeed", "YES,", "yes", "Certainly, yes",
        "確かにそうだ", "確かに\u{3099}", "たしかに", "無論だ", "\u{F9A8}論だ", "無\u{F9A8}", "It’s true", "Ｙes,",
        "それは違うのではない。", "それは違うのではない", "違うのではない。", "違うので\u{3099}はない。", "違うのて\u{3099}はない。",
        "違うのではない\u{301}", "X\u{0600}のではない", "わけではありません。", "そうわけではありません。", "ではない。",
        "。ではない。", "ない。", "a\u{200D}のではない", "🇯🇵のではない", "ﾃﾞはない。", "これは\u{FF9E}", "\u{1100}\u{1161}これは",
    ]

    @Test func openingsAnswerAsHasPrefix() {
        for text in Self.texts {
            let expected = Self.openers.contains { text.hasPrefix(String(describing: $0)) }
            #expect(SentenceEnds.starts(text, withAnyOf: Self.openers) == expected, "\(text.debugDescription)")
            for opener in Self.openers {
                #expect(SentenceEnds.starts(text, withAnyOf: [opener]) == text.hasPrefix(String(describing: opener)),
                        "\(text.debugDescription) \(opener)")
            }
        }
    }

    @Test func endingsAnswerAsHasSuffix() {
        for text in Self.texts {
            for ending in Self.endings {
                #expect(SentenceEnds.ends(text, withAnyOf: [ending]) == text.hasSuffix(String(describing: ending)),
                        "\(text.debugDescription) \(ending)")
            }
        }
    }

    @Test func grantingOpenersAnswerAsTheLowerCasedPrefix() {
        for text in Self.texts {
            for opener in Self.granting {
                let expected = String(text.prefix(16)).lowercased().hasPrefix(String(describing: opener))
                #expect(SentenceEnds.startsIgnoringCase(text, withAnyOf: [opener]) == expected, "\(text.debugDescription) \(opener)")
            }
        }
    }

    @Test func negationsAreFoundAsInTheLowerCasedText() {
        let cases = ["It is NOT so", "It isn't so.", "It is not", "It DOESN'T matter", "no longer here", "It is no longer here",
                     "\u{0130} NOT \u{212A}", "nOt", " NOT ", "N'T ", "n't", " no longer", " No Longer ", "It is nöt so", "it is not\u{301} so"]
        for text in cases {
            let any = [" not ", "n't ", " no longer "].contains { text.lowercased().contains($0) }
            #expect(SentenceEnds.hasNegation(text) == any, "\(text.debugDescription)")
        }
    }

    /// The scan skips eight bytes at a time while none is a space or an n:
    /// every word is still found at every offset, after Japanese or Latin text.
    @Test func negationsAreFoundAtEveryOffset() {
        let heads = ["", "x", "ab", "日本", "abcdefghijklm", "これは長い文の始まりで", "Nine nations "]
        let words = [" not ", "n't ", "N'T ", " no longer ", " NOT", " no-longer ", "nn't", " n ot "]
        for head in heads {
            for pad in 0..<9 {
                for word in words {
                    for tail in ["", "。", "so", "です。"] {
                        let text = head + String(repeating: "ぁ", count: pad % 3) + String(repeating: "z", count: pad) + word + tail
                        let any = [" not ", "n't ", " no longer "].contains { text.lowercased().contains($0) }
                        #expect(SentenceEnds.hasNegation(text) == any, "\(text.debugDescription)")
                    }
                }
            }
        }
    }

    @Test func shortnessCountsCharactersNotBytes() {
        #expect(SentenceEnds.isShorter("これは重要だ。", than: 8))
        #expect(!SentenceEnds.isShorter("これは重要だ。", than: 7))
        #expect(SentenceEnds.isShorter("e\u{301}e\u{301}", than: 3))
        #expect(!SentenceEnds.isShorter(String(repeating: "あ", count: 16), than: 16))
        // CR LF is one Character: 15 + 3 of them.
        #expect(SentenceEnds.isShorter(String(repeating: "\r\n", count: 15) + "abc", than: 19))
        #expect(!SentenceEnds.isShorter(String(repeating: "\r\n", count: 15) + "abc", than: 18))
        #expect(SentenceEnds.isShorter(String(repeating: "a\u{301}", count: 15), than: 16))
        #expect(SentenceEnds.isShorter(String(repeating: "🇯🇵", count: 15), than: 16))
        #expect(!SentenceEnds.isShorter(String(repeating: "é", count: 20) + "\u{301}", than: 16))
        for text in Self.texts + ["\r\n\r\n\r\n", "ab\r\ncd\r\nef\r\ngh", String(repeating: "論点", count: 9)] {
            for limit in [1, 3, 8, 16, 25] {
                #expect(SentenceEnds.isShorter(text, than: limit) == (text.count < limit), "\(text.debugDescription) \(limit)")
            }
        }
    }

    @Test func everyListedWordIsPlainSoBytesCanDecide() {
        let words = Self.openers + Self.endings + Self.granting
            + ["それどころか", "そうではなく", "Instead", "ではありません。", "ではなかった。", "of course", "admittedly", "no doubt,", "もちろん"]
        for word in words {
            let bytes = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            #expect(SentenceEnds.plainHead(bytes, upTo: bytes.count) == bytes.count, "\(word)")
        }
    }
}
