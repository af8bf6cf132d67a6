import RontenCore

/// Flags an analogy that carries the argument alone: 「これは、かつての
/// インテルと同じ戦略だ。」 or "just as AWS did with compute", in a
/// paragraph that gives no figure and no named source.
///
/// One finding per paragraph, on its first analogy; later analogies in the
/// same paragraph (「同様の戦略を試みている」) are counted in the message.
/// Does not flag an analogy whose paragraph also gives a figure (money, a
/// share, a count) or a named source, nor comparisons (より, than).
///
/// A reviewer cares because an analogy shows that something is possible,
/// not that it will happen: that AWS won by selling capacity says little
/// about whether another company will, unless the article shows the cases
/// are alike.
public struct AnalogyAsProof: Rule {
    public static let descriptor = RuleDescriptor(
        id: "analogy-as-proof",
        defaultSeverity: .warning,
        summary: LocalizedText(
            ja: "類推が他の根拠なしに論証の役割を担っている。",
            en: "An analogy is offered as proof, with no other evidence."),
        description: LocalizedText(
            ja: "「〜と同じ戦略だ」「〜のように」「just as AWS did」のような類推を含む主張で、同じ段落に数値も名前のある出典もないものを指摘します（段落ごとに最初の類推に1件。同じ段落の他の類推は件数として示します）。段落に数値や出典がある類推、比較（より、than）は対象外です。類推は「あり得る」ことを示しても「そうなる」ことは示しません。二つの事例が似ていることを示さなければ、他社の成功は論拠になりません。",
            en: "Flags claims that rest on an analogy (just as, the same playbook, like X did, 〜と同じ戦略だ, 〜のように) in a paragraph that gives no figure and no named source: one finding per paragraph, on its first analogy, with later ones counted. Analogies backed by a figure or a source in their paragraph, and comparisons (than, より) are not flagged. An analogy shows that something is possible, not that it will happen; another company's success is no argument until the article shows the cases are alike."),
        help: LocalizedText(
            ja: "二つの事例がどの点で似ているかを示し、数値や出典で裏付けてください。違いがあれば述べてください。",
            en: "Show how the two cases are alike, back it with figures or sources, and say where they differ."))

    public init() {}

    public func check(_ document: EvaluatedDocument) -> [Finding] {
        var findings: [Finding] = []
        let sentences = document.sentences
        for paragraph in document.paragraphs {
            let supported = paragraph.contains { index in
                let facts = sentences[index]
                return facts.hasExactStatistic
                    || facts.cues.contains { $0.kind == .attribution && $0.source == .named }
            }
            guard !supported else { continue }
            let analogical = paragraph.filter { sentences[$0].isClaim && sentences[$0].has(.analogy) }
            guard let first = analogical.first, let claim = sentences[first].claim else { continue }
            let cues = sentences[first].cues(.analogy).map(\.text)
            let others = analogical.count - 1
            findings.append(finding(
                LocalizedText(
                    ja: "\(Quote.ja(cues))という類推が、数値や出典のない段落で論拠になっています。"
                        + (others > 0 ? "同じ段落に類推がさらに\(others)件あります。" : ""),
                    en: "The analogy \(Quote.en(cues)) carries the argument in a paragraph with no figure or source."
                        + (others > 0 ? " The paragraph draws \(others) more." : "")),
                at: claim.range, sentence: claim.sentence, evidence: cues))
        }
        return findings
    }
}
