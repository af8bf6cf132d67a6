/// One forward pass over the bytes of a text that records where sentences
/// end. Every decision looks at most a few words behind or ahead, and every
/// byte is visited a bounded number of times, so the pass is linear.
struct SentenceScan {
    let text: UnsafeBufferPointer<UInt8>
    let joinLineBreaks: Bool

    /// Offsets where one unit ends and the next begins, ascending.
    private(set) var cuts: [Int] = []
    /// Stops found inside brackets: they end sentences only if the bracket
    /// turns out never to close.
    private var pending: [Int] = []
    private var depth = 0
    private var depthOpenedAt = 0
    private var scalarIndex = 0
    private var unitHasContent = false
    private var unitMarker: ListMarker?
    private var atLineStart = true
    private var lineIsHeading = false
    private var lineStart = 0

    /// How many scalars a bracket may stay open before its stops count again:
    /// an unclosed 「 must not swallow the rest of a long text.
    static let bracketReach = 400

    init(text: UnsafeBufferPointer<UInt8>, joinLineBreaks: Bool) {
        self.text = text
        self.joinLineBreaks = joinLineBreaks
    }

    var n: Int { text.count }

    mutating func run() {
        var i = 0
        while i < n {
            if text.whitespaceLength(at: i) > 0 {
                i = whitespace(from: i)
                continue
            }
            let (s, length) = text.scalar(at: i)
            scalarIndex += 1
            if depth > 0, scalarIndex - depthOpenedAt > Self.bracketReach { releaseBrackets() }
            if atLineStart {
                atLineStart = false
                lineIsHeading = LineStart.isHeading(text, at: i)
            }
            if !unitHasContent {
                let after = beginUnit(at: i)
                if after > i { i = after; continue }
            } else if text.followsWhitespace(i), let after = listItemInside(at: i, scalar: s) {
                i = after
                continue
            }
            i = step(at: i, scalar: s, length: length)
        }
        releaseBrackets()
    }

    /// Handles the scalar at `i` and returns where to go on.
    private mutating func step(at i: Int, scalar s: UInt32, length: Int) -> Int {
        switch s {
        case 0x2E:
            return period(at: i)
        case 0x3002, 0xFF61, 0xFF01, 0xFF1F:  // 。｡！？
            return japaneseStop(at: i)
        case 0xFF0E:  // ．: a decimal point between digits, a stop elsewhere
            let before = text.scalar(before: i).value
            if ScriptClass.isDigit(before), i + length < n, ScriptClass.isDigit(text.scalar(at: i + length).value) {
                return i + length
            }
            return japaneseStop(at: i)
        case _ where ScriptClass.isExclamationOrQuestion(s):
            return exclamation(at: i)
        case _ where ScriptClass.isEllipsis(s):
            var e = i
            while e < n, ScriptClass.isEllipsis(text.scalar(at: e).value) { e += 3 }
            return ellipsis(at: i, end: e)
        case _ where ScriptClass.isOpeningBracket(s):
            if depth == 0 { depthOpenedAt = scalarIndex }
            depth += 1
            return i + length
        case _ where ScriptClass.isClosingBracket(s):
            close()
            return i + length
        default:
            return i + length
        }
    }

    // MARK: - Units

    private mutating func cut(at p: Int) {
        releaseBrackets()
        cuts.append(p)
        unitHasContent = false
    }

    /// A stop decided to end its sentence; inside a bracket that is only a
    /// candidate until the bracket closes or is given up.
    private mutating func stop(at p: Int) {
        if depth > 0 { pending.append(p) } else { cut(at: p) }
    }

    private mutating func close() {
        guard depth > 0 else { return }
        depth -= 1
        if depth == 0 { pending.removeAll(keepingCapacity: true) }
    }

    private mutating func releaseBrackets() {
        cuts.append(contentsOf: pending)
        pending.removeAll(keepingCapacity: true)
        depth = 0
    }

