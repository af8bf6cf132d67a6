/// What kind of assertion a claim makes.
public enum ClaimType: String, Sendable, Codable, Hashable, CaseIterable {
    /// Rests on a figure: 売上は35%伸びた.
    case statistical
    /// States a fact: Meta released LLaMA for free.
    case factual
    /// Says one thing brings about another: その結果, because.
    case causal
    /// Says what will happen: will dominate, 明らかになるだろう.
    case predictive
    /// Ranks or compares: より安価, faster than.
    case comparative
    /// Offers one case as a model for another: AWSと同じ戦略だ.
    case analogical
    /// Judges: 非常に重要だ, the direction is right.
    case evaluative
    /// Says what should be done: べきだ, we recommend.
    case recommendation
}

/// What in the text supports a claim.
public struct Evidence: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
        case figure
        /// A named source: according to the IMF, 〜によると.
        case source
        case example
        case date
    }

    public var kind: Kind
    /// The sentence holding it (the claim's own or a neighbour).
    public var sentence: String
    public var text: String
    public var range: SourceRange

    public init(kind: Kind, sentence: String, text: String, range: SourceRange) {
        self.kind = kind
        self.sentence = sentence
        self.text = text
        self.range = range
    }
}

/// A sentence that asserts something, with the evaluator's reading of it.
public struct Claim: Sendable, Codable, Hashable {
    /// `c1`, `c2`, … in reading order.
    public var id: String
    public var sentence: String
    public var text: String
    public var range: SourceRange
    public var type: ClaimType
    public var certainty: Certainty
    /// The cue texts that decided the certainty.
    public var certaintyCues: [String]
    public var evidence: [Evidence]

    public init(id: String, sentence: String, text: String, range: SourceRange, type: ClaimType,
                certainty: Certainty, certaintyCues: [String] = [], evidence: [Evidence] = []) {
        self.id = id
        self.sentence = sentence
        self.text = text
        self.range = range
        self.type = type
        self.certainty = certainty
        self.certaintyCues = certaintyCues
        self.evidence = evidence
    }
}

/// Something the evaluator marked in a sentence (a figure, an entity, a
/// cue), placed in the original file.
public struct Mention<Value: Sendable & Codable & Hashable>: Sendable, Codable, Hashable {
    public var sentence: String
    public var range: SourceRange
    public var value: Value

    public init(sentence: String, range: SourceRange, value: Value) {
        self.sentence = sentence
        self.range = range
        self.value = value
    }
}
