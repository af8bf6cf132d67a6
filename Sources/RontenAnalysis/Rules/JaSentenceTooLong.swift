import RontenCore

/// Flags a Japanese sentence longer than a limit (100 characters by
/// default), counted in Unicode scalars without whitespace.
///
/// Does not flag English or mixed-language sentences (their length is a
/// matter of words, not characters), headings, or code.
///
/// A reviewer cares because a long Japanese sentence strings clauses
/// together with 〜し、〜であり、 and leaves the reader to work out which is
/// the claim; Japanese style guides commonly set the limit near 100.
public struct JaSentenceTooLong: Rule {
    public static let defaultLimit = 100

    public static let descriptor = RuleDescriptor(
        id: "ja-sentence-too-long",
        defaultSeverity: .info,
        summary: LocalizedText(
            ja: "日本語の一文が長すぎる（既定は100文字超）。",
            en: "A Japanese sentence is too long (over 100 characters by default)."),
        description: LocalizedText(
            ja: "空白を除いた文字数が上限（既定100文字）を超える日本語の文を指摘します。英語や日英混在の文、見出し、コードは対象外です。長い文は「〜し、〜であり、」と節をつなげ、どれが主張なのかを読者に解かせることになります。日本語の文章作法では100文字前後を上限とすることが多いです。",
            en: "Flags Japanese sentences longer than a limit (100 characters by default), counting Unicode scalars other than whitespace. English and mixed-language sentences, headings and code are not flagged. A long Japanese sentence strings clauses together and leaves the reader to work out which one is the claim; Japanese style guides commonly set the limit near 100 characters."),
        help: LocalizedText(
            ja: "主張ごとに文を分け、一文一義にしてください。",
            en: "Split the sentence so that each sentence makes one point."))

    public var limit: Int

    public init() { self.init(limit: Self.defaultLimit) }

    public init(limit: Int) { self.limit = limit }

    public func check(_ document: EvaluatedDocument) -> [Finding] {
        var findings: [Finding] = []
        for facts in document.sentences where facts.sentence.language == .japanese {
            var count = 0
            // Whitespace in Japanese text is ASCII or U+3000; a cheap test per scalar.
            for scalar in facts.sentence.text.unicodeScalars {
                let v = scalar.value
                if !(v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0x3000 || (v >= 0x2000 && v <= 0x200B)) { count += 1 }
            }
            guard count > limit else { continue }
            findings.append(finding(
                LocalizedText(
                    ja: "この文は\(count)文字あり、上限の\(limit)文字を超えています。",
                    en: "This sentence has \(count) characters, over the limit of \(limit)."),
                at: facts.sentence.range, sentence: facts.sentence.id, evidence: ["\(count)"]))
        }
        return findings
    }
}
