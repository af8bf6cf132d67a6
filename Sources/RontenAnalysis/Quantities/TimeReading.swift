import RontenCore

/// Years, dates, fiscal years, quarters, durations and time relative to the
/// article's present, in Japanese and English.
extension QuantityReading {
    /// The calendar year a number names: 令和3年 → 2021, 2025年 → 2025.
    func calendarYear(_ n: Numeral, lead: Lead) -> Int? {
        guard !n.isVague, n.mantissa != nil, n.value == n.value.rounded(), n.value < 1e6 else { return nil }
        if let base = lead.eraBase { return base + Int(n.value) }
        if n.plainDigitCount == 4 { return Int(n.value) }
        return nil
    }

    /// Classifies a number followed by a time word; emits it and returns where
    /// to resume, or nil when the words state no time (13月).
    mutating func timeFigure(_ q: inout Quantity, unit u: TimeUnit, form: TimeForm, decade: Bool,
                             first: Numeral, second: Numeral?, lead: Lead) -> Int? {
        let year = calendarYear(first, lead: lead)
        switch (u, form) {
        case (.year, .fiscal):
            let short = first.plainDigitCount == 2 && lead.eraBase == nil ? 2000 + Int(first.value) : nil
            guard let y = year ?? short else { return nil }
            q.kind = .fiscalYear
            q.value = Double(y)
            q.calendar = Quantity.CalendarDate(year: y)
            if let s = second, let y2 = calendarYear(s, lead: Lead(start: 0)) {
                q.value = nil
                q.low = Double(y)
                q.high = Double(y2)
                q.calendar = nil
            } else if let (quarter, end) = quarterAfter(q.end) {
                q.kind = .quarter
                q.calendar?.quarter = quarter
                q.end = end
            }
        case (.year, _) where decade:
            if form == .decade, let y = year, second == nil, lead.eraBase == nil {
                q.kind = .year  // 1990年代, the 1990s
                q.low = Double(y)
                q.high = Double(y + 9)
            } else {
                if t.has("年代", endingAt: q.end) || t.byte(q.end - 1) == UInt8(ascii: "s") && form == .decade
                    && TextBytes.isDigit(t.byte(q.end - 2)) { return nil }
                return relativeOrDuration(&q, unit: .year, factor: 10, form: form, first: first, second: second)
            }
        case (.year, _) where year != nil:
            let y = year!
            q.kind = .year
            q.value = Double(y)
            q.calendar = Quantity.CalendarDate(year: y)
            if let s = second {
                guard let y2 = calendarYear(s, lead: lead) else { return nil }
                q.value = nil
                q.calendar = nil
                q.low = Double(min(y, y2))
                q.high = Double(max(y, y2))
            } else if form == .bare || form == .span {
                if let (quarter, end) = quarterAfter(q.end) {
                    q.kind = .quarter
                    q.calendar?.quarter = quarter
                    q.end = end
                } else if let (month, day, end) = monthDay(after: q.end) {
                    q.kind = .date
                    q.calendar?.month = month
                    q.calendar?.day = day
                    q.end = end
                }
            }
        case (.month, .calendar):
            guard second == nil, let m = smallInteger(first), (1...12).contains(m) else { return nil }
            q.kind = .date
            q.calendar = Quantity.CalendarDate(month: m)
            if let (day, end) = dayAfter(q.end) {
                q.calendar?.day = day
                q.end = end
            }
        case (.day, .calendar):
            if second == nil, let d = smallInteger(first), (1...31).contains(d) {
                q.kind = .date
                q.calendar = Quantity.CalendarDate(day: d)
            } else {
                return relativeOrDuration(&q, unit: .day, factor: 1, form: .span, first: first, second: second)
            }
        default:
            return relativeOrDuration(&q, unit: u, factor: 1, form: form, first: first, second: second)
        }
        emit(q)
        return q.end
    }

    /// 15年前 (-15 year), 3年後, in five years, five years ago; otherwise a duration.
    mutating func relativeOrDuration(_ q: inout Quantity, unit: TimeUnit, factor: Double, form: TimeForm,
                                     first: Numeral, second: Numeral?) -> Int? {
        var sign = 0.0
        switch form {
        case .ago: sign = -1
        case .later: sign = 1
        default:
            let k = t.skipSpaces(before: q.start)
            if k < q.start {
                for word: StaticString in ["within", "in"] where t.hasWord(word, endingAt: k) {
                    let s = k - word.utf8CodeUnitCount
                    if s >= floor { sign = 1; q.start = s }
                    break
                }
            }
        }
        q.unit = unit.rawValue
        setAmounts(&q, first, second, shift: 0)
        q.value = q.value.map { $0 * factor }
        q.low = q.low.map { $0 * factor }
        q.high = q.high.map { $0 * factor }
        if sign == 0 {
            q.kind = .duration
        } else {
            q.kind = .relativeTime
            if sign < 0 {
                q.value = q.value.map { -$0 }
                (q.low, q.high) = (q.high.map { -$0 }, q.low.map { -$0 })
            }
        }
        emit(q)
        return q.end
    }

