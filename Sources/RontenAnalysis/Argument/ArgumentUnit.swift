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
    var relations: Set<Cue.Relation>

    init(facts: SentenceFacts, index: Int) {
        self.facts = facts
        self.index = index
        sectionIndex = 0
        isFirstInSection = false
        isLastInSection = false
        isFirstInParagraph = facts.indexInBlock == 0
        isLastInDocument = false
        isFirstInDocument = false
        let markers = facts.cues.filter { $0.kind == .discourseMarker }
        relations = Set(markers.compactMap(\.relation))
        // A marker opens the unit when nothing but punctuation or a quote comes first.
        opening = markers.first { Self.opensUnit($0, in: facts.text) }
        openingRelation = opening?.relation
    }

    var id: String { facts.sentence.id }
    var members: [SentenceFacts] { [facts] + followers }
    var text: String { members.map(\.sentence.text).joined(separator: facts.sentence.language == .english ? " " : "") }
    var isDenialAndCorrection: Bool { !followers.isEmpty }

    private static let negations: [[UInt8]] = [" not ", "n't ", " no longer "].map { Array($0.utf8) }

    /// Whether the sentence denies something (〜ではない, 〜わけではない, not), so a
    /// correction may follow.
    static func denies(_ facts: SentenceFacts) -> Bool {
        let text = facts.sentence.text
        for ending in ["ではない。", "のではない。", "わけではない。", "ではありません。", "わけではありません。", "のではない", "ではなかった。"]
        where text.hasSuffix(ending) { return true }
        let lower = Array(text.lowercased().utf8)
        return negations.contains { ArgumentBuilder.contains(lower, $0) }
    }

    /// Whether the sentence corrects a denial just made: むしろ, rather, instead,
    /// or a short sentence straight after it (「…のではない。全く異なるゲームをしているのだ。」).
    static func corrects(_ facts: SentenceFacts) -> Bool {
        let text = facts.sentence.text
        for opener in ["むしろ", "それどころか", "そうではなく", "Rather", "Instead", "On the contrary"] where text.hasPrefix(opener) {
            return true
        }
        return text.count <= 24 && !facts.cues.contains { $0.kind == .discourseMarker }
    }
    var type: ClaimType? { facts.claim?.type }
    var isClaim: Bool { facts.claim != nil }

    /// The author reports this view rather than holds it: some say, critics
    /// argue, 〜という声もある, or grants it before answering it (Admittedly…).
    var reportsOpposingView: Bool {
        facts.cues.contains { $0.kind == .attribution && $0.source == .anonymous }
            || openingRelation == .concession
            || Self.grantsAtStart(facts.text)
    }

    var answersAView: Bool { openingRelation == .contrast }
    var hedgesOrGrants: Bool { facts.certainty == .hedged || reportsOpposingView }

    private static func opensUnit(_ cue: Cue, in text: String) -> Bool {
        var leading = 0
        for scalar in text.unicodeScalars {
            if leading >= cue.start { break }
            guard scalar.properties.isWhitespace || scalar.properties.generalCategory == .otherPunctuation
                || "「『(（\"'“‘".unicodeScalars.contains(scalar) else { return false }
            leading += String(scalar).utf8.count
        }
        return cue.start <= leading
    }

    /// "Yes, …", "Of course, …", "Sure, …", "確かに…": a point granted.
    private static func grantsAtStart(_ text: String) -> Bool {
        // Only the opening matters; lower-casing a whole sentence is costly.
        let lower = String(text.prefix(16)).lowercased()
        for opener in ["yes,", "of course", "sure,", "true,", "granted,", "admittedly", "it is true", "it's true",
                       "certainly,", "no doubt,", "確かに", "たしかに", "もちろん", "無論"] where lower.hasPrefix(opener) {
            return true
        }
        return false
    }
}
