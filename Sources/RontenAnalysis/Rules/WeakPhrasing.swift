import RontenCore

/// Flags wording that weakens a sentence without adding information:
/// 〜と思う, 〜気がする, かもしれ, なんとなく, "I think", "sort of",
/// "kind of", and intensifiers such as "really" or "basically".
///
/// Does not flag impersonal hedges a careful writer uses on purpose
/// (と考えられる, may, likely: those are judged as certainty, not style), nor
/// look-alikes ("a kind of", "rather than").
///
/// A reviewer cares because weak phrasing makes the writer sound unsure of
/// claims they may be sure of, and hides the real uncertainty among the
/// habitual kind.
public struct WeakPhrasing: Rule {
    public static let descriptor = RuleDescriptor(
        id: "weak-phrasing",
        defaultSeverity: .info,
        summary: LocalizedText(
            ja: "文を弱める表現（〜と思う、〜気がする、I think など）がある。",
            en: "Wording weakens the sentence (I think, sort of, 〜と思う)."),
        description: LocalizedText(
            ja: "「〜と思う」「〜気がする」「かもしれ」「なんとなく」「I think」「sort of」「kind of」のように、情報を加えずに文を弱める表現を指摘します。書き手が意図して使う客観的なヘッジ（と考えられる、may、likely）や、「a kind of」「rather than」のような紛らわしい表現は対象外です。弱い言い回しは確信のある主張まで自信なさげに見せ、本当の不確かさを習慣的な言い回しの中に埋もれさせます。",
            en: "Flags wording that weakens a sentence without adding information: I think, sort of, kind of, intensifiers such as really or basically, 〜と思う, 〜気がする, なんとなく. Deliberate impersonal hedges (may, likely, と考えられる) and look-alikes (a kind of, rather than) are not flagged. Weak phrasing makes the writer sound unsure even of claims they are sure of, and hides the real uncertainty among the habitual kind."),
        help: LocalizedText(
            ja: "言い切れることは言い切り、不確かな点は何がどの程度不確かかを具体的に書いてください。",
            en: "State what you know plainly; where you are unsure, say what is uncertain and how much."))

    public init() {}

    public func check(_ document: EvaluatedDocument) -> [Finding] {
        let locate = SpanLocator(document)
        var findings: [Finding] = []
        // has(_:) first: cues(_:) makes an array even when it finds nothing.
        for facts in document.sentences where facts.has(.weakPhrase) {
            for cue in facts.cues(.weakPhrase) {
                findings.append(finding(
                    LocalizedText(
                        ja: "「\(cue.text)」は文を弱めています。",
                        en: "\"\(cue.text)\" weakens the sentence."),
                    at: locate.range(of: cue, in: facts), sentence: facts.sentence.id, evidence: [cue.text]))
            }
        }
        return findings
    }
}
