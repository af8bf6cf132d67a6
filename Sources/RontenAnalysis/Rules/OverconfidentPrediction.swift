import RontenCore

/// Flags a prediction stated as certain: 「2030年度までに必ず国内市場の3割を
/// 握る」, "Northwind will inevitably dominate the mid-market by 2028."
///
/// Flags sentences that speak of the future (今後, 〜までに, will, by 2030)
/// and are boosted by a word of certainty (必ず, 間違いなく, 確実に,
/// inevitably, will certainly, definitely). Does not flag hedged forecasts
/// (だろう, may, likely), plain forecasts, or sentences that only talk about
/// a prediction ("that prediction is undoubtedly too confident").
///
/// A reviewer cares because no one knows the future: a forecast stated as a
/// certainty hides its assumptions and cannot be weighed against the risks.
public struct OverconfidentPrediction: Rule {
    public static let descriptor = RuleDescriptor(
        id: "overconfident-prediction",
        defaultSeverity: .warning,
        summary: LocalizedText(
            ja: "将来の予測を確実なこととして述べている。",
            en: "A prediction is stated as a certainty."),
        description: LocalizedText(
            ja: "「今後」「〜までに」「だろう」などで未来を語る文が、「必ず」「間違いなく」「確実に」などの確信の言葉で強められているものを指摘します。ヘッジされた予測、確信の言葉のない予測、予測そのものを論評する文は対象外です。未来は誰にも分からないため、確実だと言い切る予測は前提を隠し、リスクと比べて評価することができません。",
            en: "Flags sentences about the future (will, by 2030, in the coming years, 今後, 〜までに) that are boosted by a word of certainty (inevitably, will certainly, definitely, 必ず, 間違いなく). Hedged or plain forecasts and sentences that merely discuss a prediction are not flagged. No one knows the future; a forecast stated as certain hides its assumptions and cannot be weighed against the risks."),
        help: LocalizedText(
            ja: "予測の前提と不確実性を示し（「〜が続けば」「〜の見込み」）、確信の言葉を外してください。",
            en: "State the assumptions and the uncertainty (\"if adoption holds\", \"we expect\") instead of a word of certainty."))

    public init() {}

    public func check(_ document: EvaluatedDocument) -> [Finding] {
        var findings: [Finding] = []
        for facts in document.sentences where facts.isOverconfidentPrediction {
            guard let claim = facts.claim else { continue }
            let words = facts.certaintyWords.map(\.text)
            findings.append(finding(
                LocalizedText(
                    ja: "将来の予測を\(Quote.ja(words))と確実なこととして述べています。",
                    en: "This prediction is stated as certain (\(Quote.en(words)))."),
                at: claim.range, sentence: claim.sentence, evidence: words))
        }
        return findings
    }
}
