/// JSON from `Encodable` values, written fast and in a fixed order.
///
/// Keys come out in the order the value encodes them (for synthesised
/// conformances, the order of `CodingKeys`), which reads better than sorted
/// keys and is just as deterministic. Dictionaries, whose iteration order
/// changes from run to run, must be encoded through `SortedKeys`. Profiling
/// showed Foundation's JSONEncoder taking half of `ronten analyze`, and then
/// a tree of reference-typed storage most of what remained; this one
/// streams bytes as values are encoded (see JSONStream).
public enum JSONText {
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws -> [UInt8] {
        // An analysis, the bulk of what is written, skips Codable's dispatch.
        if let analysis = value as? Analysis { return JSONWriter.encode(analysis, pretty: pretty) }
        return try encodeThroughCodable(value, pretty: pretty)
    }

    /// `encode` and a line feed, written in one buffer: the pages and the
    /// lines of JSON Lines run to hundreds of KB, and appending the line
    /// feed afterwards copied each of them again.
    public static func encodeLine<T: Encodable>(_ value: T, pretty: Bool = false) throws -> [UInt8] {
        if let analysis = value as? Analysis { return JSONWriter.encode(analysis, pretty: pretty, lineFeed: true) }
        var bytes = try encodeThroughCodable(value, pretty: pretty)
        bytes.append(0x0A)
        return bytes
    }

    /// The general path, which `JSONWriter`'s output is tested against.
    static func encodeThroughCodable<T: Encodable>(_ value: T, pretty: Bool = false) throws -> [UInt8] {
        let stream = JSONStream(pretty: pretty)
        try StreamEncoder.write(value, stream: stream, depth: 0)
        stream.closeDeeper(than: 0)
        return stream.bytes
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

