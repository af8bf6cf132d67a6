import RontenCore

/// Flags a Japanese article that mixes です・ます (polite) and だ・である
/// (plain) sentence endings: one finding, on the first sentence of the
/// minority style, with how many there are and which style dominates.
///
/// Does not flag sentences whose ending shows no style (体言止め, quoted
/// fragments, 「〜という。」), block quotes (someone else's words), or
/// articles written in one style. On a tie the style of the first styled
/// sentence counts as the article's.
///
/// A reviewer cares because switching register reads as carelessness and
/// blurs the voice: readers notice it before they notice the argument.
public struct MixedPoliteness: Rule {
    public static let descriptor = RuleDescriptor(
        id: "mixed-politeness",
        defaultSeverity: .warning,
        summary: LocalizedText(
            ja: "です・ます調とだ・である調が混在している。",
            en: "Polite (desu/masu) and plain (da/de aru) endings are mixed."),
        description: LocalizedText(
            ja: "一つの記事の中で、です・ます調の文とだ・である調の文が混在しているものを指摘します。少数派の文体の最初の文に1件、その文数と優勢な文体を示します。文末に文体の表れない文（体言止めなど）、引用ブロック、一つの文体で統一された記事は対象外です。同数のときは最初に文体が表れた文のものを記事の文体とみなします。文体の揺れは不注意に見え、書き手の声をぼやけさせます。読者は論旨より先にそれに気づきます。",
            en: "Flags a Japanese article that mixes polite (です・ます) and plain (だ・である) sentence endings: one finding, on the first sentence in the minority style, giving how many there are and which style dominates. Sentences whose ending shows no style, block quotes and articles written in one style are not flagged; on a tie, the style of the first styled sentence counts as the article's. Switching register reads as carelessness and blurs the writer's voice; readers notice it before they notice the argument."),
        help: LocalizedText(
            ja: "記事全体をどちらか一方の文体に揃えてください。",
            en: "Use one style throughout the article."))

    public init() {}

    public func check(_ document: EvaluatedDocument) -> [Finding] {
        var polite: [Int] = []
        var plain: [Int] = []
        for (index, facts) in document.sentences.enumerated() where facts.blockKind != .blockQuote {
            switch facts.style {
            case .polite: polite.append(index)
            case .plain: plain.append(index)
            case .none: break
            }
        }
        guard let firstPolite = polite.first, let firstPlain = plain.first else { return [] }
        let politeDominates = polite.count > plain.count || (polite.count == plain.count && firstPolite < firstPlain)
        let minority = politeDominates ? plain : polite
        let facts = document.sentences[minority[0]]
        let (jaMinority, jaMajority) = politeDominates ? ("だ・である調", "です・ます調") : ("です・ます調", "だ・である調")
        let (enMinority, enMajority) = politeDominates ? ("plain (da/de aru)", "polite (desu/masu)") : ("polite (desu/masu)", "plain (da/de aru)")
        let majorityCount = politeDominates ? polite.count : plain.count
        return [finding(
            LocalizedText(
                ja: "\(jaMajority)の記事（\(majorityCount)文）に\(jaMinority)の文が\(minority.count)文混じっています。これが最初の文です。",
                en: "\(minority.count) sentence(s) in the \(enMinority) style in an article written mostly in the \(enMajority) style (\(majorityCount) sentences); this is the first."),
            at: facts.sentence.range, sentence: facts.sentence.id,
            evidence: minority.prefix(5).map { document.sentences[$0].sentence.id })]
    }
}
