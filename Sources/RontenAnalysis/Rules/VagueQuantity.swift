import RontenCore

/// Flags a figure given only as an order of magnitude (何十億, 数百万, 数社,
/// "billions of", "dozens of") where a claim rests on it.
///
/// Does not flag exact figures, hedged but definite figures (約1,200億円,
/// about 40%, 600億~650億ドル: a range is a figure), vague times (今後数年,
/// in the coming years), or sentences that are not claims (headings, labels).
///
/// A reviewer cares because a vague amount sounds like evidence but cannot
/// be checked or compared: 何十億 covers a factor of ten.
public struct VagueQuantity: Rule {
    public static let descriptor = RuleDescriptor(
        id: "vague-quantity",
        defaultSeverity: .info,
        summary: LocalizedText(
            ja: "主張が桁しか分からない曖昧な数量に頼っている。",
            en: "A claim rests on an amount given only as an order of magnitude."),
        description: LocalizedText(
            ja: "「何十億」「数百万」「数社」のように桁だけを示す数量が主張の中で数値として使われているものを指摘します。正確な数値、「約」「前後」の付いた数値、範囲（600億~650億ドル）、「今後数年」のような曖昧な時期、主張でない文は対象外です。曖昧な数量は根拠のように響きますが、確かめることも比べることもできません（何十億は10倍の幅を持ちます）。",
            en: "Flags amounts given only as an order of magnitude (billions of, dozens of, 何十億, 数百万, 数社) used as a figure in a claim. Exact or approximate figures (about 40%), ranges ($60–65 million), vague times (in the coming years) and sentences that are not claims are not flagged. A vague amount sounds like evidence but cannot be checked or compared: \"billions\" spans a factor of a thousand."),
        help: LocalizedText(
            ja: "分かっている数値（「約30億」「2024年末時点で32億」）と出典を示してください。",
            en: "Give the figure you know (\"3.2 billion at the end of 2024\") and its source."))

    public init() {}

    public func check(_ document: EvaluatedDocument) -> [Finding] {
        let locate = SpanLocator(document)
        var findings: [Finding] = []
        for facts in document.sentences where facts.isClaim {
            for quantity in facts.quantities where quantity.approximation == .vague && ClaimReader.isStatistic(quantity) {
                findings.append(finding(
                    LocalizedText(
                        ja: "「\(quantity.text)」は桁しか示さない曖昧な数量です。",
                        en: "\"\(quantity.text)\" gives only an order of magnitude, not a figure."),
                    at: locate.range(of: quantity, in: facts), sentence: facts.sentence.id,
                    evidence: [quantity.text]))
            }
        }
        return findings
    }
}
