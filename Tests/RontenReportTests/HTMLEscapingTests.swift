import Testing
@testable import RontenReport

@Suite struct HTMLEscapingTests {
    @Test func escapesTheFiveCharactersThatEndTextOrAttributes() {
        #expect(HTMLEscaping.escape("<a href='x' title=\"y\">&amp;</a>") == "&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;amp;&lt;/a&gt;")
    }

    @Test func replacesNulAndControlsThatXMLForbids() {
        #expect(HTMLEscaping.escape("a\0b\u{1}c\td\ne") == "a\u{FFFD}b c\td\ne")
    }

    @Test func leavesJapaneseAndOtherTextAlone() {
        #expect(HTMLEscaping.escape("600億~650億ドル{{x}}") == "600億~650億ドル{{x}}")
    }

    /// Runs are copied whole now; each ASCII byte, alone and between runs,
    /// must still come out as the one-byte-at-a-time rule says.
    @Test func everyASCIIByteEscapesAsTheRuleSays() {
        for value in 0..<0x80 {
            let scalar = Unicode.Scalar(UInt8(value))
            let expected: String
            switch scalar {
            case "&": expected = "&amp;"
            case "<": expected = "&lt;"
            case ">": expected = "&gt;"
            case "\"": expected = "&quot;"
            case "'": expected = "&#39;"
            case "\0": expected = "\u{FFFD}"
            case "\t", "\n", "\r": expected = String(scalar)
            default: expected = value < 0x20 || value == 0x7F ? " " : String(scalar)
            }
            #expect(HTMLEscaping.escape(String(scalar)) == expected, "byte \(value)")
            #expect(HTMLEscaping.escape("論点" + String(scalar) + "x" + String(scalar)) == "論点" + expected + "x" + expected, "byte \(value)")
        }
    }

    /// The scan reads eight bytes at a time: a special byte must be caught
    /// at every offset of a longer text.
    @Test func specialBytesAreCaughtAtEveryOffset() {
        for special in ["&", "<", ">", "\"", "'", "\0", "\u{7F}", "\u{1}", "\t", "\n"] {
            for offset in 0..<24 {
                let text = String(repeating: "a", count: offset) + special + String(repeating: "論", count: 5)
                let expected = String(repeating: "a", count: offset) + HTMLEscaping.escape(special) + String(repeating: "論", count: 5)
                #expect(HTMLEscaping.escape(text) == expected, "\(special.debugDescription) at \(offset)")
            }
        }
    }

    @Test func appendsAfterWhatTheBufferHolds() {
        var bytes = Array("<p>".utf8)
        HTMLEscaping.append("a<b", to: &bytes)
        HTMLEscaping.append("", to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "<p>a&lt;b")
    }

    @Test func anchorsKeepOnlyIdentifierCharacters() {
        #expect(Anchor.id("s12") == "s12")
        #expect(Anchor.id("\" onload=\"x") == "__onload__x")
        #expect(Anchor.id("sec-2_b") == "sec-2_b")
        #expect(Anchor.id("") == "_")
        #expect(Anchor.id("s1\u{301}") == "s1_")
        #expect(Anchor.id("文1") == "_1")
    }
}
