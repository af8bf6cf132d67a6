import RontenCore

/// One line of a cue lexicon: an id, the patterns that find it, and what a
/// match signals.
///
/// Pattern syntax (the same in every lexicon file and in user additions):
/// - `a|b|c`: alternatives, any of which is the same entry.
/// - `…` or `*`: a gap of any text up to ``LexiconEntry/gapLimit`` bytes within
///   one sentence, for discontinuous cues (`確かに…が`, `like * did`).
/// - `#` at the start or end of a piece: one or more digits, ASCII or
///   full-width (`by #` finds "by 2030", `#年までに` finds 「2030年までに」).
/// - `〜` or `~` at either end: where the cue attaches to other words; only
///   documentation, ignored by matching.
/// - English patterns match whole words, ignoring ASCII case: `may` finds
///   "May" and "may" but not "mayor", and `could` does not find "couldn't".
///   An apostrophe also finds the typographic ’.
/// Japanese patterns match the surface text anywhere.
public struct LexiconEntry: Sendable, Hashable {
    /// The most text a gap may span; about 40 Japanese characters or 20
    /// English words, enough for a clause and short of the next sentence.
    public static let gapLimit = 120

    public var id: String
    public var language: Language
    public var kind: Cue.Kind
    public var relation: Cue.Relation?
    public var source: Cue.Source?
    /// Strength of a hedge or booster, 0…1; 1 unless the line says otherwise.
    public var weight: Double
    public var patterns: [CuePattern]
    public var options: Options

    public init(id: String, language: Language, kind: Cue.Kind, relation: Cue.Relation? = nil,
                source: Cue.Source? = nil, weight: Double = 1, patterns: [CuePattern], options: Options = []) {
        self.id = id
        self.language = language
        self.kind = kind
        self.relation = relation
        self.source = source
        self.weight = weight
        self.patterns = patterns
        self.options = options
    }

    /// Flags from a line's options column.
    public struct Options: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// `exclude`: text that looks like a cue of this kind but is not one
        /// (明らかになる is not the booster 明らかに). It wins over shorter
        /// matches of its kind like any entry, then is dropped.
        public static let exclude = Options(rawValue: 1 << 0)
        /// `start`: only at the start of a sentence ("So," "Yet").
        public static let sentenceStart = Options(rawValue: 1 << 1)
        /// `end`: only at the end of a sentence (問題があるかも。).
        public static let sentenceEnd = Options(rawValue: 1 << 2)
        /// `case`: letter case must match exactly.
        public static let caseSensitive = Options(rawValue: 1 << 3)
        /// `not-month`: "May" is the month, not the modal, when capitalised
        /// mid-sentence or followed by a number.
        public static let notMonth = Options(rawValue: 1 << 4)
    }
}

/// One alternative of an entry: literal pieces with gaps between them.
public struct CuePattern: Sendable, Hashable {
    public var pieces: [Piece]

    public init(pieces: [Piece]) { self.pieces = pieces }

    public struct Piece: Sendable, Hashable {
        public var text: String
        public var digitsBefore: Bool
        public var digitsAfter: Bool

        public init(text: String, digitsBefore: Bool = false, digitsAfter: Bool = false) {
            self.text = text
            self.digitsBefore = digitsBefore
            self.digitsAfter = digitsAfter
        }
    }
}
