import RontenCore

/// Tells Japanese from English (and both mixed) by the scripts used.
/// (Interface fixed; implementation in progress.)
public enum LanguageIdentifier {
    public static func identify(_ text: ArraySlice<UInt8>) -> Language {
        for b in text where b >= 0xE3 && b <= 0xE9 { return .japanese }
        return text.isEmpty ? .undetermined : .english
    }
}

extension LanguageIdentifier {
    /// Placeholder until the weighted rule lands: the heaviest language.
    public static func identifyDocument(_ sentences: [(language: Language, weight: Int)]) -> Language {
        var totals: [Language: Int] = [:]
        for (language, weight) in sentences { totals[language, default: 0] += weight }
        return totals.max { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }?.key ?? .undetermined
    }
}
