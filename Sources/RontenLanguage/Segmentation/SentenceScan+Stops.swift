/// Japanese stops and exclamation or question marks, with the closing
/// brackets and quotes that belong to the sentence they end.
extension SentenceScan {
    /// Consumes the closing brackets, quotes and reference marks after a
    /// stop, closing bracket depth as it goes; returns where they end.
    mutating func closers(from e: Int) -> Int {
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
    func closersEnd(from e: Int) -> Int {
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
    func citationEnd(at q: Int) -> Int? {
        guard text[q] == 0x5B else { return nil }
        var k = q + 1
        while k < n, k - q <= 5, text[k].isASCIIAlphanumeric { k += 1 }
        guard k > q + 1, k < n, text[k] == 0x5D else { return nil }
        return k + 1
    }

    mutating func japaneseStop(at p: Int) -> Int {
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
    func quotationGoesOn(stopEnd e: Int, closersEnd q: Int, onlyExclamations: Bool) -> Bool {
        guard q < n else { return false }
        if q > e, Self.isQuotationParticle(text.scalar(at: q).value) { return true }
        return onlyExclamations && Self.continuesAfterExclamation(text, q)
    }

    static func isQuotationParticle(_ s: UInt32) -> Bool {
        switch s {
        case 0x3068, 0x3063, 0x306A, 0x306E, 0x3092, 0x304C, 0x306F, 0x306B, 0x3067, 0x3082, 0x3084, 0x304B:
            return true  // と っ な の を が は に で も や か
        default: return false
        }
    }

    /// と思った, と聞いた, って: a particle that makes the exclamation a quotation.
    static func continuesAfterExclamation(_ text: UnsafeBufferPointer<UInt8>, _ q: Int) -> Bool {
        let (s, length) = text.scalar(at: q)
        if s == 0x3063 { return true }  // っ
        guard s == 0x3068, q + length < text.count else { return false }  // と
        switch text.scalar(at: q + length).value {
        case 0x8A00, 0x601D, 0x805E, 0x53EB, 0x7B54, 0x5C0B, 0x8003, 0x611F, 0x3044, 0x3082:
            return true  // 言 思 聞 叫 答 尋 考 感 い も
        default: return false
        }
    }

    mutating func exclamation(at p: Int) -> Int {
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
}
