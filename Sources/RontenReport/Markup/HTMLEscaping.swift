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
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B]) // &amp;
            case UInt8(ascii: "<"): bytes.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B]) // &lt;
            case UInt8(ascii: ">"): bytes.append(contentsOf: [0x26, 0x67, 0x74, 0x3B]) // &gt;
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]) // &quot;
            case UInt8(ascii: "'"): bytes.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B]) // &#39;
            case 0: bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
            case 0x09, 0x0A, 0x0D: bytes.append(byte)
            case 0x01...0x1F, 0x7F: bytes.append(0x20)
            default: bytes.append(byte)
            }
        }
    }

    public static func escape(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