    /// The first scalar of a unit: skips a bullet and a list marker so that
    /// the marker's period is not taken for a stop.
    private mutating func beginUnit(at i: Int) -> Int {
        unitHasContent = true
        var k = i
        if ScriptClass.isBullet(text.scalar(at: k).value) {
            k += text.scalar(at: k).length
            while k < n, text[k] == 0x20 || text[k] == 0x09 { k += 1 }
        }
        if let marker = ListMarker.parse(text, at: k) {
            unitMarker = marker
            return marker.end
        }
        unitMarker = nil
        return k
    }

    /// A bullet, or the next marker of the list the unit began with, standing
    /// after a space inside a unit: a new item starts there.
    private mutating func listItemInside(at i: Int, scalar s: UInt32) -> Int? {
        if ScriptClass.isBullet(s) {
            cut(at: i)
            return beginUnit(at: i)
        }
        let b = text[i]
        guard b.isASCIIDigit || b.isASCIILower || b == 0xEF, let marker = ListMarker.parse(text, at: i) else { return nil }
        if let previous = unitMarker {
            guard marker.follows(previous) else { return nil }
        } else {
            // "Steps: 1. Open the box 2. ..." starts a list after a colon.
            guard marker.isFirst, lastContent(before: i) == 0x3A else { return nil }
        }
        cut(at: i)
        return beginUnit(at: i)
    }

    /// The last scalar before the whitespace that ends at `i`.
    private func lastContent(before i: Int) -> UInt32 {
        var j = i
        while j > 0, text.followsWhitespace(j) {
            j = text.scalar(before: j).start
        }
        return text.scalar(before: j).value
    }

    // MARK: - Line breaks

    private mutating func whitespace(from j: Int) -> Int {
        var k = j
        var breaks = 0
        var spaceBeforeBreak = false
        while k < n {
            let b = text[k]
            if b == 0x0A {
                breaks += 1; k += 1
            } else if b == 0x0D {
                breaks += 1; k += 1
                if k < n, text[k] == 0x0A { k += 1 }
            } else {
                let w = text.whitespaceLength(at: k)
                guard w > 0 else { break }
                if breaks == 0 { spaceBeforeBreak = true }
                k += w
            }
        }
        guard breaks > 0 else { return k }
        defer { lineStart = k }
        atLineStart = true
        let afterHeading = lineIsHeading
        lineIsHeading = false
        guard unitHasContent else { return k }
        if breaks >= 2 || k >= n {
            cut(at: j)
        } else if afterHeading || LineStart.isBlock(text, at: k) {
            cut(at: j)
        } else if !joinLineBreaks, !continuesLine(before: j, after: k, spaceBeforeBreak: spaceBeforeBreak) {
            cut(at: j)
        }
        return k
    }

    /// Whether the text before a single line break clearly goes on after it.
    private func continuesLine(before j: Int, after k: Int, spaceBeforeBreak: Bool) -> Bool {
        if spaceBeforeBreak { return true }
        let (prev, prevStart) = text.scalar(before: j)
        let next = text.scalar(at: k).value
        if prev == 0x2E {
            // "Mr.\nSmith", "e.g.\nthe": an abbreviation does not end the line's sentence.
            switch EnglishAbbreviations.kind(text, wordBefore(prevStart)) {
            case .title?, .initial?: return true
            case nil: return false
            case _: return next < 0x80 && UInt8(next).isASCIILower
            }
        }
        if ScriptClass.isJapaneseStop(prev) || prev == 0x21 || prev == 0x3F { return false }
        if ScriptClass.isJapaneseText(prev) {
            // 「あ」 and 「い」 on lines of their own are two lines of dialogue.
            if ScriptClass.isClosingBracket(prev), ScriptClass.isOpeningBracket(next) { return false }
            return ScriptClass.isJapaneseText(next) || ScriptClass.isLatinLetter(next) || ScriptClass.isDigit(next)
                || ScriptClass.isOpeningPunctuation(next)
        }
        switch prev {
        case 0x2C, 0x3B, 0x2D, 0x2013, 0x2014, 0x28, 0x5B, 0x201C:  // , ; - – — ( [ “
            return true
        default:
            break
        }
        guard prev < 0x80, UInt8(prev).isASCIIAlphanumeric else { return false }
        if ScriptClass.isHiragana(next) { return true }
        guard next < 0x80, UInt8(next).isASCIIAlphanumeric else { return false }
        // "approved by\nCongress": no sentence ends on "by".
        var w = prevStart
        while w > 0, prevStart - w < WordKey.capacity, text[w - 1].isASCIILetter { w -= 1 }
        if EnglishAbbreviations.isFunctionWord(text, w..<j) { return true }
        guard UInt8(next).isASCIILower else { return false }
        // A word, then a lowercase word on the next line: hard-wrapped prose
        // when the line is as long as prose lines are, or the next line ends
        // a sentence; short lines that end nowhere are a list ("features\n
        // contact manager").
        return j - lineStart >= Self.proseLineLength || nextLineEndsSentence(from: k)
    }

