/// The language of a sentence, a block or a document.
public enum Language: String, Codable, Hashable, Sendable, CaseIterable {
    case japanese = "ja"
    case english = "en"
    /// Substantial Japanese and English in one unit.
    case mixed
    /// No letters to judge by (figures, symbols, an empty line).
    case undetermined = "und"
}

/// How the bytes of an input file were decoded.
public enum TextEncoding: String, Codable, Hashable, Sendable, CaseIterable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8-BOM"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case shiftJIS = "Shift_JIS"
    case eucJP = "EUC-JP"
}
