/// English periods and ellipses, judged by the word before and the word after.
extension SentenceScan {
    /// "...", "…", "....": an ellipsis ends the sentence only when a capital
    /// letter starts the next word after a space; "[...]" marks an omission.
    mutating func ellipsis(at p: Int, end e: Int) -> Int {
        let before = text.scalar(before: p).value
        if before == 0x5B || before == 0x28 { return e }
        let q = closers(from: e)
        if q < n, text.whitespaceLength(at: q) > 0, case .capitalised = NextWord.after(text, q) { stop(at: q) }
        return q
    }

    mutating func period(at p: Int) -> Int {
        var e = p + 1
        while e < n, text[e] == 0x2E { e += 1 }
        if e - p >= 2 { return ellipsis(at: p, end: e) }
        // ". . ." spaced ellipsis: count the dots that follow one space each.
        var dots = 1
        var f = e
        while f + 1 < n, text[f] == 0x20, text[f + 1] == 0x2E { dots += 1; f += 2 }
        if dots >= 3 { return spacedEllipsis(at: p, end: f, dots: dots) }
        return singlePeriod(at: p)
    }

    /// Ellipsis written ". . ." (or four dots, the last a period). Attached
    /// to a word ("compounds. . . . The"), the word's own period ends the
    /// sentence and the ellipsis opens the next one; standing apart, three
    /// dots are an omission and four end the sentence before a capital.
    mutating func spacedEllipsis(at p: Int, end f: Int, dots: Int) -> Int {
        let before = text.scalar(before: p).value
        let attached = p > 0 && text.whitespaceLength(at: text.scalar(before: p).start) == 0
            && before != 0x5B && before != 0x28
        let q = closersEnd(from: f)
        let capitalFollows: Bool
        if q < n, text.whitespaceLength(at: q) > 0, case .capitalised = NextWord.after(text, q) {
            capitalFollows = true
        } else {
            capitalFollows = false
        }
        if attached {
            guard capitalFollows else { return f }
            // “The end is near. . . .” He: closed by a quote, the ellipsis
            // stays inside it and the sentence ends after the quote.
            if q > f {
                let q = closers(from: f)
                stop(at: q)
                return q
            }
            stop(at: p + 1)
            return p + 1
        }
        if dots >= 4 {
            let q = closers(from: f)
            if capitalFollows || q >= n { stop(at: q) }
            return q
        }
        return f
    }

    mutating func singlePeriod(at p: Int) -> Int {
        let e = p + 1
        guard e < n else { return e }
        let b = text[e]
        if b.isASCIIDigit { return e }  // 60.5, 1026.253.553, No.5
        let word = wordBefore(p)
        if b.isASCIILetter {
            // "world.Today": no space, but a capitalised word after a word.
            if startsGluedSentence(period: p, word: word) { stop(at: e) }
            return e
        }
        let q = closers(from: e)
        guard q < n else { return q }
        let kind = EnglishAbbreviations.kind(text, word)
        let nextByte = text[q]
        if nextByte.isASCIIAlphanumeric {
            // 'great."She' ends; "Jr.'s" does not.
            if q > e, case .capitalised = NextWord.at(text, q), kind == nil { stop(at: q) }
            return q
        }
        let next = text.scalar(at: q).value
        if ScriptClass.isJapaneseText(next) {
            // "billion.次に" ends; "U.S.の" and 「We are all in.」と do not.
            if kind == nil, !quotationGoesOn(stopEnd: e, closersEnd: q, onlyExclamations: false) { stop(at: q) }
            return q
        }
        guard text.whitespaceLength(at: q) > 0 else { return q }
        if endsBeforeNextWord(kind: kind, word: word, next: NextWord.after(text, q)) { stop(at: q) }
        return q
    }

    func endsBeforeNextWord(kind: AbbreviationKind?, word: Range<Int>, next: NextWord) -> Bool {
        switch next {
        case .end, .bullet:
            return true
        case .lowercase:
            return false
        case .number:
            switch kind {
            case nil, .initial, .multiPeriod, .postpositive: return true
            case .title, .numeric, .general, .month: return false
            }
        case .japanese, .other:
            return kind == nil
        case .capitalised(let next):
            switch kind {
            case nil:
                return true
            case .postpositive, .month:
                return EnglishAbbreviations.kind(text, next) == nil
            case .initial:
                if EnglishAbbreviations.isSentenceStarter(text, next) { return true }
                // "you and I. Mary": the pronoun after a lowercase word.
                return text[word.lowerBound] == 0x49 && lowercaseWordBefore(word.lowerBound)
            case .multiPeriod, .title, .numeric, .general:
                return EnglishAbbreviations.isSentenceStarter(text, next)
            }
        }
    }

    /// "Hello world.Today", "Tuesday.Mr.", "1,000.That": a period glued to a
    /// capitalised word ends a sentence, unless it is inside an address.
    func startsGluedSentence(period p: Int, word: Range<Int>) -> Bool {
        let e = p + 1
        guard e + 1 < n, text[e].isASCIIUpper, text[e + 1].isASCIILower, p > 0 else { return false }
        guard text[p - 1].isASCIILower || text[p - 1].isASCIIDigit else { return false }
        guard EnglishAbbreviations.kind(text, word) == nil else { return false }
        // An address is one ASCII token: look a few dozen bytes either way.
        var k = p
        while k > 0, p - k < 32, text[k - 1] > 0x20 {
            k -= 1
            if text[k] == 0x40 || text[k] == 0x2F { return false }  // @ /
        }
        k = e
        while k < n, k - e < 32, text[k] > 0x20 {
            if text[k] == 0x40 || text[k] == 0x2F { return false }
            k += 1
        }
        return true
    }

    /// The word that ends at the period at `p`: letters, digits, inner
    /// periods and the numero sign, at most 24 bytes back.
    func wordBefore(_ p: Int) -> Range<Int> {
        var w = p
        while w > 0, p - w < 24 {
            let b = text[w - 1]
            if b.isASCIIAlphanumeric || b == 0x2E || b == 0xB0 || (b == 0xC2 && w < p && text[w] == 0xB0) {
                w -= 1
            } else {
                break
            }
        }
        while w < p, text[w] == 0x2E { w += 1 }
        return w..<p
    }

    func lowercaseWordBefore(_ i: Int) -> Bool {
        var k = i
        var spaces = 0
        while k > 0, text[k - 1] == 0x20, spaces < 3 { k -= 1; spaces += 1 }
        guard spaces > 0 else { return false }
        let end = k
        while k > 0, end - k < WordKey.capacity, text[k - 1].isASCIILetter { k -= 1 }
        return k < end && text[k].isASCIILower
    }
}
