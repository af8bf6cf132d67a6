/// How a sentence opens and ends, tested against the builder's word lists
/// by bytes but decided exactly as `String.hasPrefix` / `hasSuffix` decide.
///
/// Those compare Characters under canonical equivalence, which walks
/// grapheme clusters and normalises them; profiling showed the walk a
/// sizeable part of the argument builder. Byte equality gives the same
/// answer whenever every scalar near the compared end is "plain": in NFC,
/// of combining class 0, and never joined to its neighbour in one cluster
/// (ASCII and Latin-1, common punctuation, kana without the combining
/// sound marks, CJK ideographs, full-width forms). Then each scalar is a
/// Character of its own, equal only to itself. Anything else near the end
/// (a combining mark, decomposed が, a compatibility ideograph, an emoji
/// sequence) falls back to the String method.
enum SentenceEnds {
    /// `words.contains { text.hasPrefix($0) }`.
    static func starts(_ text: String, withAnyOf words: [StaticString]) -> Bool {
        var native = text
        return native.withUTF8 { bytes in
            let plain = plainHead(bytes, upTo: longest(words) + 4)
            return words.contains { literal in
                let word = buffer(literal)
                guard plain >= min(bytes.count, word.count + 4) else { return text.hasPrefix(String(describing: literal)) }
                return word.count <= bytes.count && equal(bytes, at: 0, word, ignoringCase: false)
            }
        }
    }

    /// `words.contains { text.hasSuffix($0) }`.
    static func ends(_ text: String, withAnyOf words: [StaticString]) -> Bool {
        var native = text
        return native.withUTF8 { bytes in
            // Wide enough to take in the scalar before a suffix, which must
            // not join the suffix's first one in a cluster.
            let plain = plainTail(bytes, upTo: longest(words) + 4)
            return words.contains { literal in
                let word = buffer(literal)
                guard plain >= min(bytes.count, word.count + 4) else { return text.hasSuffix(String(describing: literal)) }
                return word.count <= bytes.count && equal(bytes, at: bytes.count - word.count, word, ignoringCase: false)
            }
        }
    }

    /// `words.contains { String(text.prefix(16)).lowercased().hasPrefix($0) }`
    /// for words of at most 16 Characters written in lower case. Lower-casing
    /// a plain scalar gives an ASCII letter only from an ASCII capital (İ
    /// gives "i" and a combining dot, a Character unequal to "i" either way).
    static func startsIgnoringCase(_ text: String, withAnyOf words: [StaticString]) -> Bool {
        var native = text
        return native.withUTF8 { bytes in
            let plain = plainHead(bytes, upTo: longest(words) + 4)
            return words.contains { literal in
                let word = buffer(literal)
                guard plain >= min(bytes.count, word.count + 4) else {
                    return String(text.prefix(16)).lowercased().hasPrefix(String(describing: literal))
                }
                return word.count <= bytes.count && equal(bytes, at: 0, word, ignoringCase: true)
            }
        }
    }

    /// `text.lowercased()` contains " not ", "n't " or " no longer ": lower
    /// case ASCII without i or k, the only ASCII letters lower-casing makes
    /// from other scalars (İ, the Kelvin sign), so ASCII folding is exact.
    /// One pass over the bytes: a word is tried only where it can start.
    static func hasNegation(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let n = bytes.count
            for i in 0..<n {
                let byte = bytes[i]
                if byte == 0x20 {
                    if i + 5 <= n, equal(bytes, at: i, buffer(" not "), ignoringCase: true) { return true }
                    if i + 11 <= n, equal(bytes, at: i, buffer(" no longer "), ignoringCase: true) { return true }
                } else if byte | 0x20 == UInt8(ascii: "n"), i + 4 <= n, equal(bytes, at: i, buffer("n't "), ignoringCase: true) {
                    return true
                }
            }
            return false
        }
    }

    /// Whether `text` has fewer than `limit` Characters, counting no further.
    /// Over plain scalars each is a Character but CR LF, so the scalars of
    /// the plain head are counted first; breaking clusters costs far more.
    static func isShorter(_ text: String, than limit: Int) -> Bool {
        if text.utf8.count < limit { return true }
        var native = text
        let decided: Bool? = native.withUTF8 { bytes in
            // Plain scalars are counted as they are read, and the reading
            // stops at the limit: the first `limit` Characters, if plain, lie
            // within the head the count used to measure first.
            var characters = 0
            var i = 0
            while i < bytes.count {
                guard let length = plainScalar(bytes, at: i) else { return nil }
                if !(bytes[i] == 0x0A && i > 0 && bytes[i - 1] == 0x0D) {
                    characters += 1
                    if characters >= limit { return false }
                }
                i += length
            }
            // The whole text was plain and counted.
            return true
        }
        if let decided { return decided }
        var count = 0
        for _ in text {
            count += 1
            if count >= limit { return false }
        }
        return true
    }

    // MARK: Bytes

    private static func buffer(_ literal: StaticString) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
    }

    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ word: UnsafeBufferPointer<UInt8>,
                              ignoringCase: Bool) -> Bool {
        for k in 0..<word.count {
            let byte = bytes[start + k]
            let expected = word[k]
            if byte == expected { continue }
            // Only ASCII letters fold; the word is written in lower case.
            if ignoringCase, expected >= 0x61, expected <= 0x7A, byte == expected - 0x20 { continue }
            return false
        }
        return true
    }

    private static func longest(_ words: [StaticString]) -> Int {
        words.reduce(0) { max($0, $1.utf8CodeUnitCount) }
    }

    /// How many bytes from the start are whole plain scalars, counting to
    /// `limit` at least (or the end): a scalar is taken whole once it starts
    /// before `limit`.
    static func plainHead(_ bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> Int {
        var i = 0
        while i < limit, i < bytes.count {
            guard let length = plainScalar(bytes, at: i) else { return i }
            i += length
        }
        return i
    }

    /// How many bytes before the end are whole plain scalars, counting to
    /// `limit` at least (or the start).
    static func plainTail(_ bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> Int {
        var end = bytes.count
        while bytes.count - end < limit, end > 0 {
            var start = end - 1
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            guard plainScalar(bytes, at: start) != nil else { break }
            end = start
        }
        return bytes.count - end
    }

    /// The length of the scalar at `i` if it is plain.
    @inline(__always)
    private static func plainScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let lead = bytes[i]
        if lead < 0x80 { return 1 }
        // The text is a String, so its UTF-8 is valid and each scalar whole.
        if lead & 0xE0 == 0xC0 {
            let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            return isPlain(value) ? 2 : nil
        }
        if lead & 0xF0 == 0xE0 {
            let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            return isPlain(value) ? 3 : nil
        }
        // Four-byte scalars (emoji, rare ideographs) are left to String.
        return nil
    }

    /// NFC, combining class 0, not a grapheme extender, spacing mark or
    /// prepended concatenation mark, and no Hangul jamo or regional indicator.
    static func isPlain(_ v: UInt32) -> Bool {
        switch v {
        case 0..<0x300: return true                 // ASCII, Latin-1, Latin Extended
        case 0x2010...0x2027, 0x2030...0x205E: return true // dashes, quotes, bullets, ‰, ※
        case 0x3000...0x3029, 0x3030...0x3098: return true // CJK punctuation, hiragana
        case 0x309B...0x30FF: return true           // spacing sound marks, katakana
        case 0x4E00...0x9FFF: return true           // CJK unified ideographs
        case 0xFF01...0xFF9D: return true           // full-width forms, half-width katakana
        default: return false
        }
    }
}
