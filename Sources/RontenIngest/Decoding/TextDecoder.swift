import Glibc
import RontenCore

/// Bytes → text: finds the encoding without any declaration and keeps, for
/// every decoded character, the offset of the bytes it came from.
///
/// Order of trial: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise valid
/// UTF-8 wins, then EUC-JP, then Shift_JIS (CP932). Japanese text in
/// Shift_JIS almost always has lead bytes 0x81–0x9F, which EUC-JP never
/// uses, so the two rarely both fit; when they do, EUC-JP is the likelier
/// reading (its bytes read as Shift_JIS are mostly half-width katakana).
public enum TextDecoder {
    public static func decode(_ bytes: [UInt8], path: String) throws(IngestError) -> SourceText {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes[3...])
            let scan = body.withUnsafeBufferPointer { Self.scanUTF8($0) }
            if let bad = scan.invalid {
                throw IngestError(path: path, reason: .invalidEncoding(offset: bad + 3, encoding: "UTF-8"))
            }
            if let control = [scan.nul, scan.control].compactMap({ $0 }).min() {
                throw IngestError(path: path, reason: .binary(offset: control + 3, byte: body[control]))
            }
            return SourceText(utf8: body, encoding: .utf8BOM, origin: .shift(3))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let text = try decodeUTF16(bytes, bigEndian: bytes[0] == 0xFE, path: path)
            try rejectControlBytes(text.utf8, path: path, origin: text.origin)
            return text
        }
        let scan = bytes.withUnsafeBufferPointer { Self.scanUTF8($0) }
        if let nul = scan.nul ?? (scan.invalid == nil ? nil : bytes.firstIndex(of: 0)) {
            throw IngestError(path: path, reason: .binary(offset: nul, byte: 0))
        }
        guard let badUTF8 = scan.invalid else {
            if let control = scan.control {
                throw IngestError(path: path, reason: .binary(offset: control, byte: bytes[control]))
            }
            return SourceText(utf8: bytes, encoding: .utf8, origin: .shift(0))
        }
        for candidate in [LegacyEncoding.eucJP, .shiftJIS] where candidate.fits(bytes) {
            if let text = candidate.decode(bytes) {
                try rejectControlBytes(text.utf8, path: path, origin: text.origin)
                return text
            }
        }
        throw IngestError(path: path, reason: .invalidEncoding(offset: badUTF8, encoding: "UTF-8"))
    }

    /// What one pass over presumed UTF-8 finds: the first byte that does
    /// not begin a valid sequence, and before it the first NUL and the first
    /// other forbidden control byte. Eight bytes of plain printable ASCII
    /// (most of any article, English or the markup of Japanese) cost one
    /// word test; three separate passes had cost 11 % of ingesting.
    static func scanUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> (invalid: Int?, nul: Int?, control: Int?) {
        guard let start = bytes.baseAddress else { return (nil, nil, nil) }
        let raw = UnsafeRawPointer(start)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var nul: Int?
        var control: Int?
        var i = 0
        let n = bytes.count
        while i < n {
            if i + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                // No byte ≥ 0x80, none below 0x20 and none 0x7F (0x7F + 1 carries into the high bit).
                let below20 = (word &- ones &* 0x20) & ~word
                if (word | below20 | (word &+ ones)) & highs == 0 {
                    i += 8
                    continue
                }
            }
            let b = bytes[i]
            if b < 0x80 {
                if isForbiddenControl(b) {
                    if b == 0 { if nul == nil { nul = i } } else if control == nil { control = i }
                }
                i += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return (i, nul, control)
            }
            guard i + length <= n else { return (i, nul, control) }
            let second = bytes[i + 1]
            guard second >= low, second <= high else { return (i, nul, control) }
            var k = 2
            while k < length {
                guard bytes[i + k] & 0xC0 == 0x80 else { return (i, nul, control) }
                k += 1
            }
            i += length
        }
        return (nil, nul, control)
    }

    /// Text files hold no C0 control bytes but tab, line ends, VT and FF.
    private static func isForbiddenControl(_ b: UInt8) -> Bool {
        (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0B && b != 0x0C && b != 0x0D) || b == 0x7F
    }

    private static func rejectControlBytes(_ utf8: [UInt8], path: String, origin: OffsetMap) throws(IngestError) {
        if let i = utf8.firstIndex(where: isForbiddenControl) {
            throw IngestError(path: path, reason: .binary(offset: origin.original(i), byte: utf8[i]))
        }
    }

    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool, path: String) throws(IngestError) -> SourceText {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 3 / 2)
        var decodedStarts: [Int32] = []
        var originalStarts: [Int32] = []
        var i = 2
        func unit(at j: Int) -> UInt32 {
            bigEndian ? UInt32(bytes[j]) << 8 | UInt32(bytes[j + 1]) : UInt32(bytes[j + 1]) << 8 | UInt32(bytes[j])
        }
        while i + 1 < bytes.count {
            let start = i
            var scalar = unit(at: i)
            i += 2
            if scalar >= 0xD800, scalar <= 0xDBFF {
                guard i + 1 < bytes.count else {
                    throw IngestError(path: path, reason: .invalidEncoding(offset: start, encoding: "UTF-16"))
                }
                let low = unit(at: i)
                guard low >= 0xDC00, low <= 0xDFFF else {
                    throw IngestError(path: path, reason: .invalidEncoding(offset: start, encoding: "UTF-16"))
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                i += 2
            } else if scalar >= 0xDC00, scalar <= 0xDFFF {
                throw IngestError(path: path, reason: .invalidEncoding(offset: start, encoding: "UTF-16"))
            }
            if scalar == 0 { throw IngestError(path: path, reason: .binary(offset: start, byte: 0)) }
            decodedStarts.append(Int32(out.count))
            originalStarts.append(Int32(start))
            appendUTF8(Unicode.Scalar(scalar)!, to: &out)
        }
        if i < bytes.count {
            throw IngestError(path: path, reason: .invalidEncoding(offset: i, encoding: "UTF-16"))
        }
        decodedStarts.append(Int32(out.count))
        originalStarts.append(Int32(bytes.count))
        return SourceText(utf8: out, encoding: bigEndian ? .utf16BE : .utf16LE,
                          origin: .table(decoded: decodedStarts, original: originalStarts))
    }

    static func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let v = scalar.value
        switch v {
        case 0..<0x80:
            out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
