import RontenCore

/// Flags a view reported without saying whose it is: 「過剰投資を疑う声も
/// あった」, 「〜との見方もある」, "some say", "critics argue".
///
/// Does not flag named attributions (〜によると after a name, "according to
/// the IMF", 「と述べた」), nor the writer's own hedges.
///
/// A reviewer cares because an anonymous voice can be neither checked nor
/// weighed: it lets the writer raise (or knock down) a view no one may hold.
public struct AnonymousAttribution: Rule {
    public static let descriptor = RuleDescriptor(
        id: "anonymous-attribution",
        defaultSeverity: .warning,
        summary: LocalizedText(
            ja: "誰の意見か分からない形で見解を紹介している。",
            en: "A view is attributed to no one in particular."),
        description: LocalizedText(
            ja: "「〜という声もある」「〜との見方もある」「関係者によると」「some say」「critics argue」のように、出どころを示さずに見解を紹介する表現を指摘します。名前を挙げた出典（「〇〇によると」「according to the IMF」）や書き手自身のヘッジは対象外です。匿名の声は確かめることも重みを量ることもできず、誰も主張していない見解を持ち出して退ける「わら人形」にもなり得ます。",
            en: "Flags views reported without a source: \"some say\", \"critics argue\", \"it is widely believed\", 「〜という声もある」, 「〜との見方もある」. Named sources (\"according to the IMF\", 〜によると after a name) and the writer's own hedges are not flagged. An anonymous voice can be neither checked nor weighed, and it lets a writer raise, or knock down, a view no one may hold."),
        help: LocalizedText(
            ja: "誰の見解かを明示し（人名・組織名・調査名）、できれば引用元を示してください。",
            en: "Say whose view it is (a person, an organisation, a survey) and, where you can, cite it."))

    public init() {}

    public func check(_ document: EvaluatedDocument) -> [Finding] {
        let locate = SpanLocator(document)
        var findings: [Finding] = []
        for facts in document.sentences {
            for cue in facts.cues where cue.kind == .attribution && cue.source == .anonymous {
                findings.append(finding(
                    LocalizedText(
                        ja: "「\(cue.text)」は誰の見解かを示していません。",
                        en: "\"\(cue.text)\" does not say whose view this is."),
                    at: locate.range(of: cue, in: facts), sentence: facts.sentence.id, evidence: [cue.text]))
            }
        }
        return findings
    }
}
