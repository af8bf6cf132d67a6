/// Reading numbers: Arabic (ASCII or full-width, with separators and a
/// decimal point), kanji (三千五百, 二〇二五), the two mixed (8,666億4,000万,
/// 3万5千), placeholders (何十億, 数百万) and English words (five, a dozen).
extension QuantityReading {
    struct ArabicRun {
        var end: Int
        var mantissa: Double
        var exponent: Int
        var digits: String
        var integerDigits: Int
        var separated: Bool
        var fractional: Bool
        /// Two decimal points (1.2.3): a version or an address, not a number.
        var isVersion: Bool
    }

    /// Digits from `i`, with `,` only before groups of exactly three digits and
    /// one `.` before a digit. Every digit costs O(1); 400 digits give an
    /// infinite mantissa, never a trap.
    func arabic(at i: Int) -> ArabicRun {
        var run = ArabicRun(end: i, mantissa: 0, exponent: 0, digits: "", integerDigits: 0,
                            separated: false, fractional: false, isVersion: false)
        var j = i
        while j < t.count {
            let (s, len) = t.scalar(at: j)
            if let d = NumeralScalar.digit(s) {
                run.mantissa = run.mantissa * 10 + Double(d)
                run.digits.unicodeScalars.append(Unicode.Scalar(UInt8(0x30 + d)))
                if run.fractional { run.exponent -= 1 } else { run.integerDigits += 1 }
                j += len
                continue
            }
            if (s == 0x2C || s == 0xFF0C), !run.fractional, groupOfThree(after: j + len) {
                run.separated = true
                j += len
                continue
            }
            if s == 0x2E || s == 0xFF0E {
                let (next, _) = t.scalar(at: j + len)
                guard NumeralScalar.digit(next) != nil else { break }
                if run.fractional {
                    run.isVersion = true
                    j += len
                    while j < t.count, TextBytes.isDigit(t.byte(j)) || t.byte(j) == 0x2E { j += 1 }
                    break
                }
                run.fractional = true
                run.digits.unicodeScalars.append(".")
                j += len
                continue
            }
            break
        }
        run.end = j
        return run
    }

    private func groupOfThree(after i: Int) -> Bool {
        var j = i
        for _ in 0..<3 {
            let (s, len) = t.scalar(at: j)
            guard NumeralScalar.digit(s) != nil else { return false }
            j += len
        }
        return NumeralScalar.digit(t.scalar(at: j).value) == nil
    }

    /// A Japanese or Arabic numeral starting at `start`, or nil when none is
    /// there (万 alone, 数 followed by nothing numeric is still returned as a
    /// placeholder of magnitude 0: the caller decides whether a counter follows).
    func numeral(at start: Int) -> Numeral? {
        var i = start
        var total = 0.0, section = 0.0
        var pending: (m: Double, e: Int)?
        var positionalRun = 0
        var lastLarge = Int.max
        var firstArabic: ArabicRun?
        var arabicSegments = 0
        var kanjiCount = 0
        var multipliers = 0
        var magnitude: Int?
        var scaleExponent: Int?
        var exactSingle: (m: Double, e: Int)?
        var teens = false

        func pendingValue() -> Double { pending.map { Numeral.decimal($0.m, $0.e) } ?? 0 }

        while i < t.count {
            let (s, len) = t.scalar(at: i)
            if NumeralScalar.digit(s) != nil {
                guard pending == nil, magnitude == nil else { break }
                let run = arabic(at: i)
                if run.isVersion { return nil }
                pending = (run.mantissa, run.exponent)
                if firstArabic == nil { firstArabic = run }
                arabicSegments += 1
                positionalRun = 0
                scaleExponent = nil
                i = run.end
                continue
            }
            if let d = NumeralScalar.kanjiDigit(s) {
                guard magnitude == nil else { break }
                if let p = pending {
                    guard positionalRun > 0 else { break }
                    pending = (p.m * 10 + Double(d), 0)
                } else {
                    pending = (Double(d), 0)
                }
                positionalRun += 1
                kanjiCount += 1
                scaleExponent = nil
            } else if let m = NumeralScalar.smallMultiplier(s) {
                guard positionalRun <= 1 else { break }
                if magnitude != nil {
                    magnitude! += m
                } else {
                    section += pending.map { Numeral.decimal($0.m, $0.e + m) } ?? Numeral.power(m)
                }
                pending = nil
                positionalRun = 0
                kanjiCount += 1
                multipliers += 1
                scaleExponent = nil
            } else if let m = NumeralScalar.largeMultiplier(s) {
                guard m < lastLarge else { break }  // 万 after 億, never 億 after 万
                if magnitude != nil {
                    magnitude! += m
                } else {
                    guard section != 0 || pending != nil else { break }
                    if section == 0, let p = pending {
                        if total == 0 && multipliers == 0 { exactSingle = (p.m, p.e + m) }
                        total += Numeral.decimal(p.m, p.e + m)
                    } else {
                        total += (section + pendingValue()) * Numeral.power(m)
                    }
                }
                section = 0
                pending = nil
                positionalRun = 0
                lastLarge = m
                kanjiCount += 1
                multipliers += 1
                scaleExponent = m
            } else if NumeralScalar.isPlaceholder(s), i == start {
                magnitude = 0
                kanjiCount += 1
            } else if NumeralScalar.isPlaceholder(s), kanjiCount == 1, section == 10, pending == nil, total == 0 {
                teens = true  // 十数年: ten-odd, 10…20
                magnitude = 0
                section = 0
                kanjiCount += 1
            } else {
                break
            }
            i += len
        }
        guard i > start else { return nil }

        var n = Numeral(start: start, end: i, value: 0)
        n.kanjiCount = kanjiCount
        n.kanjiOnly = arabicSegments == 0
        n.scaleExponent = scaleExponent
        if var mag = magnitude {
            if teens {
                mag += 1
                n.vagueHigh = 2 * Numeral.power(mag)
            }
            n.magnitude = mag
            n.value = Numeral.power(mag)
            return n
        }
        if multipliers == 0, let p = pending {
            n.mantissa = p.m
            n.exponent = p.e
            n.value = Numeral.decimal(p.m, p.e)
            if let a = firstArabic {
                n.digits = a.digits
                if !a.separated && !a.fractional { n.plainDigitCount = a.integerDigits }
            } else {
                n.plainDigitCount = positionalRun
            }
            return n
        }
        n.value = total + section + pendingValue()
        if let e = exactSingle, multipliers == 1, section == 0, pending == nil {
            n.mantissa = e.m
            n.exponent = e.e
        }
        if arabicSegments == 1, multipliers == 1, let a = firstArabic, scaleExponent != nil {
            n.digits = a.digits
        }
        return n
    }

