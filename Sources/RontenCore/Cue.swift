/// A word or phrase in a sentence that signals how the writer stands to a
/// claim (hedge, booster), how it links to its neighbours (discourse marker),
/// whose view it reports (attribution), or how far it reaches
/// (generalisation, analogy, prediction).
///
/// Cues come from lexicon files, and `entry` names the line that decided the
/// match, so a finding can tell the reader which word it was judged by.
public struct Cue: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
        /// かもしれない, may, suggests: the writer holds back from full commitment.
        case hedge
        /// 明らかに, clearly, undoubtedly: the writer claims certainty.
        case booster
        /// だから, しかし, therefore, however: a link to another statement.
        case discourseMarker = "discourse-marker"
        /// 〜によると, according to, some say: the view is someone else's.
        case attribution
        /// 誰もが, あらゆる, everyone, never: a claim about all cases.
        case generalisation
        /// 〜と同じ戦略だ, just as: one case offered as a model for another.
        case analogy
        /// 〜と思う, I think, sort of: wording a style rule may want stronger.
        case weakPhrase = "weak-phrase"
        /// 今後, will, by 2030: a statement about the future.
        case prediction
        /// べきだ, should, we recommend: what ought to be done.
        case recommendation
        /// より, 比べて, than, outperforms: one thing ranked against another.
        case comparison
        /// 重要だ, 正しい, crucial, wrong: a judgement of value.
        case evaluation
        /// もたらす, により, leads to, drives: one thing bringing about another.
        case causation
    }

    /// What a discourse marker says about the statement it introduces.
    public enum Relation: String, Sendable, Codable, Hashable, CaseIterable {
        /// なぜなら, because, since: the unit gives a reason for what it is attached to.
        case cause
        /// だから, したがって, therefore, that's why: the unit draws a conclusion
        /// from what came before.
        case result
        case contrast
        case conclusion
        case example
        case addition
        /// 確かに…が, admittedly: a point granted before it is answered.
        case concession
        case condition
        case sequence
    }

    /// Whether an attribution names its source (according to the IMF) or
    /// hides it (some say, 〜という声もある).
    public enum Source: String, Sendable, Codable, Hashable, CaseIterable {
        case named
        case anonymous
    }

    public var kind: Kind
    /// Set for discourse markers only.
    public var relation: Relation?
    /// Set for attributions only.
    public var source: Source?
    /// The matched text as it stands in the sentence; for a pattern with a
    /// gap (確かに…が) the whole span, gap included.
    public var text: String
    /// UTF-8 byte offsets into the text that was matched, `end` exclusive.
    public var start: Int
    public var end: Int
    /// The lexicon entry that matched, such as `ja.hedge.kamoshirenai`.
    public var entry: String
    /// How strongly a hedge, booster or attribution weighs in ``Certainty``
    /// (0…1, from the lexicon line); 1 for other kinds.
    public var strength: Double

    public init(kind: Kind, relation: Relation? = nil, source: Source? = nil, text: String,
                start: Int, end: Int, entry: String, strength: Double = 1) {
        self.kind = kind
        self.relation = relation
        self.source = source
        self.text = text
        self.start = start
        self.end = end
        self.entry = entry
        self.strength = strength
    }
}

/// How firmly a sentence states what it states, judged from its hedges,
/// boosters and anonymous attributions.
public enum Certainty: String, Sendable, Codable, Hashable, CaseIterable {
    /// The sentence holds back: may, かもしれない, some say.
    case hedged
    /// Neither hedged nor boosted.
    case plain
    /// The sentence insists: clearly, 間違いなく, always.
    case boosted
}
