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
        var kanjiLead = false
        if let (a, s) = prefixHedge(before: start) {
            if approximation == .exact { approximation = a }
            start = s
            kanjiLead = true
        }
        if first.kanjiOnly || first.isVague, lead.eraBase == nil, !kanjiLead, !precededByAllowedKanji(first.start) {
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

    /// English scales after digits ("60 billion", "1.2bn", "2.5k", "$5m").
    /// False when Latin letters glued to the digits make them part of a name (4o, 5G).
    func attachScale(_ n: inout Numeral, currency: Bool) -> Bool {
        let c = t.byte(n.end)
        if TextBytes.isLetter(c) {
            guard !n.spelled else { return true }
            let e = t.letterRun(from: n.end)
            guard let w = t.lowercaseWord(n.end..<e) else { return false }
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
