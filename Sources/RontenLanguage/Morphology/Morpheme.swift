/// One word of MeCab's analysis without its strings: its byte range and
/// where its dictionary entry sits in the tokenizer that found it.
///
/// Turning every word into a ``RontenCore/Token`` copies a dozen strings;
/// a caller that looks at a few words (the sentence's end, its proper nouns)
/// makes tokens of those alone with ``JapaneseTokenizer/token(_:in:)``.
/// A morpheme belongs to the tokenizer that made it and stays valid until
/// that tokenizer's next analysis.
public struct Morpheme: Sendable, Hashable {
    /// UTF-8 byte offsets in the analysed text.
    public var start: Int
    public var end: Int
    /// MeCab's 名詞,固有名詞 (company, person, place names…).
    public var isProperNoun: Bool
    let entry: Int32
    let generation: Int
    let isUnknown: Bool

    /// Text MeCab could not analyse, kept as one unknown word.
    static let unanalysed: Int32 = -1
}
