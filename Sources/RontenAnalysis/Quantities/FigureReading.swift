import RontenCore

/// Reading one figure around a number: the currency or hedge before it, the
/// scale, unit and hedge after it, and a second number that makes a range.
extension QuantityReading {
    /// The number, with what came before it that belongs to the figure.
    struct Lead {
        var start: Int
        var currency: String?
        /// The year an era name adds to its count (令和 → 2018).
        var eraBase: Int?
    }

    /// A number starting with an ASCII digit at `i`.
    mutating func number(at i: Int) -> Int {
        if isListMarker(at: i) { return skipNumber(after: i) + 1 }
        // A digit right after '.' or '-' that follows a letter belongs to an identifier.
        if let (prev, p) = t.scalar(before: i), prev == 0x2E || prev == 0x2D || prev == 0x5F,
           let (before, _) = t.scalar(before: p), before < 0x80, TextBytes.isLetter(UInt8(before)) {
            return t.identifierRun(from: i)
        }
        if let end = citationEnd(at: i) { return end }
        // 10:30 is a time of day, 3:2 a ratio of scores.
        var run = i
        while TextBytes.isDigit(t.byte(run)) { run += 1 }
        if t.byte(run) == UInt8(ascii: ":"), TextBytes.isDigit(t.byte(run + 1)) {
            run += 1
            while TextBytes.isDigit(t.byte(run)) || t.byte(run) == UInt8(ascii: ":") { run += 1 }
            return run
        }
        return figure(at: i, lead: Lead(start: i))
    }

    /// The end of a citation marker such as [2], [2, 5] or [3-7], whose
    /// numbers point at references rather than state amounts.
    func citationEnd(at i: Int) -> Int? {
        guard t.byte(i - 1) == UInt8(ascii: "[") else { return nil }
        var j = i
        while j < t.count, j - i < 40 {
            let c = t.byte(j)
            if c == UInt8(ascii: "]") { return j + 1 }
            guard TextBytes.isDigit(c) || c == UInt8(ascii: ",") || c == UInt8(ascii: "-") || c == 0x20 else { return nil }
            j += 1
        }
        return nil
    }

    /// "1. " or "2) " at the start of a line.
    func isListMarker(at i: Int) -> Bool {
        var k = i
        while k > 0, t.byte(k - 1) == 0x20 || t.byte(k - 1) == 0x09 { k -= 1 }
        guard k == 0 || t.byte(k - 1) == 0x0A || t.byte(k - 1) == 0x0D else { return false }
        var j = i
        while TextBytes.isDigit(t.byte(j)) { j += 1 }
        let mark = t.byte(j)
        return (mark == UInt8(ascii: ".") || mark == UInt8(ascii: ")")) && (t.byte(j + 1) == 0x20 || j + 1 == t.count)
    }

    /// A currency sign at `i` (`$`, `US$`, `€`, `¥`…) and the number after it.
    mutating func currencySymbol(at i: Int) -> Int {
        for (symbol, code) in UnitLexicon.symbols where t.has(symbol, at: i) {
            let after = i + symbol.utf8CodeUnitCount
            let k = t.skipSpaces(from: after)
            if NumeralScalar.digit(t.scalar(at: k).value) != nil {
                return figure(at: k, lead: Lead(start: i, currency: code))
            }
            return after
        }
        return i + 1
    }

    /// Reads the figure whose number starts at `numberStart`; returns where to resume.
    mutating func figure(at numberStart: Int, lead: Lead) -> Int {
        guard var first = numeral(at: numberStart) else { return skipNumber(after: numberStart) }
        return figure(first: &first, lead: lead)
    }

