import RontenCore

/// Flags a sentence hedged twice or more: "The data suggests the bet may
/// pay off", 「〜可能性があると考えられる」.
///
/// Counts hedges that hold back on their own (weight 0.5 or more: may,
/// suggests, かもしれない, と考えられる); softeners such as "generally",
/// 「ほぼ」 do not count. Does not flag a single hedge.
///
/// A reviewer cares because each extra hedge weakens the claim again: two
/// together leave the reader unsure what, if anything, is being claimed.
public struct HedgeStacking: Rule {
    public static let descriptor = RuleDescriptor(
        id: "hedge-stacking",
        defaultSeverity: .info,
        summary: LocalizedText(
            ja: "一つの文にヘッジが重なっている。",
            en: "One sentence stacks two or more hedges."),
        description: LocalizedText(
            ja: "「可能性があると考えられる」「suggests that … may」のように、一つの文に二つ以上のヘッジ（単独でも主張を弱める語。かもしれない、と考えられる、may、suggests など）が重なっているものを指摘します。「ほぼ」「generally」のような弱い緩和語は数えません。ヘッジを重ねるたびに主張は弱まり、二つ重なると何を主張しているのか読者には分からなくなります。",
            en: "Flags sentences with two or more hedges that each hold back on their own (may, suggests, likely, かもしれない, と考えられる); softeners such as generally or ほぼ do not count. Each extra hedge weakens the claim again; two together leave the reader unsure what, if anything, is being claimed."),
        help: LocalizedText(
            ja: "ヘッジは一つに絞り、不確かさの理由を具体的に書いてください。",
            en: "Keep one hedge and say why the claim is uncertain."))

    public init() {}

    public func check(_ document: EvaluatedDocument) -> [Finding] {
        var findings: [Finding] = []
        for facts in document.sentences where facts.isClaim && facts.has(.hedge) {
            let hedges = facts.cues(.hedge).filter { $0.strength >= 0.5 }
            guard hedges.count >= 2 else { continue }
            let texts = hedges.map(\.text)
            findings.append(finding(
                LocalizedText(
                    ja: "ヘッジが\(hedges.count)つ重なっています：\(Quote.ja(texts))。",
                    en: "\(hedges.count) hedges in one sentence: \(Quote.en(texts))."),
                at: facts.sentence.range, sentence: facts.sentence.id, evidence: texts))
        }
        return findings
    }
}
