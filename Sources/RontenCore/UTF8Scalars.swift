/// Counting Unicode scalars in valid UTF-8 without decoding them: a byte
/// starts a scalar unless it is a continuation byte, 10xxxxxx.
public enum UTF8Scalars {
    /// How many of the eight bytes of `word` start a scalar.
    @inlinable
    public static func starts(in word: UInt64) -> Int {
        8 - (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
    }

    /// Where the first `limit` scalars of `bytes` end; nil when it holds no
    /// more than that. Eight bytes at a time while the scalars starting in
    /// them all come before the cut.
    public static func cut(_ bytes: UnsafeBufferPointer<UInt8>, after limit: Int) -> Int? {
        guard bytes.count > limit, let start = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(start)
        var count = 0
        var i = 0
        while i + 8 <= bytes.count {
            let starts = starts(in: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            if count + starts > limit { break }
            count += starts
            i += 8
        }
        while i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 {
                if count == limit { return i }
                count += 1
            }
            i += 1
        }
        return nil
    }
}