    /// English number words at `i`: "five", "twenty-five", "three hundred",
    /// "two million", "a dozen", "a billion", and the vague plurals "hundreds of",
    /// "billions of", "tens of thousands of", "several", "a few".
    func spelledNumeral(at i: Int) -> Numeral? {
        let wordEnd = t.letterRun(from: i)
        guard let word = t.lowercaseWord(i..<wordEnd) else { return nil }
        var n = Numeral(start: i, end: wordEnd, value: 0)
        n.spelled = true

        if let plural = EnglishNumbers.plurals[word] {
            // "billions of", "tens of thousands of": vague, spanning to the next scale.
            let of = t.skipSpaces(from: wordEnd)
            guard t.hasWord("of", at: of) else { return nil }
            var mag = plural.exponent, span = plural.span
            n.end = wordEnd
            let afterOf = t.skipSpaces(from: of + 2)
            let nextEnd = t.letterRun(from: afterOf)
            if let second = t.lowercaseWord(afterOf..<nextEnd), let p2 = EnglishNumbers.plurals[second],
               p2.exponent > plural.exponent {
                let of2 = t.skipSpaces(from: nextEnd)
                if t.hasWord("of", at: of2) {
                    mag = plural.exponent + p2.exponent
                    span = plural.span
                    n.end = nextEnd
                }
            }
            n.magnitude = mag
            n.value = Numeral.power(mag)
            n.vagueHigh = Numeral.power(mag + span)
            if span == 0 { n.value = 12; n.vagueHigh = 144 }  // dozens: 12…144
            return n
        }

        var value: Double
        var end = wordEnd
        var isPlaceholder = false
        if word == "a" || word == "an" {
            let next = t.skipSpaces(from: wordEnd)
            guard next > wordEnd else { return nil }
            if t.hasWord("few", at: next) {
                isPlaceholder = true
                value = 1
                end = next + 3
            } else {
                value = 1
                end = wordEnd
                guard scaleWord(at: next) != nil || t.hasWord("dozen", at: next) || isAgo(afterTimeWordAt: next)
                else { return nil }
            }
        } else if word == "several" || word == "few" {
            isPlaceholder = true
            value = 1
        } else if let v = EnglishNumbers.units[word] {
            value = Double(v)
        } else if let tens = EnglishNumbers.tens[word] {
            value = Double(tens)
            if t.byte(wordEnd) == UInt8(ascii: "-") {
                let unitEnd = t.letterRun(from: wordEnd + 1)
                if let u = t.lowercaseWord(wordEnd + 1..<unitEnd), let v = EnglishNumbers.units[u], v < 10 {
                    value += Double(v)
                    end = unitEnd
                }
            }
        } else {
            return nil
        }

        // "three hundred", "two million", "a dozen"
        var scaled = false
        var next = t.skipSpaces(from: end)
        if next > end, t.hasWord("dozen", at: next) {
            value *= 12
            end = next + 5
            scaled = true
            next = t.skipSpaces(from: end)
        }
        if next > end, t.hasWord("hundred", at: next) {
            value *= 100
            end = next + 7
            scaled = true
            next = t.skipSpaces(from: end)
        }
        if next > end, let (e, wordLength) = scaleWord(at: next), e > 2 {
            value *= Numeral.power(e)
            end = next + wordLength
            scaled = true
            n.scaleExponent = e
        }
        n.end = end
        n.spelledScaled = scaled
        if isPlaceholder {
            let e = n.scaleExponent ?? (scaled ? 2 : 0)
            n.magnitude = e
            n.value = Numeral.power(e)
            return n
        }
        n.value = value
        n.mantissa = value
        n.exponent = 0
        return n
    }

    /// "a year ago", "a decade ago": the article stands for one only before "ago".
    func isAgo(afterTimeWordAt i: Int) -> Bool {
        let e = t.letterRun(from: i)
        guard let w = t.lowercaseWord(i..<e), ["year", "decade", "month", "week", "day"].contains(w)
        else { return false }
        return t.hasWord("ago", at: t.skipSpaces(from: e))
    }

    /// An English scale word at `i` and its length: hundred, thousand, million,
    /// billion, trillion, and the abbreviations bn, mn, tn, k.
    func scaleWord(at i: Int) -> (exponent: Int, length: Int)? {
        let end = t.letterRun(from: i)
        guard end > i, let w = t.lowercaseWord(i..<end), let e = EnglishNumbers.scales[w] else { return nil }
        return (e, end - i)
    }
}
