import Foundation

/// HTML that Ronten wrote itself: only string literals and text passed
/// through `HTMLEscaping`, so article text can never become markup here.
struct Markup {
    private(set) var bytes: [UInt8]

    init(_ literal: StaticString) {
        bytes = Array(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    init(_ build: (inout MarkupWriter) -> Void) {
        var writer = MarkupWriter(storage: malloc(256)!, capacity: 256)
        build(&writer)
        bytes = Array(writer.written)
        free(writer.storage)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// Appends markup to a byte buffer: literals as they are, everything else escaped.
///
/// The buffer is raw memory its owner lends (a CMarkDocument's scratch
/// buffer, or `Markup`'s), grown with `realloc`: an append is a capacity
/// check and a copy, where Array's generic `append(contentsOf:)` cost about
/// a hundred instructions, and a map writes half a million pieces a corpus.
/// The owner takes `storage` back after writing, since growing moves it.
struct MarkupWriter {
    private(set) var storage: UnsafeMutableRawPointer
    private(set) var count = 0
    private(set) var capacity: Int

    init(storage: UnsafeMutableRawPointer, capacity: Int) {
        self.storage = storage
        self.capacity = capacity
    }

    var written: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: storage.assumingMemoryBound(to: UInt8.self), count: count)
    }

    @inline(__always)
    mutating func reserve(_ more: Int) {
        if capacity - count < more { grow(more) }
    }

    private mutating func grow(_ more: Int) {
        capacity = max(capacity * 2, count + more)
        guard let moved = realloc(storage, capacity) else { fatalError("out of memory for markup") }
        storage = moved
    }

    @inline(__always)
    mutating func put(_ source: UnsafeRawPointer, _ length: Int) {
        reserve(length)
        (storage + count).copyMemory(from: source, byteCount: length)
        count += length
    }

    @inline(__always)
    mutating func put(_ byte: UInt8) {
        reserve(1)
        (storage + count).storeBytes(of: byte, as: UInt8.self)
        count += 1
    }

    /// A NUL after the bytes, not counted, so `storage` is a C string.
    mutating func terminate() {
        reserve(1)
        (storage + count).storeBytes(of: 0, as: UInt8.self)
    }

    @inline(__always)
    mutating func raw(_ literal: StaticString) {
        put(literal.utf8Start, literal.utf8CodeUnitCount)
    }

    mutating func text(_ text: String) {
        // Native strings lend their bytes without the copy a `var` would take.
        if text.utf8.withContiguousStorageIfAvailable({ escape($0) }) != nil { return }
        var native = text
        native.withUTF8 { escape($0) }
    }

    /// `HTMLEscaping.append`'s escaping, written straight into the buffer.
    mutating func escape(_ source: UnsafeBufferPointer<UInt8>) {
        guard let start = source.baseAddress else { return }
        // Most text needs nothing: room for it as it is, copied run by run.
        reserve(source.count)
        let base = UnsafeRawPointer(start)
        var run = 0
        var i = 0
        while i < source.count {
            if i + 8 <= source.count, HTMLEscaping.isPlain(base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i += 8
                continue
            }
            let byte = source[i]
            i += 1
            guard HTMLEscaping.isSpecial(byte) else { continue }
            let at = i - 1
            if run < at { put(base + run, at - run) }
            run = i
            switch byte {
            case UInt8(ascii: "&"): raw("&amp;")
            case UInt8(ascii: "<"): raw("&lt;")
            case UInt8(ascii: ">"): raw("&gt;")
            case UInt8(ascii: "\""): raw("&quot;")
            case UInt8(ascii: "'"): raw("&#39;")
            case 0: raw("\u{FFFD}")
            default: put(0x20) // other C0 controls and DEL
            }
        }
        if run < source.count { put(base + run, source.count - run) }
    }

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
        reserve(20)
        var at = storage + count
        if value < 0 {
            at.storeBytes(of: UInt8(ascii: "-"), as: UInt8.self)
            at += 1
        }
        var magnitude = value.magnitude
        var digits = 1
        var rest = magnitude
        while rest >= 10 { rest /= 10; digits += 1 }
        let end = at + digits
        var cursor = end
        repeat {
            cursor -= 1
            cursor.storeBytes(of: 0x30 + UInt8(truncatingIfNeeded: magnitude % 10), as: UInt8.self)
            magnitude /= 10
        } while magnitude > 0
        count = end - storage
    }

    /// A coordinate with at most one decimal, so the SVG stays small and stable.
    mutating func number(_ value: Double) {
        let tenths = Int((value * 10).rounded())
        if tenths % 10 == 0 {
            int(tenths / 10)
        } else {
            if tenths < 0 && tenths > -10 { put(UInt8(ascii: "-")) }
            int(tenths / 10)
            put(UInt8(ascii: "."))
            int(abs(tenths % 10))
        }
    }

    mutating func append(_ markup: Markup) {
        markup.bytes.withUnsafeBufferPointer { if let base = $0.baseAddress { put(base, $0.count) } }
    }
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
