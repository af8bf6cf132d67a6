/// The byte-level pieces every JSON writer of Ronten shares, so pretty JSON
/// has one layout and one escaping wherever it is written: `JSONStream`
/// (Codable values) and `check`'s machine formats both append through these.
/// (`JSONWriter`, which writes into its own raw buffer, scans eight bytes at
/// a time and is held to the same bytes by its tests.)
public enum JSONBytes {
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// `string` in double quotes, escaped as JSON requires, plus U+2028/2029
    /// so the output is also valid JavaScript; everything else as UTF-8.
    public static func appendString(_ string: String, to bytes: inout [UInt8]) {
        bytes.append(0x22)
        var string = string
        string.withUTF8 { appendEscaped($0, to: &bytes) }
        bytes.append(0x22)
    }

    /// The escaped bytes of `buffer`, without quotes; runs that need no
    /// escape are copied whole.
    public static func appendEscaped(_ buffer: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        var runStart = 0
        var i = 0
        let n = buffer.count
        while i < n {
            let b = buffer[i]
            let needsEscape = b < 0x20 || b == 0x22 || b == 0x5C
                || (b == 0xE2 && i + 2 < n && buffer[i + 1] == 0x80 && (buffer[i + 2] == 0xA8 || buffer[i + 2] == 0xA9))
            if !needsEscape { i += 1; continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<i]))
            switch b {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
            case 0x0D: bytes.append(0x5C); bytes.append(0x72)
            case 0x09: bytes.append(0x5C); bytes.append(0x74)
            case 0xE2:
                bytes.append(contentsOf: [0x5C, 0x75, 0x32, 0x30, 0x32, buffer[i + 2] == 0xA8 ? 0x38 : 0x39])
                i += 3
                runStart = i
                continue
            default:
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
            }
            i += 1
            runStart = i
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<n]))
    }

    /// `value` in decimal, without making a String for positive values.
    public static func appendInt(_ value: Int, to bytes: inout [UInt8]) {
        if value >= 0 && value < 10 { bytes.append(0x30 + UInt8(value)); return }
        guard value > 0 else { return bytes.append(contentsOf: String(value).utf8) }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 {
                count += 1
                buffer[24 - count] = 0x30 + UInt8(rest % 10)
                rest /= 10
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(24 - count)...]))
        }
    }

    /// Removes the line breaks and indentation written since `start`,
    /// keeping a space after each separator: how a small container of
    /// scalars goes on one line. Strings never hold a raw line break (it is
    /// escaped), so every 0x0A here is layout.
    public static func compact(_ bytes: inout [UInt8], from start: Int) {
        let end = bytes.count
        let kept = bytes.withUnsafeMutableBufferPointer { bytes -> Int in
            var write = start
            var read = start
            while read < end {
                let b = bytes[read]
                if b == 0x0A {
                    read += 1
                    while read < end, bytes[read] == 0x20 { read += 1 }
                    if write > start, bytes[write - 1] == 0x2C { bytes[write] = 0x20; write += 1 }
                    continue
                }
                bytes[write] = b
                write += 1
                read += 1
            }
            return write
        }
        bytes.removeSubrange(kept..<end)
    }
}
