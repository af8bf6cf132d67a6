import RontenCore
import Testing

struct UTF8ScalarsTests {
    /// The cut is found eight bytes at a time: every limit, over text whose
    /// scalars are one to four bytes long, falls where counting scalars one
    /// by one puts it.
    @Test func cutsWhereCountingScalarsOneByOneDoes() {
        let text = "ab論点é😀 c\u{301}、。x" + String(repeating: "議論a", count: 7) + "😀😀"
        var checked = 0
        for drop in 0..<4 {
            let bytes = Array(text.utf8.dropFirst(text.unicodeScalars.prefix(drop).reduce(0) { $0 + String($1).utf8.count }))
            let starts = bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 }
            for limit in 0...(starts.count + 2) {
                let expected: Int? = limit < starts.count ? starts[limit] : nil
                let found = bytes.withUnsafeBufferPointer { UTF8Scalars.cut($0, after: limit) }
                #expect(found == expected, "drop \(drop) limit \(limit)")
                checked += 1
            }
        }
        #expect(checked == 146) // 4 starting points, each with its scalar count plus 3 limits
    }

    @Test func countsTheScalarsAWordStarts() {
        let word = Array("aé論😀".utf8)  // 1 + 2 + 3 + 4 bytes: the first eight hold the lead byte of 😀 too, four starts
        #expect(word.withUnsafeBytes { UTF8Scalars.starts(in: $0.loadUnaligned(as: UInt64.self)) } == 4)
        #expect(UTF8Scalars.starts(in: 0x4141_4141_4141_4141) == 8)
    }
}
