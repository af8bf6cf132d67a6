/// Decoding of UTF-8 for the tokenizers, which need each scalar's byte length
/// to keep ranges exact and must get through malformed input.
enum TokenizerUTF8 {
    /// The scalar at `index` and its length in bytes; a malformed byte
    /// reads as U+FFFD of length one.
    @inline(__always)
    static func scalar(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = text[index]
        let length: Int
        let value: UInt32
        switch lead {
        case 0..<0x80: return (UInt32(lead), 1)
        case 0xC2..<0xE0: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0..<0xF0: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0..<0xF5: length = 4; value = UInt32(lead & 0x07)
        default: return (0xFFFD, 1)
        }
        guard index + length <= text.count else { return (0xFFFD, 1) }
        var scalar = value
        for offset in 1..<length {
            let byte = text[index + offset]
            guard byte & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        // Overlong forms and surrogates are malformed too.
        let minimum: UInt32 = length == 2 ? 0x80 : (length == 3 ? 0x800 : 0x10000)
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return (0xFFFD, 1) }
        return (scalar, length)
    }
}
