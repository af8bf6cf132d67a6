/// Writes JSON straight from `Encodable` values into one byte buffer, with
/// no intermediate tree: each value is written as it is encoded.
///
/// Codable says when a container opens but not when it is done, so the
/// stream keeps the open containers on a stack and closes any deeper than
/// the one being written to; that is how synthesised conformances use
/// containers (a nested value is finished before its parent's next key).
final class JSONStream {
    var bytes: [UInt8] = []
    let pretty: Bool

    /// Open containers, outermost first.
    private var open: [Frame] = []

    private struct Frame {
        var isObject: Bool
        var isEmpty = true
        /// Where the container's opening bracket is, and whether every member
        /// so far was a scalar (small leaf containers are put on one line).
        var start: Int
        var members = 0
        var allScalar = true
    }

    init(pretty: Bool) {
        self.pretty = pretty
        bytes.reserveCapacity(1 << 14)
    }

    var depth: Int { open.count }

    /// Opens an object or array as the value at `depth`.
    func openContainer(object: Bool, at depth: Int) {
        closeDeeper(than: depth)
        if depth > 0 { open[depth - 1].allScalar = false }
        open.append(Frame(isObject: object, start: bytes.count))
        bytes.append(object ? 0x7B : 0x5B)
    }

    /// Starts the next member of the container at `depth - 1`: closes
    /// anything deeper, writes the separator, and the key for objects.
    func beginMember(at depth: Int, key: String?) {
        if open.count > depth { closeDeeper(than: depth) }
        let index = depth - 1
        open.withUnsafeMutableBufferPointer { frames in
            if !frames[index].isEmpty { bytes.append(0x2C) }
            frames[index].isEmpty = false
            frames[index].members += 1
        }
        newline(depth)
        if let key {
            appendString(key)
            bytes.append(0x3A)
            if pretty { bytes.append(0x20) }
        }
    }

    /// Marks that the member just begun at `depth` is a container.
    func memberIsContainer(at depth: Int) { open[depth - 1].allScalar = false }

    func closeDeeper(than depth: Int) {
        while open.count > depth { close() }
    }

    private func close() {
        let frame = open.removeLast()
        if frame.isEmpty {
            bytes.append(frame.isObject ? 0x7D : 0x5D)
            return
        }
        newline(open.count)
        bytes.append(frame.isObject ? 0x7D : 0x5D)
        // Small leaf objects (a position) and short lists of scalars read
        // best on one line.
        if pretty, frame.allScalar, frame.members <= (frame.isObject ? 4 : 8) {
            compact(from: frame.start)
        }
    }

    private func compact(from start: Int) { JSONBytes.compact(&bytes, from: start) }

    /// A position, the most frequent object, written whole: on one line
    /// when pretty, as `compact` would leave it.
    func appendPosition(offset: Int, line: Int, column: Int) {
        bytes.append(contentsOf: pretty ? Self.prettyOffset : Self.compactOffset)
        appendInt(offset)
        bytes.append(contentsOf: pretty ? Self.prettyLine : Self.compactLine)
        appendInt(line)
        bytes.append(contentsOf: pretty ? Self.prettyColumn : Self.compactColumn)
        appendInt(column)
        bytes.append(0x7D)
    }

    private static let prettyOffset = Array(#"{"offset": "#.utf8), compactOffset = Array(#"{"offset":"#.utf8)
    private static let prettyLine = Array(#", "line": "#.utf8), compactLine = Array(#","line":"#.utf8)
    private static let prettyColumn = Array(#", "column": "#.utf8), compactColumn = Array(#","column":"#.utf8)

    /// A line break followed by enough indentation for any depth in use.
    private var indentation: [UInt8] = [0x0A] + [UInt8](repeating: 0x20, count: 64)

    private func newline(_ depth: Int) {
        guard pretty else { return }
        let count = 1 + 2 * depth
        if count > indentation.count { indentation += [UInt8](repeating: 0x20, count: count) }
        indentation.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<count])) }
    }

    // MARK: - Scalars

    func appendNull() { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    func appendBool(_ b: Bool) {
        if b { bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65]) } else { bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65]) }
    }

    func appendInt(_ value: Int) { JSONBytes.appendInt(value, to: &bytes) }

    func appendDouble(_ double: Double) {
        guard double.isFinite else { return appendNull() }
        if double == double.rounded(), abs(double) < 1e15 { return bytes.append(contentsOf: String(Int64(double)).utf8) }
        bytes.append(contentsOf: "\(double)".utf8)
    }

    func appendString(_ string: String) { JSONBytes.appendString(string, to: &bytes) }
}

/// The Encoder over a JSONStream. One encoder writes one value at `depth`.
final class StreamEncoder: Encoder {
    let stream: JSONStream
    let depth: Int
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// Whether this encoder's value has been written (or its container opened).
    private var opened = false

    init(stream: JSONStream, depth: Int) {
        self.stream = stream
        self.depth = depth
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if !opened {
            stream.openContainer(object: true, at: depth)
            opened = true
        }
        return KeyedEncodingContainer(StreamKeyedContainer<Key>(stream: stream, depth: depth + 1))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        if !opened {
            stream.openContainer(object: false, at: depth)
            opened = true
        }
        return StreamUnkeyedContainer(stream: stream, depth: depth + 1)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        StreamSingleValueContainer(encoder: self)
    }

