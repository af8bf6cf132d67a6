/// What begins the next word after a stop: the look-ahead every decision
/// about an English period rests on.
enum NextWord {
    case end
    case lowercase
    /// A capital letter; the range holds the word's ASCII letters (empty
    /// when it starts with an accented capital) for table lookups.
    case capitalised(Range<Int>)
    case number
    case japanese
    case bullet
    case other

    /// The word after the whitespace that starts at `q`.
    static func after(_ text: UnsafeBufferPointer<UInt8>, _ q: Int) -> NextWord {
        var k = q
        while k < text.count {
            let w = text.whitespaceLength(at: k)
            guard w > 0 else { break }
            k += w
        }
        return at(text, k)
    }

    /// The word that starts at `k`, past up to four opening quotes or brackets.
    static func at(_ text: UnsafeBufferPointer<UInt8>, _ k: Int) -> NextWord {
        var k = k
        var openers = 0
        while k < text.count, openers < 4 {
            let (s, length) = text.scalar(at: k)
            guard ScriptClass.isOpeningPunctuation(s) else { break }
            k += length; openers += 1
        }
        guard k < text.count else { return .end }
        let (s, _) = text.scalar(at: k)
        if s < 0x80, UInt8(s).isASCIILetter {
            var e = k
            while e < text.count, e - k <= WordKey.capacity, text[e].isASCIILetter { e += 1 }
            if UInt8(s).isASCIIUpper { return .capitalised(k..<e) }
            // "iPhone", "eBay" are capitalised names despite the first letter.
            if (k + 1..<min(e, k + 3)).contains(where: { text[$0].isASCIIUpper }) { return .capitalised(k..<e) }
            return .lowercase
        }
        if ScriptClass.isLatinUpper(s) { return .capitalised(k..<k) }
        if ScriptClass.isLatinLetter(s) { return .lowercase }
        if ScriptClass.isDigit(s) || ScriptClass.isCurrencySign(s) { return .number }
        if ScriptClass.isJapaneseText(s) { return .japanese }
        if ScriptClass.isBullet(s) { return .bullet }
        return .other
    }
}
