import RontenCore

/// Flags a claim stated with certainty (必ず, 間違いなく, すでに定まっている,
/// clearly, undoubtedly) that nothing in the text supports: no figure, named
/// source, date or example in the sentence or next to it in its paragraph.
///
/// Does not flag emphasis alone ("actually", "in fact", もちろん: boosters
/// weighing under 0.7), hedged sentences, strong claims that come with a
/// figure or a source, or boosted predictions (``OverconfidentPrediction``
/// covers those, so one sentence does not get two warnings for one fault).
///
/// A reviewer cares because certainty is the writer asking to be believed:
/// where the article gives no reason, the reader has only the writer's tone.
public struct UnsupportedStrongClaim: Rule {
    public static let descriptor = RuleDescriptor(
        id: "unsupported-strong-claim",
        defaultSeverity: .warning,
        summary: LocalizedText(
            ja: "断定的な主張に根拠が示されていない。",
            en: "A claim stated with certainty has no support in the text."),
        description: LocalizedText(
            ja: "「必ず」「間違いなく」「すでに定まっている」のような確信の言葉で述べられた主張のうち、同じ文にも同じ段落の隣の文にも数値・出典・日付・具体例がないものを指摘します。「実際」「もちろん」程度の強調だけの文、ヘッジされた文、根拠を伴う文、断定的な予測（overconfident-prediction が扱う）は対象外です。確信の強さは読者に信頼を求める合図であり、理由が示されなければ読者には書き手の口調しか残りません。",
            en: "Flags claims stated with words of certainty (clearly, undoubtedly, inevitably, 必ず, 間違いなく) when neither the sentence nor its neighbours in the paragraph give a figure, a named source, a date or an example. Mere emphasis (\"actually\", \"in fact\"), hedged sentences, claims that come with evidence, and boosted predictions (see overconfident-prediction) are not flagged. Certainty asks the reader for trust; without a reason, the reader has only the writer's tone."),
        help: LocalizedText(
            ja: "根拠（数値、出典、事例）を添えるか、確信の言葉を外して主張の強さを根拠に見合ったものにしてください。",
            en: "Add the evidence (a figure, a source, an example), or drop the word of certainty so the claim is no stronger than its support."))

    public init() {}

    public func check(_ document: EvaluatedDocument) -> [Finding] {
        var findings: [Finding] = []
        for facts in document.sentences {
            // Asked first: reading the claim copies it, and most sentences are not boosted claims.
            guard facts.claimCertainty == .boosted, let claim = facts.claim, claim.certainty == .boosted, claim.evidence.isEmpty,
                  !facts.isOverconfidentPrediction else { continue }
            let words = facts.certaintyWords.map(\.text)
            guard !words.isEmpty else { continue }
            findings.append(finding(
                LocalizedText(
                    ja: "\(Quote.ja(words))と断定していますが、根拠（数値・出典・事例）が示されていません。",
                    en: "\(Quote.en(words)) states this with certainty, but no figure, source or example supports it."),
                at: claim.range, sentence: claim.sentence, evidence: words))
        }
        return findings
    }
}
