import RontenCore

/// A JSON value whose objects keep the order they were built in, for
/// formats (SARIF, the check JSON) whose shape is easier to read as a
/// literal than as a dozen `Encodable` structs. Written with `JSONText`.
public indirect enum JSONValue: Sendable, Encodable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case int(Int)
    case bool(Bool)

    public func encode(to encoder: Encoder) throws {
        switch self {
        case .object(let members):
            var container = encoder.container(keyedBy: MemberKey.self)
            for (key, value) in members { try container.encode(value, forKey: MemberKey(key)) }
        case .array(let elements):
            var container = encoder.unkeyedContainer()
            for element in elements { try container.encode(element) }
        case .string(let string):
            var container = encoder.singleValueContainer()
            try container.encode(string)
        case .int(let int):
            var container = encoder.singleValueContainer()
            try container.encode(int)
        case .bool(let bool):
            var container = encoder.singleValueContainer()
            try container.encode(bool)
        }
    }

    /// Pretty JSON ending in a newline, as every machine format prints it.
    func text() -> String {
        // JSONText only throws for values that fail to encode, which these cannot.
        (try? JSONText.string(self, pretty: true)).map { $0 + "\n" } ?? "{}\n"
    }
}

private struct MemberKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
