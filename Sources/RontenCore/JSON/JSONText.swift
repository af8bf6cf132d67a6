/// JSON from `Encodable` values, written fast and in a fixed order.
///
/// Keys come out in the order the value encodes them (for synthesised
/// conformances, the order of `CodingKeys`), which reads better than sorted
/// keys and is just as deterministic. Dictionaries, whose iteration order
/// changes from run to run, must be encoded through `SortedKeys`. Profiling
/// showed Foundation's JSONEncoder taking half of `ronten analyze`; this one
/// builds a plain tree of reference-typed storage and writes bytes directly.
public enum JSONText {
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws -> [UInt8] {
        let encoder = TreeEncoder(codingPath: [])
        try value.encode(to: encoder)
        var writer = Writer(pretty: pretty)
        writer.write(encoder.storage ?? .null, depth: 0)
        return writer.bytes
    }

    public static func string<T: Encodable>(_ value: T, pretty: Bool = false) throws -> String {
        String(decoding: try encode(value, pretty: pretty), as: UTF8.self)
    }
}

/// A string-keyed dictionary that encodes its keys in sorted order.
public struct SortedKeys<Value: Encodable>: Encodable {
    public var dictionary: [String: Value]
    public init(_ dictionary: [String: Value]) { self.dictionary = dictionary }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        for key in dictionary.keys.sorted() { try container.encode(dictionary[key]!, forKey: AnyKey(key)) }
    }
}

struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { stringValue = String(intValue) }
}

enum JSONStorage {
    case object(ObjectStorage)
    case array(ArrayStorage)
    case string(String)
    case number(String)
    case bool(Bool)
    case null
}

extension JSONStorage {
    var isScalar: Bool {
        switch self {
        case .object, .array: return false
        default: return true
        }
    }
}

final class ObjectStorage {
    var keys: [String] = []
    var values: [JSONStorage] = []

    func set(_ key: String, _ value: JSONStorage) {
        if let existing = keys.lastIndex(of: key) { values[existing] = value; return }
        keys.append(key)
        values.append(value)
    }
}

final class ArrayStorage {
    var values: [JSONStorage] = []
}

final class TreeEncoder: Encoder {
    var codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var storage: JSONStorage?

