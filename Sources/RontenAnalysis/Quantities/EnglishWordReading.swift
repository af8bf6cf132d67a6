import RontenCore

/// English words that start figures: spelled numbers, months, next/last, FY, Q3.
extension QuantityReading {
    /// The ASCII word at `i`: skipped whole when it is part of an identifier
    /// (H100, SE-0001), read on when it can start a figure; returns where to resume.
    mutating func word(at i: Int) -> Int {
        let e = t.letterRun(from: i)
        let c = t.byte(e)
        if c == UInt8(ascii: "$") { return currencySymbol(at: i) }
        if TextBytes.isDigit(c) {
            if e - i == 1, TextBytes.lower(t.byte(i)) == UInt8(ascii: "q"), let r = quarterCode(at: i) { return r }
            if e - i == 2, t.hasWord("fy", at: i), let r = fiscalCode(at: i, digits: e) {
                return r
            }
            return t.identifierRun(from: i)
        }
        if c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: "."),
           TextBytes.isDigit(t.byte(e + 1)) {
            return t.identifierRun(from: i)
        }
        guard let key = t.wordKey(i..<e), let trigger = EnglishTriggers.byKey[key] else { return e }
        switch trigger {
        case .spelled:
            guard var n = spelledNumeral(at: i) else { return e }
            return max(figure(first: &n, lead: Lead(start: i)), e)
        case .month(let m):
            return monthDate(at: i, wordEnd: e, month: m) ?? e
        case .relative(let sign):
            return relativeWord(at: i, wordEnd: e, sign: sign) ?? e
        case .fiscal:
            let k = t.skipSpaces(from: e)
            if e - i == 2, k > e { return fiscalCode(at: i, digits: k) ?? e }
            var d = k
            if t.hasWord("year", at: k) { d = t.skipSpaces(from: k + 4) }
            guard d > e, TextBytes.isDigit(t.byte(d)) else { return e }
            return fiscalCode(at: i, digits: d) ?? e
        case .quarterOrdinal(let quarter):
            return quarterWords(at: i, wordEnd: e, quarter: quarter) ?? e
        case .currencyCode(let code):
            let k = t.skipSpaces(from: e)
            guard TextBytes.isDigit(t.byte(k)) else { return e }
            return figure(at: k, lead: Lead(start: i, currency: code))
        }
    }

    /// A four-digit year (or two digits, read as 20xx) at `i`.
    func yearDigits(at i: Int, allowShort: Bool) -> (Int, Int)? {
        var j = i, v = 0
        while TextBytes.isDigit(t.byte(j)) && j - i < 5 { v = v * 10 + Int(t.byte(j) - 0x30); j += 1 }
        guard !TextBytes.isLetter(t.byte(j)), !TextBytes.isDigit(t.byte(j)) else { return nil }
        if j - i == 4 { return (v, j) }
        if j - i == 2 && allowShort { return (2000 + v, j) }
        return nil
    }

    /// FY2025, FY25, FY 2025, fiscal 2025, fiscal year 2025.
    mutating func fiscalCode(at i: Int, digits d: Int) -> Int? {
        guard let (year, end) = yearDigits(at: d, allowShort: true) else { return nil }
        emit(Quantity(text: "", start: i, end: end, kind: .fiscalYear, value: Double(year),
                      calendar: Quantity.CalendarDate(year: year)))
        return end
    }

    /// Q3, Q3 2025, Q3 FY2025.
    mutating func quarterCode(at i: Int) -> Int? {
        let digit = t.byte(i + 1)
        guard digit >= 0x31 && digit <= 0x34, !TextBytes.isDigit(t.byte(i + 2)), !TextBytes.isLetter(t.byte(i + 2))
        else { return nil }
        var q = Quantity(text: "", start: i, end: i + 2, kind: .quarter,
                         calendar: Quantity.CalendarDate(quarter: Int(digit - 0x30)))
        var k = t.skipSpaces(from: i + 2)
        if k > i + 2 {
            if t.hasWord("fy", at: k) || (t.lowercaseWord(k..<k + 2) == "fy" && TextBytes.isDigit(t.byte(k + 2))) {
                k = t.skipSpaces(from: k + 2)
            }
            if let (year, end) = yearDigits(at: k, allowShort: false) {
                q.calendar?.year = year
                q.value = Double(year)
                q.end = end
            }
        }
        emit(q)
        return q.end
    }

    /// "the third quarter", "third quarter of 2025".
    mutating func quarterWords(at i: Int, wordEnd e: Int, quarter: Int) -> Int? {
        let k = t.skipSpaces(from: e)
        guard k > e, t.hasWord("quarter", at: k) else { return nil }
        var q = Quantity(text: "", start: i, end: k + 7, kind: .quarter,
                         calendar: Quantity.CalendarDate(quarter: quarter))
        let of = t.skipSpaces(from: q.end)
        var y = t.skipSpaces(from: of + 2)
        if t.hasWord("fiscal", at: y) { y = t.skipSpaces(from: y + 6) }
        if t.hasWord("fy", at: y) { y = t.skipSpaces(from: y + 2) }
        if t.hasWord("of", at: of), let (year, end) = yearDigits(at: y, allowShort: false) {
            q.calendar?.year = year
            q.value = Double(year)
            q.end = end
        }
        emit(q)
        return q.end
    }

    /// March 2025, March 15, March 15, 2025, Sept. 3.
    mutating func monthDate(at i: Int, wordEnd e: Int, month: Int) -> Int? {
        var k = e
        if t.byte(k) == UInt8(ascii: ".") { k += 1 }
        let d = t.skipSpaces(from: k)
        guard d > k || k > e, TextBytes.isDigit(t.byte(d)) else { return nil }
        var q = Quantity(text: "", start: i, end: d, kind: .date, calendar: Quantity.CalendarDate(month: month))
        if let (year, end) = yearDigits(at: d, allowShort: false) {
            q.calendar?.year = year
            q.value = Double(year)
            q.end = end
            emit(q)
            return end
        }
        var j = d, day = 0
        while TextBytes.isDigit(t.byte(j)) && j - d < 2 { day = day * 10 + Int(t.byte(j) - 0x30); j += 1 }
        guard (1...31).contains(day), !TextBytes.isDigit(t.byte(j)) else { return nil }
        for suffix: StaticString in ["st", "nd", "rd", "th"] where t.hasWord(suffix, at: j) { j += 2; break }
        guard !TextBytes.isLetter(t.byte(j)) else { return nil }
        q.calendar?.day = day
        q.end = j
        var y = j
        if t.byte(y) == UInt8(ascii: ",") { y += 1 }
        y = t.skipSpaces(from: y)
        if y > j, let (year, end) = yearDigits(at: y, allowShort: false) {
            q.calendar?.year = year
            q.value = Double(year)
            q.end = end
        }
        emit(q)
        return q.end
    }

    /// "15 March 2025": a day before an English month name.
    mutating func dayMonth(_ n: Numeral, start: Int) -> Int? {
        guard let day = smallInteger(n), (1...31).contains(day), n.plainDigitCount != nil else { return nil }
        let k = t.skipSpaces(from: n.end)
        guard k > n.end else { return nil }
        let e = t.letterRun(from: k)
        guard let w = t.lowercaseWord(k..<e), case .month(let month)? = EnglishTriggers.words[w] else { return nil }
        var q = Quantity(text: "", start: start, end: e, kind: .date,
                         calendar: Quantity.CalendarDate(month: month, day: day))
        let y = t.skipSpaces(from: e)
        if y > e, let (year, end) = yearDigits(at: y, allowShort: false) {
            q.calendar?.year = year
            q.value = Double(year)
            q.end = end
        }
        emit(q)
        return q.end
    }

    /// next year, last month, this year, the past decade, over the next five
    /// years, the coming few years.
    mutating func relativeWord(at i: Int, wordEnd e: Int, sign: Int) -> Int? {
        let k = t.skipSpaces(from: e)
        guard k > e else { return nil }
        var q = Quantity(text: "", start: i, end: k, kind: .relativeTime)
        var amount: Numeral?
        var unitAt = k
        if let n = spelledNumeral(at: k) ?? (TextBytes.isDigit(t.byte(k)) ? numeral(at: k) : nil) {
            amount = n
            unitAt = t.skipSpaces(from: n.end)
            guard unitAt > n.end else { return nil }
        }
        let unitEnd = t.letterRun(from: unitAt)
        guard let w = t.lowercaseWord(unitAt..<unitEnd), let (unit, factor) = TimeWords.english[w] else { return nil }
        if amount == nil, w.hasSuffix("s") { return nil }  // "next years" names no span
        q.end = unitEnd
        q.unit = unit.rawValue
        let s = Double(sign)
        if let n = amount {
            if let (lo, hi) = n.vagueBounds {
                q.approximation = .vague
                q.magnitude = n.magnitude
                q.low = sign < 0 ? -hi * factor : lo * factor
                q.high = sign < 0 ? -lo * factor : hi * factor
            } else {
                q.value = n.value * factor * s
            }
        } else {
            q.value = factor * s
        }
        // "over the next decade": the preposition and article belong to the phrase.
        var front = t.skipSpaces(before: i)
        if front < i, t.hasWord("the", endingAt: front) {
            let the = front - 3
            front = t.skipSpaces(before: the)
            var start = the
            for word: StaticString in ["over", "in", "within", "during", "for", "throughout"]
            where front < the && t.hasWord(word, endingAt: front) {
                start = front - word.utf8CodeUnitCount
                break
            }
            if start >= floor { q.start = start }
        }
        emit(q)
        return q.end
    }
}
