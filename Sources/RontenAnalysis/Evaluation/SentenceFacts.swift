import RontenCore

/// Everything the evaluator read in one sentence, in the sentence's own
/// offsets: what rules and the argument builder work from.
public struct SentenceFacts: Sendable {
    public var sentence: Sentence
    public var section: String
    public var block: String
    public var blockKind: Block.Kind
    /// Position of the sentence in its paragraph (0-based) and the
    /// paragraph's sentence count.
    public var indexInBlock: Int
    public var blockSentenceCount: Int
    /// The sentence as it stands in its block (offsets below refer to it).
    public var text: String
    public var cues: [Cue]
    public var quantities: [Quantity]
    /// The sentence's tokens, only when the evaluation was asked to keep
    /// them (see ``Evaluator/Session/evaluate(_:keepingTokens:)``); empty otherwise.
    public var tokens: [Token]
    public var entities: [(range: Range<Int>, name: String, kind: Entity.Kind)]
    public var style: Style
    public var certainty: Certainty
    public var claim: Claim?
    /// The subject of each figure, in the order of `quantities`, read from
    /// the tokens while they were at hand; empty when no figure is one
    /// ``InconsistentFigure`` compares.
    var figureSubjects: [FigureSubject?]

    /// How a Japanese sentence ends: です・ます (polite) or だ・である (plain).
    public enum Style: String, Sendable, Codable {
        case polite, plain, none
    }

    public func cues(_ kind: Cue.Kind) -> [Cue] { cues.filter { $0.kind == kind } }
    public func has(_ kind: Cue.Kind) -> Bool { cues.contains { $0.kind == kind } }
}

/// A document with everything the evaluator found, for rules and the tree.
public struct EvaluatedDocument: Sendable {
    public var document: Document {
        didSet { blockMaps = Self.blockMaps(document) }
    }
    public var sentences: [SentenceFacts]
    public var annotations: Annotations
    public var claims: [Claim]
    /// Each block's text map by block id, so placing a mark costs a lookup,
    /// not a walk over the document.
    private var blockMaps: [String: TextMap]

    public init(document: Document, sentences: [SentenceFacts], annotations: Annotations, claims: [Claim]) {
        self.document = document
        self.sentences = sentences
        self.annotations = annotations
        self.claims = claims
        self.blockMaps = Self.blockMaps(document)
    }

    private static func blockMaps(_ document: Document) -> [String: TextMap] {
        var maps: [String: TextMap] = [:]
        for section in document.sections {
            for block in section.blocks { if let map = block.textMap { maps[block.id] = map } }
        }
        return maps
    }

    /// The source range of a span of a sentence's own text.
    public func range(of span: Range<Int>, in facts: SentenceFacts) -> SourceRange {
        guard let text = document.text, let map = blockMaps[facts.block], let base = facts.sentence.span?.lowerBound else {
            return facts.sentence.range
        }
        return text.range(map.sourceRange((base + span.lowerBound)..<(base + span.upperBound)))
    }
}
