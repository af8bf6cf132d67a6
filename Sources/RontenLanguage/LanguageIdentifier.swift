import RontenCore

/// Tells Japanese from English (and both mixed) by the scripts used.
/// (Interface fixed; implementation in progress.)
public enum LanguageIdentifier {
    public static func identify(_ text: ArraySlice<UInt8>) -> Language {
        for b in text where b >= 0xE3 && b <= 0xE9 { return .japanese }
        return text.isEmpty ? .undetermined : .english
    }
}
