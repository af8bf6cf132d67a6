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
        var tally = LanguageWeights()
        for sentence in sentences { tally.add(sentence.language, weight: sentence.weight) }
        return tally.language
    }

    static let documentShare = 0.85
}

/// Sentence weights summed by language, as ``LanguageIdentifier/identifyDocument(_:)``
/// weighs them: kept as three sums, so a block and its document are judged
/// without a list of every sentence's weight.
public struct LanguageWeights: Sendable {
    private var japanese = 0, english = 0, mixed = 0

    public init() {}

    public mutating func add(_ language: Language, weight: Int) {
        guard weight > 0 else { return }
        switch language {
        case .japanese: japanese += weight
        case .english: english += weight
        case .mixed: mixed += weight
        case .undetermined: break
        }
    }

    public mutating func add(_ other: LanguageWeights) {
        japanese += other.japanese
        english += other.english
        mixed += other.mixed
    }

    /// Japanese or English when that language holds at least 85% of the
    /// weight (a mixed sentence counting half to each), otherwise mixed;
    /// undetermined with no weight at all.
    public var language: Language {
        let total = Double(japanese + english + mixed)
        guard total > 0 else { return .undetermined }
        let share = LanguageIdentifier.documentShare
        if (Double(japanese) + Double(mixed) / 2) / total >= share { return .japanese }
        if (Double(english) + Double(mixed) / 2) / total >= share { return .english }
        return .mixed
    }
}
