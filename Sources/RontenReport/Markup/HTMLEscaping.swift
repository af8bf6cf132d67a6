/// The one function that puts text into Ronten's own HTML and SVG.
///
/// Every piece of article-derived text inside markup Ronten writes itself
/// (node labels of the argument map, attribute values) passes through here.
/// It escapes the five characters that can end a text run or an attribute
/// value in HTML and XML: `&`, `<`, `>`, `"` and `'`. With those five gone,
/// text can neither open a tag, close the attribute it sits in, nor start an
/// entity, whatever the context (element content or a quoted attribute).
/// NUL, which HTML parsers replace or reject, becomes U+FFFD, and other C0
/// controls but tab and line breaks, which XML (the SVG) forbids, become a
/// space.
public enum HTMLEscaping {
    public static func append(_ text: String, to bytes: inout [UInt8]) {
        var native = text
        native.withUTF8 { source in
            // No reserveCapacity here: it grows to exactly what is asked, so
            // a map built from thousands of calls would be copied on each.
            // Most text needs nothing: copy each run between special bytes whole.
            guard let start = source.baseAddress else { return }
            let raw = UnsafeRawPointer(start)
            var run = 0
            var i = 0
            while i < source.count {
                // Eight bytes at a time while none can need work.
                if i + 8 <= source.count, isPlain(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    i += 8
                    continue
                }
                let byte = source[i]
                i += 1
                guard isSpecial(byte) else { continue }
                let at = i - 1
                if run < at { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[run..<at])) }
                run = i
                switch byte {
                case UInt8(ascii: "&"): bytes.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B]) // &amp;
                case UInt8(ascii: "<"): bytes.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B]) // &lt;
                case UInt8(ascii: ">"): bytes.append(contentsOf: [0x26, 0x67, 0x74, 0x3B]) // &gt;
                case UInt8(ascii: "\""): bytes.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]) // &quot;
                case UInt8(ascii: "'"): bytes.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B]) // &#39;
                case 0: bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
                default: bytes.append(0x20) // other C0 controls and DEL
                }
            }
            if run < source.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[run...])) }
        }
    }

    /// Whether none of eight bytes is below 0x20, `"`, `&`, `'`, `<`, `>` or
    /// DEL: the "has a zero byte" bit trick, exact about whether one is.
    /// (Tab and line breaks stop the word scan but are then let through.)
    @inline(__always)
    static func isPlain(_ v: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let below20 = (v &- ones &* 0x20) & ~v & highs
        let marks = hasZero(v ^ (ones &* 0x22)) | hasZero(v ^ (ones &* 0x26)) | hasZero(v ^ (ones &* 0x27))
            | hasZero(v ^ (ones &* 0x3C)) | hasZero(v ^ (ones &* 0x3E)) | hasZero(v ^ (ones &* 0x7F))
        return below20 | marks == 0
    }

    /// The five markup characters, NUL, DEL and C0 controls but tab, LF and CR.
    @inline(__always)
    static func isSpecial(_ byte: UInt8) -> Bool {
        if byte >= 0x40 { return byte == 0x7F }
        // Bit n set: byte n needs work (0x00–0x1F but 09 0A 0D, then " & ' < >).
        let special: UInt64 = 0x5000_00C4_FFFF_D9FF
        return special >> UInt64(byte) & 1 != 0
    }

    public static func escape(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
