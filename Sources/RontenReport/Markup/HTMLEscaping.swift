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
            bytes.reserveCapacity(bytes.count + source.count)
            // Most text needs nothing: copy each run between special bytes whole.
            var run = 0
            for i in 0..<source.count {
                let byte = source[i]
                guard isSpecial(byte) else { continue }
                if run < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[run..<i])) }
                run = i + 1
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

    /// The five markup characters, NUL, DEL and C0 controls but tab, LF and CR.
    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
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
