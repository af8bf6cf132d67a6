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
            // 一日 is a day's length; kanji dates only follow a month (三月一日).
            if second == nil, !first.kanjiOnly, let d = smallInteger(first), (1...31).contains(d) {
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
                    if s >= floor && !followsSuperlative(s) { sign = 1; q.start = s }
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

    /// "the highest in 22 years", "the first time in five years": a span up to now.
    func followsSuperlative(_ i: Int) -> Bool {
        let k = t.skipSpaces(before: i)
        var w = k
        while w > 0, TextBytes.isLetter(t.byte(w - 1)) { w -= 1 }
        guard k - w >= 4, let word = t.lowercaseWord(w..<k) else { return false }
        return word.hasSuffix("est") || ["first", "time", "most", "least"].contains(word)
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
}

enum TimeWords {
    /// Japanese words naming a time relative to now, longest first.
    static let japanese: [(StaticString, Double, TimeUnit)] = [
        ("再来年度", 2, .year), ("再来年", 2, .year), ("一昨年", -2, .year), ("来年度", 1, .year),
        ("昨年度", -1, .year), ("今年度", 0, .year), ("来年", 1, .year), ("昨年", -1, .year),
        ("去年", -1, .year), ("今年", 0, .year), ("再来月", 2, .month), ("来月", 1, .month),
        ("先月", -1, .month), ("今月", 0, .month), ("来週", 1, .week), ("先週", -1, .week), ("今週", 0, .week),
    ]

    static func joinsBefore(_ prev: UInt32, _ word: StaticString) -> Bool {
        switch UnitLexicon.firstScalar(word) {
        case 0x6765:  // 来
            return [0x672A, 0x5C06, 0x7531, 0x4EE5, 0x672C, 0x5F93, 0x4F1D, 0x5230, 0x5916, 0x5F80, 0x5143, 0x5BB6]
                .contains(prev)  // 未 将 由 以 本 従 伝 到 外 往 元 家
        case 0x53BB:  // 去
            return prev == 0x904E || prev == 0x9664 || prev == 0x6D88  // 過 除 消
        default:
            return false
        }
    }

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
