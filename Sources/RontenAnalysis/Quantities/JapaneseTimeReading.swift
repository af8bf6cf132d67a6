import RontenCore

/// Japanese time words, era names and 第, read where the main scan meets their first character.
extension QuantityReading {
    /// 来年, 昨年, 去年, 今年, 来月…, and 今後/過去 before a span (今後の数年間).
    mutating func japaneseTimeWord(at i: Int) -> Int? {
        for (word, offset, unit) in TimeWords.japanese where t.has(word, at: i) {
            // 未来年表, 将来年金, 以来年々, 過去年度: the word straddles two others.
            if let (prev, _) = t.scalar(before: i), TimeWords.joinsBefore(prev, word) { return i + 3 }
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
}
