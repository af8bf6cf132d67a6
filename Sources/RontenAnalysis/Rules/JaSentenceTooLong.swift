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
            // Most sentences have no more scalars than the limit, whitespace
            // and all (an upper bound of the count): that settles them.
            var text = facts.sentence.text
            guard text.withUTF8({ UTF8Scalars.cut($0, after: limit) }) != nil else { continue }
            let count = Self.countedCharacters(facts.sentence.text)
            guard count > limit else { continue }
            findings.append(finding(
                LocalizedText(
                    ja: "この文は\(count)文字あり、上限の\(limit)文字を超えています。",
                    en: "This sentence has \(count) characters, over the limit of \(limit)."),
                at: facts.sentence.range, sentence: facts.sentence.id, evidence: ["\(count)"]))
        }
        return findings
    }

    /// The scalars of `text` other than whitespace (ASCII, U+3000 and
    /// U+2000–U+200B, all a Japanese text uses), counted on the UTF-8: one
    /// per lead byte, less the whitespace ones, with no scalar decoded.
    static func countedCharacters(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b & 0xC0 != 0x80 {
                    switch b {
                    case 0x20, 0x09, 0x0A, 0x0D:
                        break
                    case 0xE3 where i + 2 < n && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80:  // U+3000
                        break
                    case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && bytes[i + 2] <= 0x8B:  // U+2000–U+200B
                        break
                    default:
                        count += 1
                    }
                }
                i += 1
            }
            return count
        }
    }
}