    func smallInteger(_ n: Numeral) -> Int? {
        guard !n.isVague, n.mantissa != nil, n.value == n.value.rounded(), n.value < 1000 else { return nil }
        return Int(n.value)
    }

    /// 第3四半期 right after `i`.
    func quarterAfter(_ i: Int) -> (Int, Int)? {
        guard t.has("第", at: i), let n = numeral(at: i + 3), let v = smallInteger(n), (1...4).contains(v),
              t.has("四半期", at: n.end) else { return nil }
        return (v, n.end + 9)
    }

    /// 3月 or 3月15日 right after a year.
    func monthDay(after i: Int) -> (Int, Int?, Int)? {
        guard let n = numeral(at: i), let m = smallInteger(n), (1...12).contains(m),
              t.has("月", at: n.end) else { return nil }
        let end = n.end + 3
        if let (d, e) = dayAfter(end) { return (m, d, e) }
        return (m, nil, end)
    }

    func dayAfter(_ i: Int) -> (Int, Int)? {
        guard let n = numeral(at: i), let d = smallInteger(n), (1...31).contains(d), t.has("日", at: n.end),
              !t.has("日間", at: n.end) else { return nil }
        return (d, n.end + 3)
    }

    // MARK: Japanese time words

    /// 来年, 昨年, 去年, 今年, 来月…, and 今後/過去 before a span (今後の数年間).
    mutating func japaneseTimeWord(at i: Int) -> Int? {
        for (word, offset, unit) in TimeWords.japanese where t.has(word, at: i) {
            guard i >= floor else { return nil }
            let end = i + word.utf8CodeUnitCount
            emit(Quantity(text: "", start: i, end: end, kind: .relativeTime, value: offset, unit: unit.rawValue))
            return end
        }
        let sign: Double
        if t.has("今後", at: i) { sign = 1 } else if t.has("過去", at: i) { sign = -1 } else { return nil }
        var j = i + 6
        if t.has("の", at: j) { j += 3 }
        j = t.skipSpaces(from: j)
        guard var n = numeral(at: j) ?? spelledNumeral(at: j) else { return i + 6 }
        guard attachScale(&n, currency: false), let u = unit(at: n.end),
              case .time(let tu, let form) = u.unit, form == .bare || form == .span || form == .calendar,
              tu != .month || form != .calendar, tu != .day || form != .calendar || t.has("日間", at: n.end)
        else { return i + 6 }
        var q = Quantity(text: "", start: i, end: u.end, kind: .relativeTime)
        if t.has("間", at: q.end) { q.end += 3 }
        if let (a, e) = suffixHedge(at: q.end) { q.approximation = a; q.end = e }
        if n.isVague { q.approximation = .vague; q.magnitude = n.magnitude }
        _ = relativeOrDuration(&q, unit: tu, factor: 1, form: sign > 0 ? .later : .ago, first: n, second: nil)
        return q.end
    }

    /// 令和3年, 平成30年度, 令和元年.
    mutating func era(at i: Int) -> Int? {
        for (name, base) in TimeWords.eras where t.has(name, at: i) {
            let j = i + name.utf8CodeUnitCount
            var n: Numeral
            if t.has("元", at: j) {
                n = Numeral(start: j, end: j + 3, value: 1)
                n.mantissa = 1
            } else if let read = numeral(at: j), !read.isVague {
                n = read
            } else {
                return j
            }
            guard t.has("年", at: n.end) else { return n.end }
            return figure(first: &n, lead: Lead(start: i, eraBase: base))
        }
        return nil
    }

    /// 第3四半期 alone is a quarter; any other 第N is an ordinal and skipped.
    mutating func ordinal(at i: Int) -> Int {
        let j = i + 3
        guard let n = numeral(at: j) else { return j }
        if let (quarter, end) = quarterAfter(i) {
            emit(Quantity(text: "", start: i, end: end, kind: .quarter,
                          calendar: Quantity.CalendarDate(quarter: quarter)))
            return end
        }
        return n.end
    }

