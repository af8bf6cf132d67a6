import RontenCore

/// Everything the evaluator read in one sentence, in the sentence's own
/// offsets: what rules and the argument builder work from.
///
/// The fields live in one immutable box, so copying a sentence's facts (every
/// rule walks them all) is one retain, not one per string and array. Setting
/// a field makes a new box; only the evaluator does that, a few times per
/// sentence.
public struct SentenceFacts: Sendable {
    /// Where a sentence stands: its section, its block, and its place in the block.
    struct Place: Sendable {
        var section: String
        var block: String
        var blockKind: Block.Kind
        var indexInBlock: Int
        var blockSentenceCount: Int
    }

    struct Fields: Sendable {
        var sentence: Sentence
        var place: Place
        var text: String
        var cues: [Cue]
        var quantities: [Quantity]
        var tokens: [Token]
        var entities: [(range: Range<Int>, name: String, kind: Entity.Kind)]
        var style: Style
        var certainty: Certainty
        var claim: Claim?
        var figureSubjects: [FigureSubject?]
    }

    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    init(_ fields: Fields) { box = Box(fields) }

    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = box.fields
        change(&fields)
        box = Box(fields)
    }

    public var sentence: Sentence {
        get { box.fields.sentence }
        set { update { $0.sentence = newValue } }
    }
    public var section: String {
        get { box.fields.place.section }
        set { update { $0.place.section = newValue } }
    }
    public var block: String {
        get { box.fields.place.block }
        set { update { $0.place.block = newValue } }
    }
    public var blockKind: Block.Kind {
        get { box.fields.place.blockKind }
        set { update { $0.place.blockKind = newValue } }
    }
    /// Position of the sentence in its paragraph (0-based) and the
    /// paragraph's sentence count.
    public var indexInBlock: Int {
        get { box.fields.place.indexInBlock }
        set { update { $0.place.indexInBlock = newValue } }
    }
    public var blockSentenceCount: Int {
        get { box.fields.place.blockSentenceCount }
        set { update { $0.place.blockSentenceCount = newValue } }
    }
    /// The sentence as it stands in its block (offsets below refer to it).
    public var text: String {
        get { box.fields.text }
        set { update { $0.text = newValue } }
    }
    public var cues: [Cue] {
        get { box.fields.cues }
        set { update { $0.cues = newValue } }
    }
    public var quantities: [Quantity] {
        get { box.fields.quantities }
        set { update { $0.quantities = newValue } }
    }
    /// The sentence's tokens, only when the evaluation was asked to keep
    /// them (see ``Evaluator/Session/evaluate(_:keepingTokens:)``); empty otherwise.
    public var tokens: [Token] {
        get { box.fields.tokens }
        set { update { $0.tokens = newValue } }
    }
    public var entities: [(range: Range<Int>, name: String, kind: Entity.Kind)] {
        get { box.fields.entities }
        set { update { $0.entities = newValue } }
    }
    public var style: Style {
        get { box.fields.style }
        set { update { $0.style = newValue } }
    }
    public var certainty: Certainty {
        get { box.fields.certainty }
        set { update { $0.certainty = newValue } }
    }
    public var claim: Claim? {
        get { box.fields.claim }
        set { update { $0.claim = newValue } }
    }
    /// The subject of each figure, in the order of `quantities`, read from
    /// the tokens while they were at hand; empty when no figure is one
    /// ``InconsistentFigure`` compares.
    var figureSubjects: [FigureSubject?] { box.fields.figureSubjects }

    /// How a Japanese sentence ends: です・ます (polite) or だ・である (plain).
    public enum Style: String, Sendable, Codable {
        case polite, plain, none
    }

    /// Whether the sentence is a claim: asked of every sentence by rules and
    /// the argument builder, and `claim != nil` copied the claim out first.
    var isClaim: Bool {
        if case .some = box.fields.claim { return true }
        return false
    }

    /// The claim's certainty, read in place; nil when the sentence is no claim.
    var claimCertainty: Certainty? {
        switch box.fields.claim {
        case .some(let claim): claim.certainty
        case .none: nil
        }
    }

    /// Whether both sentences stand in the same block, compared in place.
    func isInBlock(of other: SentenceFacts) -> Bool { box.fields.place.block == other.box.fields.place.block }

    public func cues(_ kind: Cue.Kind) -> [Cue] { cues.filter { $0.kind == kind } }
    public func has(_ kind: Cue.Kind) -> Bool { box.fields.cues.contains { $0.kind == kind } }
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
    private var blockMaps: BlockMaps

    public init(document: Document, sentences: [SentenceFacts], annotations: Annotations, claims: [Claim]) {
        self.document = document
        self.sentences = sentences
        self.annotations = annotations
        self.claims = claims
        self.blockMaps = Self.blockMaps(document)
    }

    private static func blockMaps(_ document: Document) -> BlockMaps {
        var ids: [String] = []
        var maps: [TextMap?] = []
        for section in document.sections {
            for block in section.blocks {
                ids.append(block.id)
                maps.append(block.textMap)
            }
        }
        let index = ElementIndex(ids, prefix: "p")
        if index.isOrdered { return .ordered(index, maps) }
        var table: [String: TextMap] = [:]
        for (id, map) in zip(ids, maps) { if let map { table[id] = map } }
        return .table(table)
    }

    /// The text maps of the blocks by block id: the blocks Ronten numbered
    /// (`p1`, `p2`, … in order) by reading the id's number, any others (a
    /// document read from JSON) through a dictionary, as before.
    private enum BlockMaps: Sendable {
        case ordered(ElementIndex, [TextMap?])
        case table([String: TextMap])

        subscript(id: String) -> TextMap? {
            switch self {
            case .ordered(let index, let maps): index[id].flatMap { maps[$0] }
            case .table(let table): table[id]
            }
        }
    }

    /// Places spans of one sentence's text: the block's map is looked up
    /// once for all of a sentence's marks, not once per mark.
    struct SpanPlacer {
        let text: SourceText?
        let map: TextMap?
        let base: Int?
        let whole: SourceRange

        /// As ``EvaluatedDocument/range(of:in:)`` answers.
        func range(_ span: Range<Int>) -> SourceRange {
            guard let text, let map, let base else { return whole }
            return text.range(map.sourceRange((base + span.lowerBound)..<(base + span.upperBound)))
        }
    }

    func placer(for facts: SentenceFacts) -> SpanPlacer {
        SpanPlacer(text: document.text, map: blockMaps[facts.block], base: facts.sentence.span?.lowerBound,
                   whole: facts.sentence.range)
    }

    /// The source range of a span of a sentence's own text.
    public func range(of span: Range<Int>, in facts: SentenceFacts) -> SourceRange {
        guard let text = document.text, let map = blockMaps[facts.block], let base = facts.sentence.span?.lowerBound else {
            return facts.sentence.range
        }
        return text.range(map.sourceRange((base + span.lowerBound)..<(base + span.upperBound)))
    }
}
