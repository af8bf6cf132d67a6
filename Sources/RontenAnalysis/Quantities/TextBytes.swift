/// The UTF-8 bytes of one sentence, read by hand: scalars are decoded where
/// they are needed and words are compared against `StaticString`s in place,
/// so scanning allocates nothing per character.
///
/// Only valid inside the `withContiguousStorageIfAvailable` call that made it.
struct TextBytes {
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }

    /// The byte at `i`, or 0 outside the text (0 never occurs in words we look for).
    func byte(_ i: Int) -> UInt8 { i >= 0 && i < bytes.count ? bytes[i] : 0 }

    /// The scalar starting at `i` and its length in bytes (0, 0 at the end).
    @inline(__always)
    func scalar(at i: Int) -> (value: UInt32, length: Int) {
        guard i < bytes.count else { return (0, 0) }
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0, i + 1 < bytes.count {
            return ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2)
        }
        if b0 < 0xF0, i + 2 < bytes.count {
            return ((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        if i + 3 < bytes.count {
            return ((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                    | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// The scalar that ends just before `i`, and where it starts.
    func scalar(before i: Int) -> (value: UInt32, start: Int)? {
        guard i > 0 else { return nil }
        var s = i - 1
        while s > 0, bytes[s] & 0xC0 == 0x80, i - s < 4 { s -= 1 }
        return (scalar(at: s).value, s)
    }

    /// Whether the bytes at `i` are exactly `word`.
    func has(_ word: StaticString, at i: Int) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i >= 0, i + n <= bytes.count else { return false }
        let w = word.utf8Start
        for k in 0..<n where bytes[i + k] != w[k] { return false }
        return true
    }

    /// Whether the bytes just before `i` are exactly `word`.
    func has(_ word: StaticString, endingAt i: Int) -> Bool {
        has(word, at: i - word.utf8CodeUnitCount)
    }

    /// Whether the English word `word` (lowercase) is at `i`, ignoring ASCII case,
    /// and not followed by another letter.
    func hasWord(_ word: StaticString, at i: Int) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i >= 0, i + n <= bytes.count else { return false }
        let w = word.utf8Start
        for k in 0..<n where Self.lower(bytes[i + k]) != w[k] { return false }
        return !Self.isLetter(byte(i + n))
    }

    /// Whether the English word `word` ends just before `i`, preceded by no letter.
    func hasWord(_ word: StaticString, endingAt i: Int) -> Bool {
        let s = i - word.utf8CodeUnitCount
        guard s >= 0, !Self.isLetter(byte(s - 1)) else { return false }
        let w = word.utf8Start
        for k in 0..<word.utf8CodeUnitCount where Self.lower(bytes[s + k]) != w[k] { return false }
        return true
    }

    /// The end of the run of ASCII spaces (and no-break spaces) starting at `i`.
    func skipSpaces(from i: Int) -> Int {
        var j = i
        while j < bytes.count {
            if bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1; continue }
            if bytes[j] == 0xC2, byte(j + 1) == 0xA0 { j += 2; continue }
            break
        }
        return j
    }

    /// The start of the run of spaces ending at `i`.
    func skipSpaces(before i: Int) -> Int {
        var j = i
        while j > 0, bytes[j - 1] == 0x20 || bytes[j - 1] == 0x09 { j -= 1 }
        return j
    }

    /// The end of the run of ASCII letters starting at `i`.
    func letterRun(from i: Int) -> Int {
        var j = i
        while j < bytes.count, Self.isLetter(bytes[j]) { j += 1 }
        return j
    }

    /// The end of the run of ASCII letters, digits and word-inner joiners
    /// (`-`, `_`, `.` between alphanumerics) starting at `i`: an identifier
    /// such as SE-0001, GPT-4o or v1.2.3.
    func identifierRun(from i: Int) -> Int {
        var j = i
        while j < bytes.count {
            let c = bytes[j]
            if Self.isLetter(c) || Self.isDigit(c) { j += 1; continue }
            if c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: ".") {
                let next = byte(j + 1)
                if Self.isLetter(next) || Self.isDigit(next) { j += 1; continue }
            }
            break
        }
        return j
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// A lowercase ASCII word as a String; short words stay in the small-string
    /// representation, so the lookup does not allocate. Nil for a range that
    /// runs past the text: "Q3 x" asks whether "x" and the byte after the
    /// sentence spell "fy", and reading that byte was out of bounds.
    func lowercaseWord(_ range: Range<Int>) -> String? {
        guard range.count <= 15, range.lowerBound >= 0, range.upperBound <= bytes.count else { return nil }
        // Words are ASCII: their lowered bytes written at once, where
        // appending scalar by scalar went through the string's generic steps.
        var ascii = true
        for k in range where bytes[k] >= 0x80 { ascii = false; break }
        guard ascii else {
            var s = ""
            for k in range { s.unicodeScalars.append(Unicode.Scalar(Self.lower(bytes[k]))) }
            return s
        }
        return String(unsafeUninitializedCapacity: range.count) { out in
            for k in range { out[k - range.lowerBound] = Self.lower(bytes[k]) }
            return range.count
        }
    }

    /// A lowercase ASCII word of up to 12 letters packed into an integer, five
    /// bits a letter: a hash key that costs no String for the word.
    func wordKey(_ range: Range<Int>) -> UInt64? {
        // Its callers pass letter runs; checked anyway, as lowercaseWord is.
        guard range.count <= 12, range.lowerBound >= 0, range.upperBound <= bytes.count else { return nil }
        var key: UInt64 = 0
        for k in range { key = key << 5 | UInt64(Self.lower(bytes[k]) & 0x1F) }
        return key
    }

    static func wordKey(_ word: String) -> UInt64 {
        word.utf8.reduce(0) { $0 << 5 | UInt64($1 & 0x1F) }
    }

    static func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
    static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
}

/// Character classes of the scalars that make up Japanese numerals.
enum NumeralScalar {
    /// ASCII or full-width digit value.
    static func digit(_ s: UInt32) -> Int? {
        if s >= 0x30 && s <= 0x39 { return Int(s - 0x30) }
        if s >= 0xFF10 && s <= 0xFF19 { return Int(s - 0xFF10) }
        return nil
    }

    /// 〇 一 二 … 九 (and 零).
    static func kanjiDigit(_ s: UInt32) -> Int? {
        switch s {
        case 0x3007, 0x96F6: return 0
        case 0x4E00: return 1
        case 0x4E8C: return 2
        case 0x4E09: return 3
        case 0x56DB: return 4
        case 0x4E94: return 5
        case 0x516D: return 6
        case 0x4E03: return 7
        case 0x516B: return 8
        case 0x4E5D: return 9
        default: return nil
        }
    }

    /// 十 百 千 as powers of ten.
    static func smallMultiplier(_ s: UInt32) -> Int? {
        switch s {
        case 0x5341: return 1
        case 0x767E: return 2
        case 0x5343: return 3
        default: return nil
        }
    }

    /// 万 億 兆 京 as powers of ten.
    static func largeMultiplier(_ s: UInt32) -> Int? {
        switch s {
        case 0x4E07, 0x842C: return 4
        case 0x5104: return 8
        case 0x5146: return 12
        case 0x4EAC: return 16
        default: return nil
        }
    }

    /// 数 幾 何: a placeholder for an unknown digit (数百万, 何十億).
    static func isPlaceholder(_ s: UInt32) -> Bool { s == 0x6570 || s == 0x5E7E || s == 0x4F55 }

    static func isKanji(_ s: UInt32) -> Bool {
        (s >= 0x4E00 && s <= 0x9FFF) || (s >= 0x3400 && s <= 0x4DBF) || s == 0x3005
    }

    static func isNumeralKanji(_ s: UInt32) -> Bool {
        kanjiDigit(s) != nil || smallMultiplier(s) != nil || largeMultiplier(s) != nil
    }

    /// Range dashes and waves: ~ 〜 ～ ‐ ‑ – — － (ASCII '-' is handled apart).
    static func isRangeDash(_ s: UInt32) -> Bool {
        switch s {
        case 0x7E, 0x301C, 0xFF5E, 0x2010, 0x2011, 0x2013, 0x2014, 0xFF0D: return true
        default: return false
        }
    }
}