    mutating func japanese(at i: Int, scalar s: UInt32) -> Int {
        if let r = japaneseTimeWord(at: i) { return r }
        if let r = era(at: i) { return r }
        if s == 0x7B2C { return ordinal(at: i) }
        switch s {
        case 0x20AC, 0xA5, 0xFFE5, 0xA3, 0xFFE1, 0xFF04, 0x20A9: return currencySymbol(at: i)
        default: break
        }
        if NumeralScalar.digit(s) != nil || NumeralScalar.kanjiDigit(s) != nil
            || NumeralScalar.smallMultiplier(s) != nil || NumeralScalar.isPlaceholder(s) {
            return figure(at: i, lead: Lead(start: i))
        }
        return i + t.scalar(at: i).length
    }

    // MARK: English words

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
        if t.hasWord("of", at: of), let (year, end) = yearDigits(at: t.skipSpaces(from: of + 2), allowShort: false) {
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

enum TimeWords {
    /// Japanese words naming a time relative to now, longest first.
    static let japanese: [(StaticString, Double, TimeUnit)] = [
        ("再来年度", 2, .year), ("再来年", 2, .year), ("一昨年", -2, .year), ("来年度", 1, .year),
        ("昨年度", -1, .year), ("今年度", 0, .year), ("来年", 1, .year), ("昨年", -1, .year),
        ("去年", -1, .year), ("今年", 0, .year), ("再来月", 2, .month), ("来月", 1, .month),
        ("先月", -1, .month), ("今月", 0, .month), ("来週", 1, .week), ("先週", -1, .week), ("今週", 0, .week),
    ]

    static let eras: [(StaticString, Int)] = [
        ("令和", 2018), ("平成", 1988), ("昭和", 1925), ("大正", 1911), ("明治", 1867),
    ]

    /// English time units after next/last/this, with their length in the unit kept.
    static let english: [String: (TimeUnit, Double)] = [
        "year": (.year, 1), "years": (.year, 1), "month": (.month, 1), "months": (.month, 1),
        "week": (.week, 1), "weeks": (.week, 1), "day": (.day, 1), "days": (.day, 1),
        "decade": (.year, 10), "decades": (.year, 10), "quarter": (.quarter, 1), "quarters": (.quarter, 1),
        "century": (.year, 100),
    ]
}

/// English words that may start a figure or a time expression.
enum EnglishTriggers {
    enum Trigger {
        case spelled
        case month(Int)
        case relative(Int)
        case fiscal
        case quarterOrdinal(Int)
        case currencyCode(String)
    }

    static let words: [String: Trigger] = {
        var w: [String: Trigger] = [:]
        for k in EnglishNumbers.units.keys { w[k] = .spelled }
        for k in EnglishNumbers.tens.keys { w[k] = .spelled }
        for k in EnglishNumbers.plurals.keys { w[k] = .spelled }
        for k in ["a", "an", "several", "few"] { w[k] = .spelled }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                      "september", "october", "november", "december"]
        for (m, name) in months.enumerated() { w[name] = .month(m + 1) }
        for (abbr, m) in [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7),
                          ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)] {
            w[abbr] = .month(m)
        }
        for (k, s) in [("next", 1), ("coming", 1), ("last", -1), ("past", -1), ("previous", -1), ("this", 0)] {
            w[k] = .relative(s)
        }
        w["fy"] = .fiscal
        w["fiscal"] = .fiscal
        for (k, q) in [("first", 1), ("second", 2), ("third", 3), ("fourth", 4)] { w[k] = .quarterOrdinal(q) }
        for (k, c) in UnitLexicon.codes { w[k] = .currencyCode(c) }
        return w
    }()

    static let byKey: [UInt64: Trigger] = Dictionary(uniqueKeysWithValues: words.map { (TextBytes.wordKey($0.key), $0.value) })

    /// Words after which a four-digit number is a year.
    static let yearPrepositions: Set<String> = [
        "in", "by", "since", "until", "till", "from", "through", "to", "during", "before", "after", "of",
        "for", "and", "or", "between", "early", "late", "mid", "year", "calendar", "circa", "around",
        "summer", "winter", "spring", "autumn", "fall",
    ]

    /// Capitalised words that open clauses rather than name products; any other
    /// capitalised word before a small bare number names it (LLaMA 3, Chapter 3).
    static let sentenceWords: Set<String> = [
        "in", "about", "over", "around", "under", "nearly", "almost", "some", "only", "just", "and", "but",
        "or", "the", "of", "to", "for", "with", "by", "from", "at", "on", "all", "top", "up", "than", "least",
        "most", "roughly", "approximately", "see", "since", "until", "after", "before", "during",
        "within", "below", "above",
        "exactly", "another", "every", "each", "its",
        "their", "our",
    ]
}
