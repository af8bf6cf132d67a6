/// Hand decoding of UTF-8 at a byte offset, so the segmenter can walk bytes
/// forwards and peek a few scalars either way without building Strings.
/// Malformed bytes read as U+FFFD, one byte long, so every scan still advances.
extension UnsafeBufferPointer<UInt8> {
    /// The scalar that starts at `i` and its length in bytes.
    @inline(__always)
    func scalar(at i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(self[i])
        if b0 < 0x80 { return (b0, 1) }
        let n = count
        if b0 >= 0xC2, b0 < 0xE0, i + 1 < n, self[i + 1] & 0xC0 == 0x80 {
            return ((b0 & 0x1F) << 6 | UInt32(self[i + 1] & 0x3F), 2)
        }
        if b0 >= 0xE0, b0 < 0xF0, i + 2 < n, self[i + 1] & 0xC0 == 0x80, self[i + 2] & 0xC0 == 0x80 {
            let v = (b0 & 0x0F) << 12 | UInt32(self[i + 1] & 0x3F) << 6 | UInt32(self[i + 2] & 0x3F)
            return (v, 3)
        }
        if b0 >= 0xF0, b0 < 0xF5, i + 3 < n, self[i + 1] & 0xC0 == 0x80, self[i + 2] & 0xC0 == 0x80,
           self[i + 3] & 0xC0 == 0x80 {
            let v = (b0 & 0x07) << 18 | UInt32(self[i + 1] & 0x3F) << 12
                | UInt32(self[i + 2] & 0x3F) << 6 | UInt32(self[i + 3] & 0x3F)
            return (v, 4)
        }
        return (0xFFFD, 1)
    }

    /// The scalar that ends just before `i` and the offset where it starts;
    /// (0, i) at the start of the buffer.
    func scalar(before i: Int) -> (value: UInt32, start: Int) {
        guard i > 0 else { return (0, i) }
        var s = i - 1
        // At most three continuation bytes precede a lead byte.
        while s > 0, i - s < 4, self[s] & 0xC0 == 0x80 { s -= 1 }
        let (v, len) = scalar(at: s)
        if s + len == i { return (v, s) }
        return (0xFFFD, i - 1)
    }

    /// Whitespace that separates words or lines, and its length: ASCII
    /// spaces and controls, no-break space and the ideographic space.
    @inline(__always)
    func whitespaceLength(at i: Int) -> Int {
        switch self[i] {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return 1
        case 0xC2 where i + 1 < count && self[i + 1] == 0xA0: return 2
        case 0xE3 where i + 2 < count && self[i + 1] == 0x80 && self[i + 2] == 0x80: return 3
        default: return 0
        }
    }

    /// Whether the byte before `i` ends a stretch of whitespace.
    func followsWhitespace(_ i: Int) -> Bool {
        guard i > 0 else { return false }
        switch self[i - 1] {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return true
        case 0xA0: return i >= 2 && self[i - 2] == 0xC2
        case 0x80: return i >= 3 && self[i - 3] == 0xE3 && self[i - 2] == 0x80
        default: return false
        }
    }
}

extension UInt8 {
    var isASCIILetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }
    var isASCIIUpper: Bool { self >= 0x41 && self <= 0x5A }
    var isASCIILower: Bool { self >= 0x61 && self <= 0x7A }
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
    var isASCIIAlphanumeric: Bool { isASCIILetter || isASCIIDigit }
    var isLineBreak: Bool { self == 0x0A || self == 0x0D }
}
