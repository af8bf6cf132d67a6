import RontenCore

/// Tells Japanese from English (and both mixed) by the scripts used.
///
/// A unit with a Japanese clause (kana) is Japanese even when it names
/// OpenAI or quotes "$60.5 billion"; one with an English clause (lowercase
/// and function words) is English even when it quotes 論点; it is mixed only
/// when it holds both clauses and neither outweighs the other three to one.
public enum LanguageIdentifier {
    public static func identify(_ text: ArraySlice<UInt8>) -> Language {
        text.withUnsafeBufferPointer { ScriptTally($0).language }
    }

    /// The language of a document from its sentences, each weighted by its
    /// length in bytes: Japanese or English when that language holds at least
    /// 85% of the weight (a mixed sentence counting half to each), otherwise
    /// mixed. Sentences without letters carry no weight; with no weight at
    /// all the document is undetermined.
    public static func identifyDocument(_ sentences: [(language: Language, weight: Int)]) -> Language {
        var japanese = 0, english = 0, mixed = 0
        for sentence in sentences where sentence.weight > 0 {
            switch sentence.language {
            case .japanese: japanese += sentence.weight
            case .english: english += sentence.weight
            case .mixed: mixed += sentence.weight
            case .undetermined: break
            }
        }
        let total = Double(japanese + english + mixed)
        guard total > 0 else { return .undetermined }
        if (Double(japanese) + Double(mixed) / 2) / total >= documentShare { return .japanese }
        if (Double(english) + Double(mixed) / 2) / total >= documentShare { return .english }
        return .mixed
    }

    static let documentShare = 0.85
}
