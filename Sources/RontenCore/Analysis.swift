/// What `ronten analyze` reports for one document: the document model under
/// a versioned schema name, then what the evaluator and the argument builder
/// found. Absent stages leave their keys out.
public struct Analysis: Sendable, Codable {
    public static let schema = "ronten.analysis/1"

    public var document: Document
    public var annotations: Annotations?
    public var claims: [Claim]?
    public var findings: [Finding]?
    public var argument: ArgumentTree?

    public init(document: Document, annotations: Annotations? = nil, claims: [Claim]? = nil,
                findings: [Finding]? = nil, argument: ArgumentTree? = nil) {
        self.document = document
        self.annotations = annotations
        self.claims = claims
        self.findings = findings
        self.argument = argument
    }

    private enum CodingKeys: String, CodingKey {
        case schema, annotations, claims, findings, argument
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.schema, forKey: .schema)
        try document.encode(to: encoder)
        var rest = encoder.container(keyedBy: CodingKeys.self)
        try rest.encodeIfPresent(annotations, forKey: .annotations)
        try rest.encodeIfPresent(claims, forKey: .claims)
        try rest.encodeIfPresent(findings, forKey: .findings)
        try rest.encodeIfPresent(argument, forKey: .argument)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let schema = try container.decode(String.self, forKey: .schema)
        guard schema == Self.schema else {
            throw DecodingError.dataCorruptedError(forKey: .schema, in: container,
                                                   debugDescription: "expected schema \(Self.schema), found \(schema)")
        }
        document = try Document(from: decoder)
        annotations = try container.decodeIfPresent(Annotations.self, forKey: .annotations)
        claims = try container.decodeIfPresent([Claim].self, forKey: .claims)
        findings = try container.decodeIfPresent([Finding].self, forKey: .findings)
        argument = try container.decodeIfPresent(ArgumentTree.self, forKey: .argument)
    }
}

/// The evaluator's marks, each placed in the original file.
public struct Annotations: Sendable, Codable, Hashable {
    public var quantities: [Mention<Quantity>]
    public var entities: [Entity]
    public var cues: [Mention<Cue>]

    public init(quantities: [Mention<Quantity>] = [], entities: [Entity] = [], cues: [Mention<Cue>] = []) {
        self.quantities = quantities
        self.entities = entities
        self.cues = cues
    }
}

/// An organisation, product, person or place, under one canonical name with
/// every mention of it.
public struct Entity: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
        case organisation, product, person, place, other
    }

    public var name: String
    public var kind: Kind
    public var mentions: [EntityMention]

    public init(name: String, kind: Kind, mentions: [EntityMention]) {
        self.name = name
        self.kind = kind
        self.mentions = mentions
    }
}

public struct EntityMention: Sendable, Codable, Hashable {
    public var sentence: String
    public var text: String
    public var range: SourceRange

    public init(sentence: String, text: String, range: SourceRange) {
        self.sentence = sentence
        self.text = text
        self.range = range
    }
}
