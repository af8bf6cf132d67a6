import Testing
@testable import RontenReport

@Suite struct MarkupWriterTests {
    @Test func integersAreWrittenAsStringWritesThem() {
        for value in [0, 7, -7, 10, 99, 100, -100, 123_456_789, Int.max, Int.min] {
            var out = MarkupWriter()
            out.int(value)
            #expect(String(decoding: out.bytes, as: UTF8.self) == String(value))
        }
    }

    @Test func coordinatesKeepAtMostOneDecimal() {
        let cases: [(Double, String)] = [(0, "0"), (12, "12"), (12.25, "12.3"), (-0.4, "-0.4"), (-12.5, "-12.5"), (196.04, "196")]
        for (value, expected) in cases {
            var out = MarkupWriter()
            out.number(value)
            #expect(String(decoding: out.bytes, as: UTF8.self) == expected, "\(value)")
        }
    }
}
