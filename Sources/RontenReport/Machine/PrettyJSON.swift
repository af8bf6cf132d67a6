import RontenCore

/// Pretty JSON written straight as bytes, laid out exactly as `JSONText`
/// lays out pretty JSON: two spaces an indent, `"key": value`, and a
/// container of scalars only (at most 4 members for an object, 8 for an
/// array) on one line. The machine formats of `check` write with it: going
/// through `JSONValue` and `Encodable` took most of a warm run.
///
/// A writer can start inside a list it does not write (``init(listDepth:)``),
/// so that each file's part of a report is written on its own, on the
/// worker thread that checked the file, and the parts are put together
/// later (``splice(_:members:)``).
struct PrettyJSON {
    private(set) var bytes: [UInt8] = []
    private var open: [Frame] = []
    /// Frames above the writer's own (the document around a part).
    private let depthOffset: Int
    /// Whether `open[0]` is the list around a part, never closed here.
    private let enclosed: Bool

    private struct Frame {
        var isObject: Bool
        var start: Int
        var members = 0
        var allScalar = true
    }

    /// A whole document.
    init() {
        depthOffset = 0
        enclosed = false
    }

    /// Members of a list whose bracket stands at `listDepth` (0 for the
    /// top-level value's own brackets); the first member written gets no
    /// separator before it.
    init(listDepth: Int) {
        depthOffset = listDepth
        enclosed = true
        open = [Frame(isObject: false, start: 0)]
    }

    /// The bytes so far, which the writer forgets; the containers still
    /// open stay open.
    mutating func take() -> [UInt8] {
        defer {
            bytes = []
            for i in open.indices { open[i].start = 0; open[i].allScalar = false }
        }
        return bytes
    }

    // MARK: - Values

    mutating func openObject(_ key: String? = nil) { openContainer(key, object: true) }

    mutating func openArray(_ key: String? = nil) { openContainer(key, object: false) }

    mutating func string(_ key: String?, _ value: String) {
        member(key)
        appendString(value)
    }

    mutating func int(_ key: String?, _ value: Int) {
        member(key)
        appendInt(value)
    }

    mutating func bool(_ key: String?, _ value: Bool) {
        member(key)
        bytes.append(contentsOf: value ? Self.trueBytes : Self.falseBytes)
    }

    /// `{"offset": 1, "line": 2, "column": 3}`, the most frequent object,
    /// written on one line at once, as `close` would leave it.
    mutating func position(_ key: String?, offset: Int, line: Int, column: Int) {
        member(key)
        if !open.isEmpty { open[open.count - 1].allScalar = false }
        bytes.append(contentsOf: Self.offsetKey)
        appendInt(offset)
        bytes.append(contentsOf: Self.lineKey)
        appendInt(line)
        bytes.append(contentsOf: Self.columnKey)
        appendInt(column)
        bytes.append(0x7D)
    }

    private static let offsetKey = Array(#"{"offset": "#.utf8)
    private static let lineKey = Array(#", "line": "#.utf8)
    private static let columnKey = Array(#", "column": "#.utf8)

    /// A scalar member whose value is written later, at the offset returned.
    mutating func deferredValue(_ key: String?) -> Int {
        member(key)
        return bytes.count
    }

    /// Members written elsewhere (by ``init(listDepth:)`` writers) placed
    /// in the container open now; each is a container.
    mutating func splice(_ part: [UInt8], members: Int) {
        guard members > 0 else { return }
        open[open.count - 1].members += members
        open[open.count - 1].allScalar = false
        bytes.append(contentsOf: part)
    }

    mutating func close() {
        let frame = open.removeLast()
        if frame.members == 0 {
            bytes.append(frame.isObject ? 0x7D : 0x5D)
            return
        }
        newline(open.count)
        bytes.append(frame.isObject ? 0x7D : 0x5D)
        if frame.allScalar, frame.members <= (frame.isObject ? 4 : 8) { compact(from: frame.start) }
    }

    // MARK: - Layout

    private mutating func openContainer(_ key: String?, object: Bool) {
        member(key)
        if !open.isEmpty { open[open.count - 1].allScalar = false }
        open.append(Frame(isObject: object, start: bytes.count))
        bytes.append(object ? 0x7B : 0x5B)
    }

    private mutating func member(_ key: String?) {
        if open.isEmpty {
            // The document's own value.
            return
        }
        let index = open.count - 1
        if open[index].members > 0 { bytes.append(0x2C) }
        open[index].members += 1
        newline(open.count)
        if let key {
            appendString(key)
            bytes.append(contentsOf: Self.colon)
        }
    }

    /// A line break and the indentation of 30 levels, more than any format nests.
    private static let indentation: [UInt8] = [0x0A] + [UInt8](repeating: 0x20, count: 60)

    private mutating func newline(_ depth: Int) {
        let count = 1 + 2 * (depth + (enclosed ? depthOffset : 0))
        if count > Self.indentation.count {
            bytes.append(0x0A)
            bytes.append(contentsOf: repeatElement(0x20, count: count - 1))
            return
        }
        Self.indentation.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<count])) }
    }

    private mutating func compact(from start: Int) { JSONBytes.compact(&bytes, from: start) }

    // MARK: - Scalars

    private static let colon: [UInt8] = [0x3A, 0x20]
    private static let trueBytes = Array("true".utf8), falseBytes = Array("false".utf8)

    mutating func appendInt(_ value: Int) { JSONBytes.appendInt(value, to: &bytes) }

    mutating func appendString(_ string: String) { JSONBytes.appendString(string, to: &bytes) }
}
