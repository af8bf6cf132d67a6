import RontenCore

/// Two numbers that make one figure: ranges, and ISO dates whose dashes are no range.
extension QuantityReading {
    struct RangeEnd {
        var numeral: Numeral
        var unit: FigureUnit?
        var end: Int
        var between: Bool
        var start: Int
    }

    /// The second half of a range after `i`: 600億~650億ドル, $60–65 billion,
    /// 60 to 65 billion dollars, between 60 and 65, 100万円から200万円まで.
    /// "from X to Y" and から without まで report a change, so they are no range.
    func range(after i: Int, first: Numeral, firstUnit: FigureUnit?, lead: Lead) -> RangeEnd? {
        let k = t.skipSpaces(from: i)
        let (s, len) = t.scalar(at: k)
        var afterSeparator: Int
        var kara = false
        var between = false
        var betweenStart = lead.start
        if NumeralScalar.isRangeDash(s) {
            afterSeparator = k + len
        } else if s == 0x2D, k == i, t.byte(i - 1) != 0x2D {
            afterSeparator = k + 1
        } else if k > i, t.hasWord("to", at: k) {
            if t.hasWord("from", endingAt: t.skipSpaces(before: lead.start)) { return nil }
            afterSeparator = k + 2
        } else if k > i, t.hasWord("and", at: k) {
            let b = t.skipSpaces(before: lead.start)
            guard b < lead.start, t.hasWord("between", endingAt: b) else { return nil }
            between = true
            betweenStart = b - 7
            afterSeparator = k + 3
        } else if t.has("から", at: i) {
            kara = true
            afterSeparator = i + 6
        } else {
            return nil
        }
        var j = t.skipSpaces(from: afterSeparator)
        if let code = lead.currency {
            for (symbol, c) in UnitLexicon.symbols where c == code && t.has(symbol, at: j) {
                j += symbol.utf8CodeUnitCount
                break
            }
        }
        let (next, _) = t.scalar(at: j)
        let startsNumber = NumeralScalar.digit(next) != nil || NumeralScalar.kanjiDigit(next) != nil
            || NumeralScalar.smallMultiplier(next) != nil || NumeralScalar.isPlaceholder(next)
        guard startsNumber, var n = numeral(at: j), !n.isVague || first.isVague else { return nil }
        if first.kanjiOnly != n.kanjiOnly && first.spelled == false && (first.kanjiOnly || n.kanjiOnly) { return nil }
        guard attachScale(&n, currency: lead.currency != nil) else { return nil }
        // 2025-03 is a date and 2025-26 a fiscal span, not a range of amounts.
        if s == 0x2D, first.plainDigitCount == 4, n.plainDigitCount != 4 { return nil }
        var end = n.end
        let u = unit(at: end)
        if let u { end = u.end }
        if case .ordinal? = u?.unit { return nil }
        if let a = firstUnit, let b = u?.unit, a != b { return nil }
        if kara {
            guard t.has("まで", at: end) else { return nil }
            end += 6
        }
        return RangeEnd(numeral: n, unit: u?.unit, end: end, between: between, start: betweenStart)
    }

    /// 2025-03-15, 2025/3/15, 2025-03.
    mutating func isoDate(_ n: Numeral, start: Int) -> Int? {
        guard n.plainDigitCount == 4, !n.kanjiOnly else { return nil }
        let sep = t.byte(n.end)
        guard sep == UInt8(ascii: "-") || sep == UInt8(ascii: "/") else { return nil }
        func twoDigits(at i: Int) -> (Int, Int)? {
            var j = i, v = 0
            while j < i + 2, TextBytes.isDigit(t.byte(j)) { v = v * 10 + Int(t.byte(j) - 0x30); j += 1 }
            guard j > i, !TextBytes.isDigit(t.byte(j)) else { return nil }
            return (v, j)
        }
        guard let (month, me) = twoDigits(at: n.end + 1), (1...12).contains(month) else { return nil }
        var end = me
        var day: Int?
        if t.byte(me) == sep, let (d, de) = twoDigits(at: me + 1), (1...31).contains(d) {
            day = d
            end = de
        } else if me - (n.end + 1) != 2 || sep == UInt8(ascii: "/") {
            return nil  // 2025-3 reads as a range, 2025/3 as a fraction
        }
        if TextBytes.isLetter(t.byte(end)) { return nil }
        var q = Quantity(text: "", start: start, end: end, kind: .date, value: n.value)
        q.calendar = Quantity.CalendarDate(year: Int(n.value), month: month, day: day)
        emit(q)
        return end
    }
}
