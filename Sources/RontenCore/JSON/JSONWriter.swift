/// Writes JSON bytes for values whose layout is known at compile time: the
/// analysis schema (see JSONWriter+Analysis). It produces exactly what
/// JSONStream produces through Codable, without Codable's per-value dynamic
/// dispatch, casts and boxed containers, which profiling showed costing
/// most of a report's JSON pages.
///
/// The layout rules are JSONStream's: a member or element starts on its own
/// line indented two spaces a level; a non-empty container whose members are
/// all scalars and number at most 4 (object) or 8 (array) sits on one line
/// with `, ` between members; an empty one is `{}` or `[]`. Here the caller
/// says up front whether a container is such a leaf, instead of the stream
/// removing line breaks afterwards.
struct JSONWriter {
    var bytes: [UInt8] = []
    let pretty: Bool

    init(pretty: Bool, capacity: Int = 1 << 14) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// An open object or array.
    struct Container {
        /// The depth of the container itself; its members are one deeper.
        let depth: Int
        /// On one line: compact output, or a small leaf of scalars when pretty.
        let inline: Bool
        var isEmpty = true
    }

    // MARK: Containers

    @inline(__always)
    mutating func openObject(depth: Int, inline: Bool = false) -> Container {
        bytes.append(0x7B)
        return Container(depth: depth, inline: inline || !pretty)
    }

    @inline(__always)
    mutating func openArray(depth: Int, inline: Bool = false) -> Container {
        bytes.append(0x5B)
        return Container(depth: depth, inline: inline || !pretty)
    }

    @inline(__always)
    mutating func closeObject(_ container: Container) { close(container, 0x7D) }

    @inline(__always)
    mutating func closeArray(_ container: Container) { close(container, 0x5D) }

    private mutating func close(_ container: Container, _ bracket: UInt8) {
        if !container.isEmpty && !container.inline { newline(container.depth) }
        bytes.append(bracket)
    }

    /// Starts the next element of an array.
    @inline(__always)
    mutating func element(_ container: inout Container) {
        separate(&container)
    }

    /// Starts the next member of an object: separator, line break, `"key": `.
    @inline(__always)
    mutating func key(_ key: StaticString, _ container: inout Container) {
        separate(&container)
        bytes.append(0x22)
        bytes.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        if pretty {
            bytes.append(contentsOf: [0x22, 0x3A, 0x20])
        } else {
            bytes.append(contentsOf: [0x22, 0x3A])
        }
    }

    /// A key that is not a literal (a sorted dictionary's).
    mutating func key(_ key: String, _ container: inout Container) {
        separate(&container)
        string(key)
        bytes.append(0x3A)
        if pretty { bytes.append(0x20) }
    }

    @inline(__always)
    private mutating func separate(_ container: inout Container) {
        if container.isEmpty {
            container.isEmpty = false
        } else {
            bytes.append(0x2C)
            if container.inline {
                if pretty { bytes.append(0x20) }
                return
            }
        }
        if !container.inline { newline(container.depth + 1) }
    }

    private static let indentation: [UInt8] = [0x0A] + [UInt8](repeating: 0x20, count: 128)

    private mutating func newline(_ depth: Int) {
        let count = 1 + 2 * depth
        if count <= Self.indentation.count {
            Self.indentation.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<count])) }
        } else {
            bytes.append(0x0A)
            bytes.append(contentsOf: repeatElement(0x20, count: count - 1))
        }
    }

    // MARK: Scalars

    mutating func null() { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    mutating func bool(_ b: Bool) {
        if b { bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65]) } else { bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65]) }
    }

    /// Decimal digits as `String(value)` writes them, without making a String.
    mutating func int(_ value: Int) {
        if value >= 0 && value < 10 { bytes.append(0x30 + UInt8(truncatingIfNeeded: value)); return }
        var magnitude = value.magnitude
        // 20 digits hold any UInt64; a tuple keeps them on the stack.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                count += 1
                buffer[24 - count] = 0x30 + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
        }
        if value < 0 { bytes.append(0x2D) }
        withUnsafeBytes(of: &digits) { buffer in
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(24 - count)...]))
        }
    }

    mutating func double(_ double: Double) {
        guard double.isFinite else { return null() }
        if double == double.rounded(), abs(double) < 1e15 { return int(Int(Int64(double))) }
        bytes.append(contentsOf: "\(double)".utf8)
    }

    /// A string literal of the schema (a raw value), known to need no escaping.
    @inline(__always)
    mutating func plain(_ string: String) {
        bytes.append(0x22)
        bytes.append(contentsOf: string.utf8)
        bytes.append(0x22)
    }

    /// Escapes what JSON requires, plus U+2028/2029 so the output is also
    /// valid JavaScript; everything else is copied as UTF-8, in runs.
    mutating func string(_ string: String) {
        bytes.append(0x22)
        var string = string
        string.withUTF8 { escaped($0) }
        bytes.append(0x22)
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func escaped(_ buffer: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var i = 0
        let n = buffer.count
        while i < n {
            let b = buffer[i]
            // One compare rejects the common bytes: printable ASCII but `"` and `\`, and lead bytes other than 0xE2.
            if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 { i += 1; continue }
            if b == 0xE2 && !(i + 2 < n && buffer[i + 1] == 0x80 && (buffer[i + 2] == 0xA8 || buffer[i + 2] == 0xA9)) {
                i += 1
                continue
            }
            if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<i])) }
            switch b {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0xE2:
                bytes.append(contentsOf: [0x5C, 0x75, 0x32, 0x30, 0x32, buffer[i + 2] == 0xA8 ? 0x38 : 0x39])
                i += 3
                runStart = i
                continue
            default:
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, Self.hex[Int(b >> 4)], Self.hex[Int(b & 0xF)]])
            }
            i += 1
            runStart = i
        }
        if runStart < n { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<n])) }
    }

    // MARK: Common shapes

    /// `{"offset": 1, "line": 1, "column": 1}`: always a one-line leaf.
    mutating func position(_ position: SourcePosition, depth: Int) {
        var object = openObject(depth: depth, inline: true)
        key("offset", &object); int(position.offset)
        key("line", &object); int(position.line)
        key("column", &object); int(position.column)
        closeObject(object)
    }

    mutating func range(_ range: SourceRange, depth: Int) {
        var object = openObject(depth: depth)
        key("start", &object); position(range.start, depth: depth + 1)
        key("end", &object); position(range.end, depth: depth + 1)
        closeObject(object)
    }

    /// A list of strings: on one line when it has at most 8.
    mutating func strings(_ list: [String], depth: Int) {
        var array = openArray(depth: depth, inline: list.count <= 8)
        for item in list {
            element(&array)
            string(item)
        }
        closeArray(array)
    }

    /// A list of objects, each written by `write` at the element depth.
    @inline(__always)
    mutating func objects<T>(_ list: [T], depth: Int, _ write: (inout JSONWriter, T, Int) -> Void) {
        var array = openArray(depth: depth)
        for item in list {
            element(&array)
            write(&self, item, depth + 1)
        }
        closeArray(array)
    }
}
