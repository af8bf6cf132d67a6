/// What `ronten analyze` reports for one document: the document model under
/// a versioned schema name, so consumers can tell what they are reading.
/// Later stages add their values beside the document's.
public struct Analysis: Sendable, Codable {
    public static let schema = "ronten.analysis/1"

    public var document: Document

    public init(document: Document) {
        self.document = document
    }

    private enum CodingKeys: String, CodingKey {
        case schema
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.schema, forKey: .schema)
        try document.encode(to: encoder)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let schema = try container.decode(String.self, forKey: .schema)
        guard schema == Self.schema else {
            throw DecodingError.dataCorruptedError(forKey: .schema, in: container,
                                                   debugDescription: "expected schema \(Self.schema), found \(schema)")
        }
        document = try Document(from: decoder)
    }
}