    func markWritten() { opened = true }

    /// Called once the value is encoded: a value that wrote nothing is `{}`.
    func finish() {
        if !opened { stream.openContainer(object: true, at: depth) }
    }

    /// Writes any value at `depth`, the member having been begun.
    static func write<T: Encodable>(_ value: T, stream: JSONStream, depth: Int) throws {
        switch value {
        case let string as String: stream.appendString(string)
        case let int as Int: stream.appendInt(int)
        case let bool as Bool: stream.appendBool(bool)
        case let double as Double: stream.appendDouble(double)
        // Positions are the most numerous values in an analysis.
        case let position as SourcePosition:
            stream.memberIsContainer(at: depth)
            position.write(to: stream, depth: depth)
        case let range as SourceRange:
            stream.memberIsContainer(at: depth)
            stream.openContainer(object: true, at: depth)
            stream.beginMember(at: depth + 1, key: "start")
            stream.memberIsContainer(at: depth + 1)
            range.start.write(to: stream, depth: depth + 1)
            stream.beginMember(at: depth + 1, key: "end")
            stream.memberIsContainer(at: depth + 1)
            range.end.write(to: stream, depth: depth + 1)
        default:
            let encoder = StreamEncoder(stream: stream, depth: depth)
            try value.encode(to: encoder)
            encoder.finish()
        }
    }
}

extension SourcePosition {
    fileprivate func write(to stream: JSONStream, depth: Int) {
        stream.closeDeeper(than: depth)
        stream.appendPosition(offset: offset, line: line, column: column)
    }
}

struct StreamKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let stream: JSONStream
    /// The depth of this container's members.
    let depth: Int
    var codingPath: [CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {
        stream.beginMember(at: depth, key: key.stringValue)
        stream.appendNull()
    }
    mutating func encode(_ value: String, forKey key: Key) throws {
        stream.beginMember(at: depth, key: key.stringValue)
        stream.appendString(value)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws {
        stream.beginMember(at: depth, key: key.stringValue)
        stream.appendInt(value)
    }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
        stream.beginMember(at: depth, key: key.stringValue)
        stream.appendBool(value)
    }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        stream.beginMember(at: depth, key: key.stringValue)
        stream.appendDouble(value)
    }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        stream.beginMember(at: depth, key: key.stringValue)
        try StreamEncoder.write(value, stream: stream, depth: depth)
    }
    // Absent optionals are left out rather than written as null.
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        stream.beginMember(at: depth, key: key.stringValue)
        stream.openContainer(object: true, at: depth)
        return KeyedEncodingContainer(StreamKeyedContainer<NestedKey>(stream: stream, depth: depth + 1))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        stream.beginMember(at: depth, key: key.stringValue)
        stream.openContainer(object: false, at: depth)
        return StreamUnkeyedContainer(stream: stream, depth: depth + 1)
    }

    mutating func superEncoder() -> Encoder { superEncoder(forKey: Key(stringValue: "super")!) }
    mutating func superEncoder(forKey key: Key) -> Encoder {
        stream.beginMember(at: depth, key: key.stringValue)
        return StreamEncoder(stream: stream, depth: depth)
    }
}

struct StreamUnkeyedContainer: UnkeyedEncodingContainer {
    let stream: JSONStream
    let depth: Int
    var codingPath: [CodingKey] { [] }
    private(set) var count = 0

    init(stream: JSONStream, depth: Int) {
        self.stream = stream
        self.depth = depth
    }

    mutating func encodeNil() throws { begin(); stream.appendNull() }
    mutating func encode(_ value: String) throws { begin(); stream.appendString(value) }
    mutating func encode(_ value: Int) throws { begin(); stream.appendInt(value) }
    mutating func encode(_ value: Bool) throws { begin(); stream.appendBool(value) }
    mutating func encode(_ value: Double) throws { begin(); stream.appendDouble(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        begin()
        try StreamEncoder.write(value, stream: stream, depth: depth)
    }

    private mutating func begin() {
        stream.beginMember(at: depth, key: nil)
        count += 1
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        begin()
        stream.openContainer(object: true, at: depth)
        return KeyedEncodingContainer(StreamKeyedContainer<NestedKey>(stream: stream, depth: depth + 1))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        begin()
        stream.openContainer(object: false, at: depth)
        return StreamUnkeyedContainer(stream: stream, depth: depth + 1)
    }

    mutating func superEncoder() -> Encoder {
        begin()
        return StreamEncoder(stream: stream, depth: depth)
    }
}

struct StreamSingleValueContainer: SingleValueEncodingContainer {
    let encoder: StreamEncoder
    var codingPath: [CodingKey] { [] }

    mutating func encodeNil() throws { encoder.markWritten(); encoder.stream.appendNull() }
    mutating func encode(_ value: String) throws { encoder.markWritten(); encoder.stream.appendString(value) }
    mutating func encode(_ value: Int) throws { encoder.markWritten(); encoder.stream.appendInt(value) }
    mutating func encode(_ value: Bool) throws { encoder.markWritten(); encoder.stream.appendBool(value) }
    mutating func encode(_ value: Double) throws { encoder.markWritten(); encoder.stream.appendDouble(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.markWritten()
        try StreamEncoder.write(value, stream: encoder.stream, depth: encoder.depth)
    }
}