    init(codingPath: [CodingKey]) { self.codingPath = codingPath }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let object) = storage { return KeyedEncodingContainer(KeyedContainer(object: object, codingPath: codingPath)) }
        let object = ObjectStorage()
        storage = .object(object)
        return KeyedEncodingContainer(KeyedContainer(object: object, codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        if case .array(let array) = storage { return UnkeyedContainer(array: array, codingPath: codingPath) }
        let array = ArrayStorage()
        storage = .array(array)
        return UnkeyedContainer(array: array, codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { SingleValueContainer(encoder: self) }

    static func box<T: Encodable>(_ value: T, codingPath: [CodingKey]) throws -> JSONStorage {
        switch value {
        case let string as String: return .string(string)
        case let int as Int: return .number(String(int))
        case let bool as Bool: return .bool(bool)
        case let double as Double: return number(double)
        default:
            let encoder = TreeEncoder(codingPath: codingPath)
            try value.encode(to: encoder)
            return encoder.storage ?? .object(ObjectStorage())
        }
    }

    static func number(_ double: Double) -> JSONStorage {
        guard double.isFinite else { return .null }
        if double == double.rounded(), abs(double) < 1e15 { return .number(String(Int64(double))) }
        return .number("\(double)")
    }
}

struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: ObjectStorage
    var codingPath: [CodingKey]

    mutating func encodeNil(forKey key: Key) throws { object.set(key.stringValue, .null) }
    mutating func encode(_ value: String, forKey key: Key) throws { object.set(key.stringValue, .string(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { object.set(key.stringValue, .number(String(value))) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { object.set(key.stringValue, .bool(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { object.set(key.stringValue, TreeEncoder.number(value)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        object.set(key.stringValue, try TreeEncoder.box(value, codingPath: codingPath + [key]))
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
        let nested = ObjectStorage()
        object.set(key.stringValue, .object(nested))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(object: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        let nested = ArrayStorage()
        object.set(key.stringValue, .array(nested))
        return UnkeyedContainer(array: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> Encoder { superEncoder(forKey: Key(stringValue: "super")!) }
    mutating func superEncoder(forKey key: Key) -> Encoder {
        let nested = ObjectStorage()
        object.set(key.stringValue, .object(nested))
        let encoder = TreeEncoder(codingPath: codingPath + [key])
        encoder.storage = .object(nested)
        return encoder
    }
}

struct UnkeyedContainer: UnkeyedEncodingContainer {
    let array: ArrayStorage
    var codingPath: [CodingKey]
    var count: Int { array.values.count }

    mutating func encodeNil() throws { array.values.append(.null) }
    mutating func encode(_ value: String) throws { array.values.append(.string(value)) }
    mutating func encode(_ value: Int) throws { array.values.append(.number(String(value))) }
    mutating func encode(_ value: Bool) throws { array.values.append(.bool(value)) }
    mutating func encode(_ value: Double) throws { array.values.append(TreeEncoder.number(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        array.values.append(try TreeEncoder.box(value, codingPath: codingPath + [AnyKey(String(count))]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectStorage()
        array.values.append(.object(nested))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(object: nested, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let nested = ArrayStorage()
        array.values.append(.array(nested))
        return UnkeyedContainer(array: nested, codingPath: codingPath)
    }

    mutating func superEncoder() -> Encoder {
        let encoder = TreeEncoder(codingPath: codingPath)
        let nested = ObjectStorage()
        array.values.append(.object(nested))
        encoder.storage = .object(nested)
        return encoder
    }
}

struct SingleValueContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.storage = .null }
    mutating func encode(_ value: String) throws { encoder.storage = .string(value) }
    mutating func encode(_ value: Int) throws { encoder.storage = .number(String(value)) }
    mutating func encode(_ value: Bool) throws { encoder.storage = .bool(value) }
    mutating func encode(_ value: Double) throws { encoder.storage = TreeEncoder.number(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.storage = try TreeEncoder.box(value, codingPath: codingPath)
    }
}

struct Writer {
    let pretty: Bool
    var bytes: [UInt8] = []

    init(pretty: Bool) {
        self.pretty = pretty
        bytes.reserveCapacity(1 << 14)
    }

    mutating func write(_ value: JSONStorage, depth: Int) {
        switch value {
        case .null: bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
        case .bool(let b): bytes.append(contentsOf: b ? Array("true".utf8) : Array("false".utf8))
        case .number(let n): bytes.append(contentsOf: n.utf8)
        case .string(let s): writeString(s)
        case .array(let array):
            if array.values.isEmpty { bytes.append(contentsOf: [0x5B, 0x5D]); return }
            if pretty, array.values.count <= 8, array.values.allSatisfy(\.isScalar) {
                writeInline(array.values.map { (nil, $0) }, open: 0x5B, close: 0x5D)
                return
            }
            bytes.append(0x5B)
            for (i, element) in array.values.enumerated() {
                if i > 0 { bytes.append(0x2C) }
                newline(depth + 1)
                write(element, depth: depth + 1)
            }
            newline(depth)
            bytes.append(0x5D)
        case .object(let object):
            if object.keys.isEmpty { bytes.append(contentsOf: [0x7B, 0x7D]); return }
            // Small leaf objects, such as a position, read best on one line.
            if pretty, object.keys.count <= 4, object.values.allSatisfy(\.isScalar) {
                writeInline(Array(zip(object.keys.map { Optional($0) }, object.values)), open: 0x7B, close: 0x7D)
                return
            }
            bytes.append(0x7B)
            for i in object.keys.indices {
                if i > 0 { bytes.append(0x2C) }
                newline(depth + 1)
                writeString(object.keys[i])
                bytes.append(0x3A)
                if pretty { bytes.append(0x20) }
                write(object.values[i], depth: depth + 1)
            }
            newline(depth)
            bytes.append(0x7D)
        }
    }

    private mutating func writeInline(_ items: [(String?, JSONStorage)], open: UInt8, close: UInt8) {
        bytes.append(open)
        for (i, (key, value)) in items.enumerated() {
            if i > 0 { bytes.append(contentsOf: [0x2C, 0x20]) }
            if let key {
                writeString(key)
                bytes.append(contentsOf: [0x3A, 0x20])
            }
            write(value, depth: 0)
        }
        bytes.append(close)
    }

    private mutating func newline(_ depth: Int) {
        guard pretty else { return }
        bytes.append(0x0A)
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Escapes what JSON requires, plus U+2028/2029 so the output is also
    /// valid JavaScript; everything else is written as UTF-8.
    private mutating func writeString(_ string: String) {
        bytes.append(0x22)
        var utf8 = string.utf8
        let fast: Void? = utf8.withContiguousStorageIfAvailable { buffer in
            appendEscaped(buffer)
        }
        if fast == nil {
            var copy = string
            copy.makeContiguousUTF8()
            utf8 = copy.utf8
            utf8.withContiguousStorageIfAvailable { appendEscaped($0) }
        }
        bytes.append(0x22)
    }

    private mutating func appendEscaped(_ buffer: UnsafeBufferPointer<UInt8>) {
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
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<n]))
    }
}
