/// A short ASCII word packed into two integers, so that looking a word up in
/// the abbreviation and sentence-starter tables allocates nothing.
struct WordKey: Hashable, Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var length: UInt8 = 0

    static let capacity = 16

    /// The key of `bytes[range]`, lowercased if asked; nil when the word is
    /// too long to be in any table.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowercased: Bool) {
        guard range.count <= Self.capacity, !range.isEmpty else { return nil }
        var k: UInt64 = 0
        var i = range.lowerBound
        while i < range.upperBound {
            var b = bytes[i]
            if lowercased, b.isASCIIUpper { b |= 0x20 }
            if k < 8 { low |= UInt64(b) << (8 * k) } else { high |= UInt64(b) << (8 * (k - 8)) }
            k += 1; i += 1
        }
        length = UInt8(range.count)
    }

    /// The empty key, which no word has.
    init() {}

    var count: Int { Int(length) }

    /// The key's bits folded into one word, for ``WordKeySet``'s hash.
    @inline(__always)
    var mixed: UInt64 { (low ^ (high &* 0xFF51_AFD7_ED55_8CCD) ^ UInt64(length)) }

    init(_ word: String) {
        let utf8 = Array(word.utf8)
        let key = utf8.withUnsafeBufferPointer { WordKey($0, 0..<utf8.count, lowercased: false) }
        self = key!
    }
}
