import RontenCore

/// What sits next to a number: English scales, units, and hedges before and after.
extension QuantityReading {
    /// English scales after digits ("60 billion", "1.2bn", "2.5k", "$5m").
    /// False when Latin letters glued to the digits make them part of a name (4o, 5G).
    func attachScale(_ n: inout Numeral, currency: Bool) -> Bool {
        let c = t.byte(n.end)
        if TextBytes.isLetter(c) {
            guard !n.spelled else { return true }
            let e = t.letterRun(from: n.end)
            // 53BP1, 3D2: letters with digits after them make a name.
            guard !TextBytes.isDigit(t.byte(e)), let w = t.lowercaseWord(n.end..<e) else { return false }
            if n.scaleExponent == nil, let s = EnglishNumbers.scales[w], s > 2 {
                n.multiply(byPowerOfTen: s)
                n.end = e
                return true
            }
            // $5m and 10M users are millions; a bare 5m is more likely metres.
            let capital = e - n.end == 1 && (c == UInt8(ascii: "M") || c == UInt8(ascii: "B"))
            if currency || capital, n.scaleExponent == nil, let s = ["m": 6, "b": 9, "t": 12][w] {
                n.multiply(byPowerOfTen: s)
                n.end = e
                return true
            }
            if w == "s" { return n.plainDigitCount == 4 }  // the 1990s
            return ["x", "pp", "ppt", "bp", "bps", "pct"].contains(w)
        }
        guard n.scaleExponent == nil, !n.spelled else { return true }
        let k = t.skipSpaces(from: n.end)
        if k > n.end, let (s, length) = scaleWord(at: k), s > 1, s != 3 || length > 1 {
            n.multiply(byPowerOfTen: s)
            n.end = k + length
        }
        return true
    }

    /// The unit after a number: Japanese words directly, English ones after spaces.
    func unit(at i: Int) -> (unit: FigureUnit, end: Int)? {
        let first = t.scalar(at: i).value
        if UnitLexicon.japaneseUnitStarts.contains(first) {
            for (word, u) in UnitLexicon.japanese where t.has(word, at: i) {
                return (u, i + word.utf8CodeUnitCount)
            }
        }
        if first == 0xD7 { return (.ratio, i + 2) }  // 10×
        if first >= 0x80 { return nil }
        let c = t.byte(i)
        if c == UInt8(ascii: "s"), !TextBytes.isLetter(t.byte(i + 1)), let (p, _) = t.scalar(before: i),
           p < 0x80, TextBytes.isDigit(UInt8(p)) {
            return (.time(.year, .decade), i + 1)
        }
        if (c == UInt8(ascii: "x") || c == UInt8(ascii: "X")), !TextBytes.isLetter(t.byte(i + 1)) {
            return (.ratio, i + 1)
        }
        if c == UInt8(ascii: "-") {
            if t.hasWord("fold", at: i + 1) { return (.ratio, i + 5) }
            for (word, u) in [("year", TimeUnit.year), ("month", .month), ("week", .week), ("day", .day)] {
                let w = word
                let end = i + 1 + w.utf8.count
                if t.lowercaseWord(i + 1..<min(end, t.count)) == w, !TextBytes.isLetter(t.byte(end)) {
                    return (.time(u, .span), end)
                }
            }
            return nil
        }
        let k = t.skipSpaces(from: i)
        if t.byte(k) == UInt8(ascii: "%") { return (.percent, k + 1) }
        guard k > i || TextBytes.isLetter(c), TextBytes.isLetter(t.byte(k)) else { return nil }
        for (word, u) in UnitLexicon.english where t.hasWord(word, at: k) {
            return (u, k + word.utf8CodeUnitCount)
        }
        if t.hasWord("decades", at: k) { return (.time(.year, .decade), k + 7) }
        if t.hasWord("decade", at: k) { return (.time(.year, .decade), k + 6) }
        return nil
    }

    /// A hedge written after the figure: 超, 以上, 前後, "or more", `+`.
    func suffixHedge(at i: Int) -> (Quantity.Approximation, Int)? {
        let first = t.scalar(at: i).value
        if first >= 0x80 {
            guard UnitLexicon.japaneseSuffixStarts.contains(first) else { return nil }
            for (word, a) in UnitLexicon.japaneseSuffixes where t.has(word, at: i) {
                return (a, i + word.utf8CodeUnitCount)
            }
            return nil
        }
        if t.byte(i) == UInt8(ascii: "+") { return (.atLeast, i + 1) }
        let k = t.skipSpaces(from: i)
        guard k > i, t.byte(k) == UInt8(ascii: "o") || t.byte(k) == UInt8(ascii: "O") else { return nil }
        for (word, a) in UnitLexicon.englishSuffixes where t.hasWord(word, at: k) {
            return (a, k + word.utf8CodeUnitCount)
        }
        return nil
    }

    /// A hedge written before the figure (約, about, more than), not reaching
    /// back into the previous figure.
    func prefixHedge(before start: Int) -> (Quantity.Approximation, Int)? {
        if let (last, _) = t.scalar(before: start), last >= 0x80 {
            guard UnitLexicon.japanesePrefixEnds.contains(last) else { return nil }
            for (word, a) in UnitLexicon.japanesePrefixes where t.has(word, endingAt: start) {
                let s = start - word.utf8CodeUnitCount
                if s >= floor { return (a, s) }
            }
            return nil
        }
        let k = t.skipSpaces(before: start)
        guard k < start || start == 0 else { return nil }
        for (word, a) in UnitLexicon.englishPrefixes where t.hasWord(word, endingAt: k) {
            let s = k - word.utf8CodeUnitCount
            if s >= floor { return (a, s) }
        }
        return nil
    }

    /// Kanji that may stand right before a kanji numeral without making it
    /// part of a word: 約三千, 計五社, 今後数年, 過去十年, 最大三割.
    func precededByAllowedKanji(_ i: Int) -> Bool {
        guard let (prev, _) = t.scalar(before: i) else { return true }
        switch prev {
        case 0x7D04, 0x8A08, 0x5F8C, 0x53BB, 0x5927, 0x4F4E, 0x5E74, 0x6708, 0x7B2C, 0x65E5: return true
        default: break
        }
        // 多数, 複数, 人数: 数 inside a word.
        return false
    }

    /// Words that begin with a kanji numeral but state no amount.
    func isKanjiIdiom(at i: Int) -> Bool {
        t.has("十分", at: i) || t.has("一部", at: i) || t.has("一方", at: i) || t.has("一番", at: i)
            || t.has("一度", at: i) || t.has("一時", at: i) && !t.has("一時間", at: i) || t.has("一本化", at: i)
            || t.has("一点", at: i) || t.has("一人ひとり", at: i)
    }
}
