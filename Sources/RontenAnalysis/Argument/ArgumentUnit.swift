import RontenCore

/// One argumentative unit as the builder sees it: a sentence (or a line of
/// pre-segmented input) with the signals the evaluator found in it. The
/// builder reads only these signals, so Japanese and English go through
/// the same method; the language changes nothing but the lexicons.
struct ArgumentUnit {
    var facts: SentenceFacts
    /// Sentences read together with `facts` as one unit: a denial and its
    /// correction (「…のではない。むしろ…」, "not X. Rather, Y").
    var followers: [SentenceFacts] = []
    /// Reading order over the whole document.
    var index: Int
    var sectionIndex: Int
    var isFirstInSection: Bool
    var isLastInSection: Bool
    var isFirstInParagraph: Bool
    var isLastInDocument: Bool
    var isFirstInDocument: Bool

    /// The relation of a discourse marker that opens the unit (しかし…, But…).
    var openingRelation: Cue.Relation?
    var opening: Cue?
    /// Relations of markers anywhere in the unit.
    var relations: RelationSet

    init(facts: SentenceFacts, index: Int) {
        self.facts = facts
        self.index = index
        sectionIndex = 0
        isFirstInSection = false
        isLastInSection = false
        isFirstInParagraph = facts.indexInBlock == 0
        isLastInDocument = false
        isFirstInDocument = false
        let cues = facts.cues
        let text = facts.text
        // One pass over the markers, no filtered copies: their relations, and
        // the first that opens the unit (nothing but punctuation or a quote before it).
        var relations = RelationSet([])
        var opening: Cue?
        var anonymous = false
        for cue in cues {
            if cue.kind == .attribution && cue.source == .anonymous { anonymous = true }
            guard cue.kind == .discourseMarker else { continue }
            if let relation = cue.relation { relations.insert(relation) }
            if opening == nil, Self.opensUnit(cue, in: text) { opening = cue }
        }
        self.relations = relations
        self.opening = opening
        openingRelation = opening?.relation
        reportsOpposingView = anonymous
            || openingRelation == .concession
            || Self.grantsAtStart(text)
        pointsBack = ArgumentBuilder.pointsBack(text)
    }

    var id: String { facts.sentence.id }
    var members: [SentenceFacts] { [facts] + followers }
    var isDenialAndCorrection: Bool { !followers.isEmpty }

    /// The unit's sentences as one text (a denial and its correction joined).
    var text: String {
        guard !followers.isEmpty else { return facts.sentence.text }
        return members.map(\.sentence.text).joined(separator: facts.sentence.language == .english ? " " : "")
    }

    private static let denialEndings: [StaticString] = ["ではない。", "のではない。", "わけではない。", "ではありません。",
                                                        "わけではありません。", "のではない", "ではなかった。"]

    /// Whether the sentence denies something (〜ではない, 〜わけではない, not), so a
    /// correction may follow.
    static func denies(_ facts: SentenceFacts) -> Bool {
        let text = facts.sentence.text
        if SentenceEnds.ends(text, withAnyOf: denialEndings) { return true }
        return SentenceEnds.hasNegation(text)
    }

    private static let correctionOpeners: [StaticString] = ["むしろ", "それどころか", "そうではなく", "Rather", "Instead", "On the contrary"]

    /// Whether the sentence corrects a denial just made: むしろ, rather, instead,
    /// or a short sentence straight after it (「…のではない。全く異なるゲームをしているのだ。」).
    static func corrects(_ facts: SentenceFacts) -> Bool {
        let text = facts.sentence.text
        if SentenceEnds.starts(text, withAnyOf: correctionOpeners) { return true }
        return SentenceEnds.isShorter(text, than: 25) && !facts.cues.contains { $0.kind == .discourseMarker }
    }

    var type: ClaimType? { facts.claim?.type }
    var isClaim: Bool { facts.isClaim }

