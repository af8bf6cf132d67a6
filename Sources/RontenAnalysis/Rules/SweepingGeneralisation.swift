import RontenCore

/// Flags a claim about all people, all cases or all times (誰もが, あらゆる,
/// すべての, 常に, everyone, always, never) that is not hedged.
///
/// Does not flag qualified quantifiers (ほぼすべて, almost all, not every),
/// set phrases (every day, after all), hedged sentences, or text that is not
/// a claim.
///
/// A reviewer cares because one counterexample refutes a universal claim:
/// a sweeping word makes the argument claim more than it needs to.
public struct SweepingGeneralisation: Rule {
    public static let descriptor = RuleDescriptor(
        id: "sweeping-generalisation",
        defaultSeverity: .warning,
        summary: LocalizedText(
            ja: "例外を認めない一般化をヘッジなしで述べている。",
            en: "A claim about all cases is made without qualification."),
        description: LocalizedText(
            ja: "「誰もが」「あらゆる」「すべての」「常に」「everyone」「always」「never」のように全員・全部・いつもを主張する言葉が、ヘッジされていない主張の中で使われているものを指摘します。「ほぼすべて」「almost all」のように限定された表現、「every day」のような定型句、ヘッジされた文は対象外です。全称の主張は反例ひとつで崩れるため、議論が必要以上のことを主張してしまいます。",
            en: "Flags words that claim all people, all cases or all times (everyone, always, never, every, 誰もが, あらゆる, すべての) in a claim that is not hedged. Qualified quantifiers (almost all, ほぼすべて), set phrases (every day, after all) and hedged sentences are not flagged. One counterexample refutes a universal claim, so a sweeping word makes the argument claim more than it needs to."),
        help: LocalizedText(
            ja: "範囲を限定するか（「多くの」「主要な」）、全称を支える根拠を示してください。",
            en: "Narrow the claim (\"most\", \"the largest\") or give the evidence that it holds in every case."))

    public init() {}

    public func check(_ document: EvaluatedDocument) -> [Finding] {
        let locate = SpanLocator(document)
        var findings: [Finding] = []
        for facts in document.sentences {
            // Asked first: most sentences have no such word, and reading the
            // claim copies it.
            guard facts.has(.generalisation), let claim = facts.claim, claim.certainty != .hedged else { continue }
            for cue in facts.cues(.generalisation) {
                findings.append(finding(
                    LocalizedText(
                        ja: "「\(cue.text)」は例外を認めない一般化です。",
                        en: "\"\(cue.text)\" generalises to every case."),
                    at: locate.range(of: cue, in: facts), sentence: facts.sentence.id, evidence: [cue.text]))
            }
        }
        return findings
    }
}
