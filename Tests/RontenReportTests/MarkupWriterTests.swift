import Testing
@testable import RontenReport

@Suite struct MarkupWriterTests {
    @Test func integersAreWrittenAsStringWritesThem() {
        for value in [0, 7, -7, 10, 99, 100, -100, 123_456_789, Int.max, Int.min] {
            #expect(Markup { $0.int(value) }.string == String(value))
        }
    }

    @Test func coordinatesKeepAtMostOneDecimal() {
        let cases: [(Double, String)] = [(0, "0"), (12, "12"), (12.25, "12.3"), (-0.4, "-0.4"), (-12.5, "-12.5"), (196.04, "196")]
        for (value, expected) in cases {
            #expect(Markup { $0.number(value) }.string == expected, "\(value)")
        }
    }

    /// The writer escapes into its own buffer as HTMLEscaping does into an array,
    /// across the eight-byte scan and the buffer's growth.
    @Test func textIsEscapedAsHTMLEscapingEscapesIt() {
        let pieces = ["", "plain", "a<b>&\"'c", "\0x\u{1}\t\n\r\u{7F}", "論点 <論> & 'q'", String(repeating: "長い文<", count: 200)]
        for text in pieces {
            var expected: [UInt8] = []
            HTMLEscaping.append(text, to: &expected)
            #expect(Markup { $0.text(text) }.bytes == expected, "\(text.debugDescription)")
        }
        let joined = Markup { out in for text in pieces { out.raw("|"); out.text(text) } }
        #expect(joined.string == pieces.map { "|" + HTMLEscaping.escape($0) }.joined())
    }
}