    mutating func figure(first: inout Numeral, lead: Lead) -> Int {
        let numberStart = first.start
        guard attachScale(&first, currency: lead.currency != nil) else {
            return t.identifierRun(from: numberStart)
        }
        if lead.eraBase == nil, let end = isoDate(first, start: lead.start) { return end }

        var start = lead.start
        var end = first.end
        var unit = self.unit(at: end)
        if let u = unit { end = u.end }
        if case .ordinal? = unit?.unit { return end }
        if case .counter? = unit?.unit, t.has("目", at: end) { return end + 3 }

        // A second number after a dash, "to", "and" or から makes a range.
        var second: Numeral?
        if unit?.unit != .things, let r = range(after: end, first: first, firstUnit: unit?.unit, lead: lead) {
            second = r.numeral
            end = r.end
            if unit == nil || r.unit != nil { unit = r.unit.map { ($0, r.end) } ?? unit }
            if r.numeral.scaleExponent != nil, first.scaleExponent == nil, !first.isVague,
               let e = r.numeral.scaleExponent {
                first.multiply(byPowerOfTen: e)
            }
            if r.between { start = r.start }
        }

        if lead.currency != nil, let u = unit?.unit {
            if case .currency = u {} else { return end }  // "$5 percent": contradictory, not a figure
        }

        var q = Quantity(text: "", start: start, end: end, kind: .plain)
        var approximation = Quantity.Approximation.exact
        let negative = lead.start == numberStart && second == nil && isMinusSign(before: numberStart)

        // Time words may take 前/後/ago/later after them.
        var timeForm: TimeForm?
        if case .time(_, let form)? = unit?.unit {
            timeForm = form
            if form == .bare || form == .span || form == .decade {
                if !t.has("前後", at: end), t.has("前", at: end), !t.has("半", at: end + 3) {
                    timeForm = .ago; end += 3
                } else if t.has("後", at: end), !t.has("半", at: end + 3) {
                    timeForm = .later; end += 3
                } else {
                    let k = t.skipSpaces(from: end)
                    if k > end, t.hasWord("ago", at: k) { timeForm = .ago; end = k + 3 }
                    else if k > end, t.hasWord("later", at: k) { timeForm = .later; end = k + 5 }
                    else if k > end, t.hasWord("from now", at: k) { timeForm = .later; end = k + 8 }
                }
            }
        }

        var things = false
        if case .things? = unit?.unit {
            things = true
            end -= 6  // もの qualifies the count but is not part of the figure
            unit = nil
        } else if let (a, e) = suffixHedge(at: end) {
            approximation = a
            end = e
        }

        // Hedges before it.
        var hedgedBefore = false
        if let (a, s) = prefixHedge(before: start) {
            if approximation == .exact { approximation = a }
            start = s
            hedgedBefore = true
        }
        if first.kanjiOnly || first.isVague, lead.eraBase == nil, !hedgedBefore, !precededByAllowedKanji(first.start) {
            if let (prev, _) = t.scalar(before: first.start), NumeralScalar.isKanji(prev),
               !NumeralScalar.isNumeralKanji(prev) {
                return first.end
            }
        }
        if first.isVague {
            approximation = .vague
            let placeholder = t.scalar(at: first.start).value
            if placeholder == 0x4F55 && first.magnitude == 0 { return first.end }  // 何人: a question
            if first.magnitude == 0 && unit == nil && !things { return first.end }
        }
        if first.kanjiOnly && !first.isVague && lead.eraBase == nil {
            if isKanjiIdiom(at: first.start) { return first.end }
            if unit == nil && !things {
                let next = t.scalar(at: first.end).value
                let standalone = first.kanjiCount >= 2 && !NumeralScalar.isKanji(next)
                if !standalone { return first.end }
            }
        }
        if first.spelled, unit == nil, !first.spelledScaled, !first.isVague {
            return first.end  // "one of", "three companies": words, not figures
        }

        q.start = start
        q.end = end
        q.approximation = approximation
        q.magnitude = first.magnitude
        q.digits = second == nil ? first.digits : nil

        switch unit?.unit {
        case .currency(let code)?:
            q.kind = .money
            q.unit = code
            setAmounts(&q, first, second, shift: 0)
        case .percent?:
            q.kind = .percent
            q.unit = "percent"
            setAmounts(&q, first, second, shift: -2)
        case .points(let e)?:
            q.kind = .percentagePoint
            q.unit = "percentage-point"
            setAmounts(&q, first, second, shift: e)
        case .wari?:
            q.kind = .percent
            q.unit = "percent"
            setAmounts(&q, first, second, shift: -1)
        case .ratio?:
            q.kind = .ratio
            q.unit = "times"
            setAmounts(&q, first, second, shift: 0)
        case .counter(let c)?:
            q.kind = .count
            q.unit = c
            setAmounts(&q, first, second, shift: 0)
        case .time(let u, let written)?:
            guard let resume = timeFigure(&q, unit: u, form: timeForm ?? .bare, decade: written == .decade, first: first,
                                          second: second, lead: lead) else { return end }
            return resume
        case .ordinal?, .things?:
            return end
        case nil:
            if let code = lead.currency {
                q.kind = .money
                q.unit = code
            } else if things {
                q.kind = .count
            } else if let resume = dayMonth(first, start: q.start) {
                return resume
            } else if looksLikeYear(first, second: second, start: q.start) {
                q.kind = .year
                setAmounts(&q, first, second, shift: 0)
                if second == nil { q.calendar = Quantity.CalendarDate(year: Int(first.value)) }
                emit(q)
                return q.end
            } else if isNameVersion(first, second: second, approximation: approximation) {
                return q.end
            }
            setAmounts(&q, first, second, shift: 0)
        }
        if negative, q.kind == .money || q.kind == .percent || q.kind == .percentagePoint || q.kind == .plain,
           let v = q.value, q.start == numberStart {
            q.value = -v
            q.start = t.scalar(before: numberStart)!.start
        }
        emit(q)
        return q.end
    }

    /// A minus written right before the digits (-5%, −3.2ポイント, ▲10億円), not
    /// one joining two numbers or a word to a number.
    func isMinusSign(before i: Int) -> Bool {
        guard let (s, p) = t.scalar(before: i), s == 0x2D || s == 0x2212 || s == 0x25B2 || s == 0x25B3 else {
            return false
        }
        guard p >= floor else { return false }
        guard let (before, _) = t.scalar(before: p) else { return true }
        if before < 0x80 { return !TextBytes.isLetter(UInt8(before)) && !TextBytes.isDigit(UInt8(before)) }
        return NumeralScalar.digit(before) == nil && !NumeralScalar.isNumeralKanji(before)
    }

    /// Sets value, or low and high, scaling by 10^shift (percent: -2).
    func setAmounts(_ q: inout Quantity, _ first: Numeral, _ second: Numeral?, shift: Int) {
        if let second {
            let a = first.vagueBounds?.low ?? first.value
            let b = second.vagueBounds?.high ?? second.value
            let lo = min(a, b), hi = max(a, b)
            q.value = nil
            q.low = shift == 0 ? lo : Numeral.decimal(lo, shift)
            q.high = shift == 0 ? hi : Numeral.decimal(hi, shift)
            if first.mantissa != nil && second.mantissa != nil && shift != 0 {
                let x = first.scaled(shift), y = second.scaled(shift)
                q.low = min(x, y)
                q.high = max(x, y)
            }
        } else if let (lo, hi) = first.vagueBounds {
            q.value = nil
            q.low = Numeral.decimal(lo, shift)
            q.high = Numeral.decimal(hi, shift)
        } else {
            q.value = first.scaled(shift)
        }
    }
}
