/// HTML that Ronten wrote itself: only string literals and text passed
/// through `HTMLEscaping`, so article text can never become markup here.
struct Markup {
    private(set) var bytes: [UInt8]

    static let empty = Markup(bytes: [])

    init(_ literal: StaticString) {
        bytes = Array(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    init(_ build: (inout MarkupWriter) -> Void) {
        var writer = MarkupWriter()
        build(&writer)
        bytes = writer.bytes
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    func withCString<R>(_ body: (UnsafePointer<CChar>) -> R) -> R {
        var terminated = bytes
        terminated.append(0)
        return terminated.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { body($0) }
        }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// Appends markup to a byte buffer: literals as they are, everything else escaped.
struct MarkupWriter {
    var bytes: [UInt8]

    /// Room for a tag and its attributes, so small markup grows once at most.
    init() {
        bytes = []
        bytes.reserveCapacity(96)
    }

    mutating func raw(_ literal: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    mutating func text(_ text: String) { HTMLEscaping.append(text, to: &bytes) }

    /// ` name="value"`, the value escaped.
    mutating func attribute(_ name: StaticString, _ value: String) {
        raw(" ")
        raw(name)
        raw("=\"")
        text(value)
        raw("\"")
    }

    /// Decimal digits as `String(value)` writes them, without making a String
    /// (a map writes a dozen numbers a node).
    mutating func int(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var at = buffer.count
            repeat {
                at -= 1
                buffer[at] = 0x30 + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[at...]))
        }
    }

    /// A coordinate with at most one decimal, so the SVG stays small and stable.
    mutating func number(_ value: Double) {
        let tenths = Int((value * 10).rounded())
        if tenths % 10 == 0 {
            int(tenths / 10)
        } else {
            if tenths < 0 && tenths > -10 { bytes.append(UInt8(ascii: "-")) }
            int(tenths / 10)
            bytes.append(UInt8(ascii: "."))
            int(abs(tenths % 10))
        }
    }

    mutating func append(_ markup: Markup) { bytes.append(contentsOf: markup.bytes) }
}

/// An `id` or fragment Ronten writes: sentence ids are `s12`, but a model
/// read from JSON could hold anything, so only letters, digits, `-` and `_` pass.
enum Anchor {
    static func id(_ raw: String) -> String {
        // Ids Ronten made itself (s12, c3, sec2) pass as they are.
        var native = raw
        let clean = native.withUTF8 { bytes in
            !bytes.isEmpty && bytes.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                     UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"): return true
                default: return false
                }
            }
        }
        if clean { return raw }
        var out = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": out.append(scalar)
            default: out.append("_")
            }
        }
        return out.isEmpty ? "_" : String(out)
    }
}