    /// The author reports this view rather than holds it: some say, critics
    /// argue, 〜という声もある, or grants it before answering it (Admittedly…).
    /// Read once: the builder asks in several passes.
    let reportsOpposingView: Bool
    /// これは…, This is…: the sentence leans on the one before.
    let pointsBack: Bool

    var answersAView: Bool { openingRelation == .contrast }
    var hedgesOrGrants: Bool { facts.certainty == .hedged || reportsOpposingView }

    private static func opensUnit(_ cue: Cue, in text: String) -> Bool {
        guard cue.start > 0 else { return true }
        // Most sentences open with a letter, kana or kanji, which is neither
        // space, punctuation nor a quote: answered without Unicode properties.
        if let first = text.unicodeScalars.first, isPlainLetter(first.value) { return false }
        var leading = 0
        for scalar in text.unicodeScalars {
            if leading >= cue.start { break }
            guard scalar.properties.isWhitespace || scalar.properties.generalCategory == .otherPunctuation
                || "「『(（\"'“‘".unicodeScalars.contains(scalar) else { return false }
            leading += String(scalar).utf8.count
        }
        return cue.start <= leading
    }

    /// ASCII letters and digits, hiragana and katakana letters, and CJK
    /// ideographs: all letters or numbers (never ・ U+30FB, which is punctuation).
    private static func isPlainLetter(_ s: UInt32) -> Bool {
        (s >= 0x30 && s <= 0x39) || (s >= 0x41 && s <= 0x5A) || (s >= 0x61 && s <= 0x7A)
            || (s >= 0x3041 && s <= 0x3096) || (s >= 0x30A1 && s <= 0x30FA) || (s >= 0x4E00 && s <= 0x9FFF)
    }

    /// "Yes, …", "Of course, …", "Sure, …", "確かに…": a point granted.
    private static let grantingOpeners: [StaticString] = ["yes,", "of course", "sure,", "true,", "granted,", "admittedly", "it is true",
                                                          "it's true", "certainly,", "no doubt,", "確かに", "たしかに", "もちろん", "無論"]

    /// The first scalar of each granting opener.
    private static let grantingFirstScalars: [UInt32] = grantingOpeners.map { literal in
        literal.withUTF8Buffer { String(decoding: $0, as: UTF8.self).unicodeScalars.first!.value }
    }

    private static func grantsAtStart(_ text: String) -> Bool {
        // A plain first scalar (a Character of its own, which lower-casing
        // changes only for ASCII capitals into another scalar than any
        // opener's) that starts no opener decides most sentences at once.
        if let first = text.unicodeScalars.first, SentenceEnds.isPlain(first.value) {
            var value = first.value
            if value >= 0x41 && value <= 0x5A { value |= 0x20 }
            if !grantingFirstScalars.contains(value) { return false }
        }
        // Only the opening matters; lower-casing a whole sentence is costly.
        return SentenceEnds.startsIgnoringCase(text, withAnyOf: grantingOpeners)
    }
}

/// The relations a unit's markers carry, as bits: the builder asks four
/// times per unit, and hashing each question showed in profiles.
struct RelationSet {
    private var bits: UInt16 = 0

    init(_ relations: [Cue.Relation]) {
        for relation in relations { bits |= Self.bit(relation) }
    }

    func contains(_ relation: Cue.Relation) -> Bool { bits & Self.bit(relation) != 0 }

    mutating func insert(_ relation: Cue.Relation) { bits |= Self.bit(relation) }

    private static func bit(_ relation: Cue.Relation) -> UInt16 {
        switch relation {
        case .cause: return 1 << 0
        case .result: return 1 << 1
        case .contrast: return 1 << 2
        case .conclusion: return 1 << 3
        case .example: return 1 << 4
        case .addition: return 1 << 5
        case .concession: return 1 << 6
        case .condition: return 1 << 7
        case .sequence: return 1 << 8
        }
    }
}
