import RontenCore

/// Decides whether a sentence is a claim and of what type, from its cues and
/// figures. The order of the checks is the order of precedence: a sentence
/// that recommends on the strength of a figure is a recommendation.
enum ClaimReader {
    static func isClaim(_ text: String, kind: Block.Kind) -> Bool {
        guard kind != .code, kind != .html, kind != .table else { return false }
        // Runs on every sentence: a byte-level test, not Unicode properties.
        func isSpace(_ v: UInt32) -> Bool { v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0x3000 }
        var letters = 0
        var last: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if isSpace(v) { continue }
            if (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A) || (v >= 0x3040 && v <= 0x30FF) || (v >= 0x4E00 && v <= 0x9FFF)
                || (v >= 0xC0 && v < 0x2000 && scalar.properties.isAlphabetic) {
                letters += 1
            }
            last = scalar
            // Six letters settle it; only the last character is left to find, from the end.
            if letters >= 6 {
                last = text.unicodeScalars.reversed().first { !isSpace($0.value) }
                break
            }
        }
        // Questions ask rather than assert; fragments of a few letters are labels.
        if let last, last == "?" || last == "？" { return false }
        return letters >= 6
    }

    static func type(cues: [Cue], quantities: [Quantity]) -> ClaimType {
        func has(_ kind: Cue.Kind) -> Bool { cues.contains { $0.kind == kind } }
        if has(.recommendation) { return .recommendation }
        if has(.prediction) { return .predictive }
        if has(.analogy) { return .analogical }
        if has(.causation) || cues.contains(where: { $0.kind == .discourseMarker && ($0.relation == .cause || $0.relation == .result) }) { return .causal }
        if quantities.contains(where: isStatistic) { return .statistical }
        if has(.comparison) { return .comparative }
        if has(.evaluation) { return .evaluative }
        return .factual
    }

    /// A figure that measures something (money, a share, a count), not a date.
    static func isStatistic(_ quantity: Quantity) -> Bool {
        switch quantity.kind {
        case .money, .percent, .percentagePoint, .ratio: return true
        case .count, .plain:
            // 3つの動き enumerates; 3社, 500 users, 何十億人 measure.
            if quantity.approximation == .vague { return true }
            if quantity.unit == "つ" { return false }
            return (quantity.value ?? quantity.high ?? 0) >= (quantity.unit == nil ? 10 : 2)
        default: return false
        }
    }

    static func isDate(_ quantity: Quantity) -> Bool {
        switch quantity.kind {
        case .year, .date, .fiscalYear, .quarter: return true
        default: return false
        }
    }
}
