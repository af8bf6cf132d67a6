import RontenCore

/// Counts of what a unit of text is written in: Japanese script and the
/// signs of a Japanese clause (kana), Latin letters and the signs of an
/// English clause (lowercase words, function words).
struct ScriptTally {
    var kana = 0
    var kanji = 0
    var japanesePunctuation = 0
    var latinLetters = 0
    /// Kana outside a quotation that an English sentence frames.
    var framedKana = 0
    var framedJapanese = 0
    /// Lowercase and function words outside a quotation that a Japanese
    /// sentence frames: 「We are all in」と述べた is still one Japanese clause.
    var framedLowercaseWords = 0
    var framedFunctionWords = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var i = 0
        var quoteDepth = 0
        var quoteInJapanese = false
        var quoteInEnglish = false
        while i < bytes.count {
            let (s, length) = bytes.scalar(at: i)
            // Kana and the common kanji block, most of a Japanese text, are
            // counted here: no Latin, punctuation or quote test applies to them.
            if (s >= 0x3040 && s <= 0x30FF) || (s >= 0x4E00 && s <= 0x9FFF) {
                // The whole run of them at once: nothing in it changes the quote state.
                var runKana = 0, runKanji = 0
                var t = s, tl = length
                while true {
                    if t <= 0x30FF { runKana += 1 } else { runKanji += 1 }
                    i += tl
                    guard i < bytes.count else { break }
                    (t, tl) = bytes.scalar(at: i)
                    guard (t >= 0x3040 && t <= 0x30FF) || (t >= 0x4E00 && t <= 0x9FFF) else { break }
                }
                kana += runKana
                kanji += runKanji
                if !(quoteDepth > 0 && quoteInEnglish) {
                    framedJapanese += runKana + runKanji
                    framedKana += runKana
                }
                continue
            }
            if ScriptClass.isLatinLetter(s) {
                var e = i
                var letters = 0
                while e < bytes.count {
                    // ASCII letters and apostrophes without decoding a scalar.
                    let b = bytes[e]
                    if b < 0x80 {
                        if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A {
                            letters += 1
                            e += 1
                            continue
                        }
                        guard b == 0x27 && letters > 0 else { break }
                        e += 1
                        continue
                    }
                    let (t, tl) = bytes.scalar(at: e)
                    guard ScriptClass.isLatinLetter(t) || (t == 0x27 && letters > 0) else { break }
                    if t != 0x27 { letters += 1 }
                    e += tl
                }
                latinLetters += letters
                if !(quoteDepth > 0 && quoteInJapanese) {
                    if ScriptClass.isLatinLower(s), letters >= 2 { framedLowercaseWords += 1 }
                    if EnglishAbbreviations.isFunctionWord(bytes, i..<e) { framedFunctionWords += 1 }
                }
                i = e
                continue
            }
            let isKana = ScriptClass.isKana(s)
            if isKana || ScriptClass.isKanji(s) {
                if isKana { kana += 1 } else { kanji += 1 }
                if !(quoteDepth > 0 && quoteInEnglish) {
                    framedJapanese += 1
                    if isKana { framedKana += 1 }
                }
            } else if s == 0x3002 || s == 0x3001 || s == 0x300C || s == 0x300D || s == 0x300E || s == 0x300F {
                japanesePunctuation += 1
            }
            switch s {
            case 0x300C, 0x300E, 0x201C:  // 「 『 “
                if quoteDepth == 0 {
                    quoteInJapanese = kana + kanji > 0
                    quoteInEnglish = !quoteInJapanese && latinLetters > 0
                }
                quoteDepth += 1
            case 0x300D, 0x300F, 0x201D:
                quoteDepth = max(0, quoteDepth - 1)
            default:
                break
            }
            i += length
        }
    }

    var language: Language {
        let japanese = kana + kanji
        if japanese == 0 { return latinLetters > 0 ? .english : .undetermined }
        if latinLetters == 0 { return .japanese }
        let englishClause = framedLowercaseWords >= 3 && framedFunctionWords >= 1
        let japaneseClause = framedKana >= 3 && framedJapanese >= 4
        // About two Latin letters carry what one Japanese character does.
        let englishMass = Double(latinLetters) / 2
        let japaneseShare = Double(japanese) / (Double(japanese) + englishMass)
        switch (japaneseClause, englishClause) {
        case (true, true):
            if japaneseShare >= 0.25 && japaneseShare <= 0.75 { return .mixed }
            return japaneseShare > 0.5 ? .japanese : .english
        case (true, false):
            return .japanese
        case (false, true):
            return .english
        case (false, false):
            // A heading or a list of names: MetaのAI戦略, AI投資.
            if kana > 0 || japanesePunctuation > 0 { return .japanese }
            return japaneseShare >= 0.5 ? .japanese : .english
        }
    }
}