    static let proseLineLength = 40

    private func nextLineEndsSentence(from k: Int) -> Bool {
        var e = k
        while e < n, !text[e].isLineBreak { e += 1 }
        while e > k, text.followsWhitespace(e) { e = text.scalar(before: e).start }
        while e > k, ScriptClass.isClosingQuote(text.scalar(before: e).value)
            || ScriptClass.isClosingBracket(text.scalar(before: e).value) {
            e = text.scalar(before: e).start
        }
        guard e > k else { return false }
        let last = text.scalar(before: e).value
        return last == 0x2E || last == 0x21 || last == 0x3F || ScriptClass.isJapaneseStop(last)
    }

    // MARK: - Stops

    /// Consumes closing brackets and quotes after a stop; returns where they
    /// end and whether any were there.
    private mutating func closers(from e: Int) -> Int {
        var q = e
        while q < n {
            if let citation = citationEnd(at: q) { q = citation; continue }
            let (s, length) = text.scalar(at: q)
            if ScriptClass.isClosingBracket(s) {
                close()
            } else if !ScriptClass.isClosingQuote(s) {
                break
            }
            q += length
        }
        return q
    }

    /// The same as `closers` without touching the bracket depth.
    private func closersEnd(from e: Int) -> Int {
        var q = e
        while q < n {
            if let citation = citationEnd(at: q) { q = citation; continue }
            let (s, length) = text.scalar(at: q)
            guard ScriptClass.isClosingBracket(s) || ScriptClass.isClosingQuote(s) else { break }
            q += length
        }
        return q
    }

    /// "martyr.[1] The": a reference mark after the stop belongs to the
    /// sentence it cites.
    private func citationEnd(at q: Int) -> Int? {
        guard text[q] == 0x5B else { return nil }
        var k = q + 1
        while k < n, k - q <= 5, text[k].isASCIIAlphanumeric { k += 1 }
        guard k > q + 1, k < n, text[k] == 0x5D else { return nil }
        return k + 1
    }

    private mutating func japaneseStop(at p: Int) -> Int {
        var e = p
        var onlyExclamations = true
        while e < n {
            let (s, length) = text.scalar(at: e)
            if ScriptClass.isExclamationOrQuestion(s) {
                e += length
            } else if ScriptClass.isJapaneseStop(s) || s == 0xFF0E {
                onlyExclamations = false; e += length
            } else {
                break
            }
        }
        let q = closers(from: e)
        if !quotationGoesOn(stopEnd: e, closersEnd: q, onlyExclamations: onlyExclamations) { stop(at: q) }
        return q
    }

    /// 「明日行く。」と言った, 本当？と聞いた: a quotation closed before a
    /// particle, or an exclamation before と思う, is part of a longer sentence.
    private func quotationGoesOn(stopEnd e: Int, closersEnd q: Int, onlyExclamations: Bool) -> Bool {
        guard q < n else { return false }
        if q > e, Self.isQuotationParticle(text.scalar(at: q).value) { return true }
        return onlyExclamations && Self.continuesAfterExclamation(text, q)
    }

    private static func isQuotationParticle(_ s: UInt32) -> Bool {
        switch s {
        case 0x3068, 0x3063, 0x306A, 0x306E, 0x3092, 0x304C, 0x306F, 0x306B, 0x3067, 0x3082, 0x3084, 0x304B:
            return true  // と っ な の を が は に で も や か
        default: return false
        }
    }

