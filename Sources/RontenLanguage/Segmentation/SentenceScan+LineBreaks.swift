/// Line breaks: a blank line always ends a unit; a single one ends it unless
/// the text before clearly goes on (or the caller asked to join lines).
extension SentenceScan {
    mutating func whitespace(from j: Int) -> Int {
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
    func continuesLine(before j: Int, after k: Int, spaceBeforeBreak: Bool) -> Bool {
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

    func nextLineEndsSentence(from k: Int) -> Bool {
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
}
