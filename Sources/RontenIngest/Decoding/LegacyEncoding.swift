import Glibc
import RontenCore

/// The two legacy Japanese encodings, recognised by their byte structure and
/// decoded one character at a time through iconv, so that every character
/// keeps the offset of its original bytes.
enum LegacyEncoding {
    case shiftJIS
    case eucJP

    private var iconvName: String {
        switch self {
        case .shiftJIS: return "CP932"
        case .eucJP: return "EUC-JP"
        }
    }

    private var encoding: TextEncoding {
        switch self {
        case .shiftJIS: return .shiftJIS
        case .eucJP: return .eucJP
        }
    }

    /// The length of the character starting at `i`, or nil when the bytes
    /// there cannot start one in this encoding.
    func characterLength(_ bytes: [UInt8], at i: Int) -> Int? {
        let b = bytes[i]
        let remaining = bytes.count - i
        switch self {
        case .shiftJIS:
            if b < 0x80 || (b >= 0xA1 && b <= 0xDF) { return 1 }
            guard (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC), remaining >= 2 else { return nil }
            let t = bytes[i + 1]
            return (t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFC) ? 2 : nil
        case .eucJP:
            if b < 0x80 { return 1 }
            if b == 0x8E {
                guard remaining >= 2, bytes[i + 1] >= 0xA1, bytes[i + 1] <= 0xDF else { return nil }
                return 2
            }
            if b == 0x8F {
                guard remaining >= 3, (0xA1...0xFE).contains(bytes[i + 1]), (0xA1...0xFE).contains(bytes[i + 2]) else { return nil }
                return 3
            }
            guard b >= 0xA1, b <= 0xFE, remaining >= 2, bytes[i + 1] >= 0xA1, bytes[i + 1] <= 0xFE else { return nil }
            return 2
        }
    }

    /// Whether every byte belongs to a well-formed character.
    func fits(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i < bytes.count {
            guard let length = characterLength(bytes, at: i) else { return false }
            i += length
        }
        return true
    }

    /// Decodes a text that `fits`; nil when iconv knows no character for some
    /// well-formed code (an unassigned code point).
    func decode(_ bytes: [UInt8]) -> SourceText? {
        let converter = iconv_open("UTF-8", iconvName)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }

        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 3 / 2)
        var decodedStarts: [Int32] = []
        var originalStarts: [Int32] = []
        decodedStarts.reserveCapacity(bytes.count)
        originalStarts.reserveCapacity(bytes.count)
        var scratch = [UInt8](repeating: 0, count: 16)
        var input = bytes
        var i = 0
        let ok = input.withUnsafeMutableBufferPointer { source -> Bool in
            scratch.withUnsafeMutableBufferPointer { target -> Bool in
                while i < bytes.count {
                    let length = characterLength(bytes, at: i)!
                    decodedStarts.append(Int32(out.count))
                    originalStarts.append(Int32(i))
                    if bytes[i] < 0x80 {
                        out.append(bytes[i])
                        i += 1
                        continue
                    }
                    var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(source.baseAddress! + i)
                        .assumingMemoryBound(to: CChar.self)
                    var inLeft = length
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(target.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = target.count
                    if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) == -1 || inLeft != 0 {
                        return false
                    }
                    out.append(contentsOf: target[0..<(target.count - outLeft)])
                    i += length
                }
                return true
            }
        }
        guard ok else { return nil }
        decodedStarts.append(Int32(out.count))
        originalStarts.append(Int32(bytes.count))
        return SourceText(utf8: out, encoding: encoding, origin: .table(decoded: decodedStarts, original: originalStarts))
    }
}