    /// と思った, と聞いた, って: a particle that makes the exclamation a quotation.
    private static func continuesAfterExclamation(_ text: UnsafeBufferPointer<UInt8>, _ q: Int) -> Bool {
        let (s, length) = text.scalar(at: q)
        if s == 0x3063 { return true }  // っ
        guard s == 0x3068, q + length < text.count else { return false }  // と
        switch text.scalar(at: q + length).value {
        case 0x8A00, 0x601D, 0x805E, 0x53EB, 0x7B54, 0x5C0B, 0x8003, 0x611F, 0x3044, 0x3082:
            return true  // 言 思 聞 叫 答 尋 考 感 い も
        default: return false
        }
    }

    private mutating func exclamation(at p: Int) -> Int {
        var e = p
        while e < n, ScriptClass.isExclamationOrQuestion(text.scalar(at: e).value) { e += text.scalar(at: e).length }
        let q = closers(from: e)
        guard q < n else { return q }
        let next = text.scalar(at: q).value
        if ScriptClass.isJapaneseText(next) {
            if !quotationGoesOn(stopEnd: e, closersEnd: q, onlyExclamations: true) { stop(at: q) }
        } else if text.whitespaceLength(at: q) > 0 {
            // "Yahoo! in the accounting department" goes on.
            if case .lowercase = NextWord.after(text, q) { return q }
            stop(at: q)
        }
        return q
    }

    /// "...", "…", "....": an ellipsis ends the sentence only when a capital
    /// letter starts the next word after a space; "[...]" marks an omission.
    private mutating func ellipsis(at p: Int, end e: Int) -> Int {
        let before = text.scalar(before: p).value
        if before == 0x5B || before == 0x28 { return e }
        let q = closers(from: e)
        if q < n, text.whitespaceLength(at: q) > 0, case .capitalised = NextWord.after(text, q) { stop(at: q) }
        return q
    }

    private mutating func period(at p: Int) -> Int {
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
    private mutating func spacedEllipsis(at p: Int, end f: Int, dots: Int) -> Int {
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
            if capitalFollows {
                stop(at: p + 1)
                return p + 1
            }
            return f
        }
        if dots >= 4 {
            let q = closers(from: f)
            if capitalFollows || q >= n { stop(at: q) }
            return q
        }
        return f
    }

    private mutating func singlePeriod(at p: Int) -> Int {
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

    private func endsBeforeNextWord(kind: AbbreviationKind?, word: Range<Int>, next: NextWord) -> Bool {
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
    private func startsGluedSentence(period p: Int, word: Range<Int>) -> Bool {
        let e = p + 1
        guard e + 1 < n, text[e].isASCIIUpper, text[e + 1].isASCIILower, p > 0 else { return false }
        guard text[p - 1].isASCIILower || text[p - 1].isASCIIDigit else { return false }
        guard EnglishAbbreviations.kind(text, word) == nil else { return false }
        var k = p
        while k > 0, p - k < 64, text.whitespaceLength(at: k - 1) == 0 {
            k -= 1
            if text[k] == 0x40 || text[k] == 0x2F { return false }  // @ /
        }
        k = e
        while k < n, k - e < 64, text.whitespaceLength(at: k) == 0 {
            if text[k] == 0x40 || text[k] == 0x2F { return false }
            k += 1
        }
        return true
    }

    /// The word that ends at the period at `p`: letters, digits, inner
    /// periods and the numero sign, at most 24 bytes back.
    private func wordBefore(_ p: Int) -> Range<Int> {
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

    private func lowercaseWordBefore(_ i: Int) -> Bool {
        var k = i
        var spaces = 0
        while k > 0, text[k - 1] == 0x20, spaces < 3 { k -= 1; spaces += 1 }
        guard spaces > 0 else { return false }
        let end = k
        while k > 0, end - k < WordKey.capacity, text[k - 1].isASCIILetter { k -= 1 }
        return k < end && text[k].isASCIILower
    }
}
