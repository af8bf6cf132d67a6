import RontenCore

/// Bare numbers with no unit: when one is a year, and when it is a name's version.
extension QuantityReading {
    /// A bare number under 1000 after a capitalised word that does not open
    /// the text: the version in a name (LLaMA 3, iPhone 15).
    func isNameVersion(_ n: Numeral, second: Numeral?, approximation: Quantity.Approximation) -> Bool {
        guard second == nil, approximation == .exact, !n.spelled, n.value < 1000, n.mantissa != nil else { return false }
        let k = t.skipSpaces(before: n.start)
        guard k < n.start, k > 0 else { return false }
        var w = k
        while w > 0, TextBytes.isLetter(t.byte(w - 1)) { w -= 1 }
        guard w < k, (w..<k).contains(where: { TextBytes.isUpper(t.byte($0)) }) else { return false }
        if let word = t.lowercaseWord(w..<k), EnglishTriggers.sentenceWords.contains(word) { return false }
        return true
    }

    /// A bare four-digit number read as a year: after "in", "by", "since"…, or
    /// before punctuation or Japanese text, or a span of two such years.
    func looksLikeYear(_ n: Numeral, second: Numeral?, start: Int) -> Bool {
        func isYear(_ x: Numeral) -> Bool {
            x.plainDigitCount == 4 && x.value >= 1800 && x.value <= 2199 && !x.spelled
        }
        guard isYear(n) else { return false }
        if let second { return isYear(second) }
        let k = t.skipSpaces(before: start)
        var w = k
        while w > 0, TextBytes.isLetter(t.byte(w - 1)) { w -= 1 }
        if w < k, let word = t.lowercaseWord(w..<k), EnglishTriggers.yearPrepositions.contains(word) { return true }
        // Meta's 2025 plan
        if w + 1 == k, TextBytes.lower(t.byte(w)) == UInt8(ascii: "s"),
           t.byte(w - 1) == UInt8(ascii: "'") || t.has("’", endingAt: w) { return true }
        let next = t.byte(n.end)
        if n.end == t.count || next >= 0x80 { return true }
        return [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
                UInt8(ascii: ")"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "'")].contains(next)
    }
}
