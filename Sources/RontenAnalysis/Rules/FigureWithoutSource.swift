import RontenCore

/// Flags a claim that states a figure (money, a percentage, a multiple, a
/// count) when neither its sentence nor its paragraph names a source.
///
/// Does not flag figures in a paragraph with a named source (〜によると,
/// according to, 「と発表した」), dates and years, vague amounts (see
/// ``VagueQuantity``), or figures in a condition (「2倍になれば」, "if
/// prices fall 10%"), which are hypotheses, not reports.
///
/// A reviewer cares because a figure is the strongest kind of evidence only
/// when the reader can trace it.
public struct FigureWithoutSource: Rule {
    public static let descriptor = RuleDescriptor(
        id: "figure-without-source",
        defaultSeverity: .info,
        summary: LocalizedText(
            ja: "数値の出典が示されていない。",
            en: "A figure is given without a source."),
        description: LocalizedText(
            ja: "金額・割合・倍率・件数などの数値を述べる主張で、同じ文にも同じ段落にも名前のある出典（「〇〇によると」「according to」「〜と発表した」）がないものを指摘します。日付や年、曖昧な数量（vague-quantity が扱う）、「2倍になれば」のような条件の中の数値は対象外です。数値は出典をたどれて初めて強い根拠になります。",
            en: "Flags claims that state a figure (money, a percentage, a multiple, a count) when neither the sentence nor its paragraph names a source (according to, 〜によると, 「と発表した」). Dates and years, vague amounts (see vague-quantity) and figures inside a condition (\"if prices fall 10%\") are not flagged. A figure is the strongest evidence only when the reader can trace it."),
        help: LocalizedText(
            ja: "数値の出典（調査名、決算資料、発表者）と時点を示してください。",
            en: "Name the figure's source (a survey, a filing, who announced it) and when it was measured."))

    public init() {}

    public func check(_ document: EvaluatedDocument) -> [Finding] {
        let locate = SpanLocator(document)
        var findings: [Finding] = []
        let sentences = document.sentences
        for paragraph in document.paragraphs {
            let sourced = paragraph.contains { index in
                sentences[index].cues.contains { $0.kind == .attribution && $0.source == .named }
            }
            guard !sourced else { continue }
            for index in paragraph {
                let facts = sentences[index]
                guard facts.isClaim,
                      !facts.cues.contains(where: { $0.kind == .discourseMarker && $0.relation == .condition }) else { continue }
                let figures = facts.quantities.filter { ClaimReader.isStatistic($0) && $0.approximation != .vague }
                guard let first = figures.first else { continue }
                let texts = figures.map(\.text)
                findings.append(finding(
                    LocalizedText(
                        ja: "\(Quote.ja(texts))の出典が示されていません。",
                        en: "No source is given for \(Quote.en(texts))."),
                    at: locate.range(of: first, in: facts), sentence: facts.sentence.id, evidence: texts))
            }
        }
        return findings
    }
}
