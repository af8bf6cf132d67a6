/// Text for an XML 1.0 document: markup characters escaped, and characters
/// XML 1.0 cannot hold at all (most C0 controls, U+FFFE, U+FFFF) dropped,
/// since no escape makes them legal.
enum XMLText {
    /// For element content.
    static func content(_ text: String) -> String { escape(text, attribute: false) }

    /// For a value between double quotes. Line breaks and tabs are written
    /// as character references, which attribute normalisation would
    /// otherwise turn into spaces.
    static func attribute(_ text: String) -> String { escape(text, attribute: true) }

    private static func escape(_ text: String, attribute: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where attribute: result += "&quot;"
            case "\n" where attribute: result += "&#10;"
            case "\r": result += "&#13;"
            case "\t" where attribute: result += "&#9;"
            default:
                if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v == 0x09 || v == 0x0A || v == 0x0D }
        return v != 0xFFFE && v != 0xFFFF
    }
}
