/// What a word is to the reader of a figure's subject (see the analysis
/// module's FigureSubject), decided once per dictionary entry so that no
/// token need be made of the words around a figure.
public enum FigureWordClass: Sendable, Hashable {
    /// 名詞 or 接頭詞, but not a number (数), pronoun (代名詞) or dependent
    /// noun (非自立): a word of a subject's noun phrase.
    case noun
    /// 助詞: は, が, も as particles mark the subject before a figure.
    case particle
    /// Anything else, and text MeCab could not analyse.
    case other
}
