import RontenCore

/// Splits English text into tokens by a single scan over its scalars, the
/// way the Penn Treebank tokenizes:
///
/// - words, including hyphenated ones (open-source, COVID-19, 19-year-old)
///   and ones with an inner apostrophe (O'Neill);
/// - clitics split off: don't → do + n't, can't → ca + n't, it's → it + 's,
///   we're → we + 're, Meta's → Meta + 's, cannot → can + not;
/// - numbers with thousands separators and decimals (1,000,000; 60.5). A
///   currency sign or percent sign is a token of its own ($ + 60.5, 3.5 + %),
///   as in the Treebank; a plain number followed by letters is one word
///   (1st, 5G, 100m), a decimal one is split (60.5 + bn); a time of day
///   (5:30) is one number;
/// - a closing apostrophe after a word ending in s split off as a plural
///   possessive (the students' votes), which misreads a single quotation
///   mark closing on such a word;
/// - abbreviations with their period (Mr., Inc., e.g., U.S., a.m.);
/// - URLs and email addresses whole; `...` and `--` as one token.
///
/// Parts of speech are given only where the form settles them: numbers,
/// punctuation, symbols, n't, and capitalised words not at the start of a
/// sentence as proper-noun candidates. Everything else is `.other`.
public struct EnglishTokenizer: Sendable {
    public init() {}

    /// Tokens of `text`; ranges are UTF-8 byte offsets from its start.
    public func tokenize(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { buffer in
            var scan = EnglishScan(text: buffer, offset: 0)
            return scan.run()
        }
    }

    /// Tokens of `utf8`; ranges are indices of the slice, so tokenizing
    /// `blockText[sentenceSpan]` gives ranges in the block's text.
    public func tokenize(_ utf8: ArraySlice<UInt8>) -> [Token] {
        utf8.withUnsafeBufferPointer { buffer in
            var scan = EnglishScan(text: buffer, offset: utf8.startIndex)
            return scan.run()
        }
    }

    public func tokenize(_ utf8: [UInt8]) -> [Token] {
        tokenize(utf8[...])
    }

    /// Tokens of `utf8`; ranges are offsets from its start.
    public func tokenize(_ utf8: UnsafeBufferPointer<UInt8>) -> [Token] {
        var scan = EnglishScan(text: utf8, offset: 0)
        return scan.run()
    }
}

/// One pass over one text. Scalars are decoded once into an array so the
/// scan can look ahead; every rule moves forward, and the one rule that may
/// look far ahead without taking what it saw (an email's local part)
/// remembers how far it looked, so the scan stays linear.
private struct EnglishScan {
    let text: UnsafeBufferPointer<UInt8>
    let offset: Int
    var scalars: [Unicode.Scalar] = []
    /// Byte offset of each scalar, plus the end.
    var starts: [Int] = []
    var tokens: [Token] = []
    var atSentenceStart = true
    var noEmailBefore = 0

    init(text: UnsafeBufferPointer<UInt8>, offset: Int) {
        self.text = text
        self.offset = offset
        scalars.reserveCapacity(text.count)
        starts.reserveCapacity(text.count + 1)
        var index = 0
        while index < text.count {
            let (value, length) = TokenizerUTF8.scalar(in: text, at: index)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            starts.append(index)
            index += length
        }
        starts.append(text.count)
    }

    mutating func run() -> [Token] {
        let count = scalars.count
        var k = 0
        while k < count {
            let scalar = scalars[k]
            if Self.isWhitespace(scalar) {
                k += 1
            } else if let end = url(at: k) {
                emit(k, end, kind: .url, partOfSpeech: .other, lowercased: true)
                k = end
            } else if let end = email(at: k) {
                emit(k, end, kind: .email, partOfSpeech: .other, lowercased: true)
                k = end
            } else if Self.isDigit(scalar) || (scalar == "." && isDigit(k + 1) && !isWordCharacter(k - 1)) {
                let (end, plain) = number(at: k)
                if plain && (isLetter(end) || (isJoiner(end) && isLetter(end + 1))) {
                    k = word(at: k)
                } else {
                    emit(k, end, kind: .number, partOfSpeech: .numeral)
                    k = end
                }
            } else if Self.isLetter(scalar) {
                k = word(at: k)
            } else if Self.isApostrophe(scalar), k > 0, !Self.isWhitespace(scalars[k - 1]),
                      let end = clitic(at: k) {
                // A clitic after a token that is not a word: U.S.'s
                emitClitic(k, end)
                k = end
            } else if (scalar == "." || scalar == "-"), k + 1 < count, scalars[k + 1] == scalar {
                var end = k + 1
                while end < count, scalars[end] == scalar { end += 1 }
                emit(k, end, kind: .punctuation, partOfSpeech: .punctuation)
                atSentenceStart = scalar == "."
                k = end
            } else {
                let punctuation = Self.isPunctuation(scalar)
                emit(k, k + 1, kind: punctuation ? .punctuation : .symbol,
                     partOfSpeech: punctuation ? .punctuation : .symbol)
                if Self.endsSentence(scalar) { atSentenceStart = true }
                k += 1
            }
        }
        return tokens
    }

    // MARK: Rules

    /// http://, https:// or www. up to the next space, less the punctuation
    /// that ends the sentence around it.
    private func url(at k: Int) -> Int? {
        guard Self.isLetter(scalars[k]), hasPrefix("http://", at: k) || hasPrefix("https://", at: k)
            || hasPrefix("www.", at: k) else { return nil }
        var end = k
        var opened = 0
        var closed = 0
        while end < scalars.count, !Self.isWhitespace(scalars[end]), !"<>\"“”".unicodeScalars.contains(scalars[end]) {
            if scalars[end] == "(" { opened += 1 }
            if scalars[end] == ")" { closed += 1 }
            end += 1
        }
        while end > k {
            let last = scalars[end - 1]
            if last == ")" && closed > opened {
                closed -= 1
            } else if !".,;:!?'’)]}".unicodeScalars.contains(last) || last == ")" {
                break
            }
            end -= 1
        }
        return end
    }

    /// local@domain.tld, the local part starting with a letter or digit.
    private mutating func email(at k: Int) -> Int? {
        guard k >= noEmailBefore, Self.isLetter(scalars[k]) || Self.isDigit(scalars[k]), scalars[k].isASCII else {
            return nil
        }
        var at = k
        while at < scalars.count, Self.isEmailLocal(scalars[at]) { at += 1 }
        guard at < scalars.count, scalars[at] == "@" else {
            // Any later start inside this run stops at the same place.
            noEmailBefore = at
            return nil
        }
        var end = at + 1
        var lastDot = -1
        while end < scalars.count, Self.isDomain(scalars[end]) {
            if scalars[end] == "." { lastDot = end }
            end += 1
        }
        while end > at + 1, scalars[end - 1] == "." || scalars[end - 1] == "-" {
            end -= 1
            if lastDot == end { lastDot = scalars[(at + 1)..<end].lastIndex(of: ".") ?? -1 }
        }
        guard lastDot > at + 1, end - lastDot > 2,
              scalars[(lastDot + 1)..<end].allSatisfy({ Self.isLetter($0) }) else {
            noEmailBefore = at
            return nil
        }
        return end
    }

    /// Digits with thousands groups and one decimal part; `plain` when it is
    /// digits alone.
    private func number(at k: Int) -> (end: Int, plain: Bool) {
        var end = k
        var plain = true
        if scalars[end] == "." {
            end += 1
            plain = false
        }
        while isDigit(end) { end += 1 }
        guard plain else { return (end, false) }
        // A time of day: 5:30, 17:05.
        if end - k <= 2, end + 2 < scalars.count + 1, scalars[end] == ":", isDigit(end + 1), isDigit(end + 2),
           !isDigit(end + 3) {
            return (end + 3, false)
        }
        while end + 3 < scalars.count + 1, scalars[end] == ",", isDigit(end + 1), isDigit(end + 2),
              isDigit(end + 3), !isDigit(end + 4) {
            end += 4
            plain = false
        }
        if end + 1 < scalars.count, scalars[end] == ".", isDigit(end + 1) {
            end += 1
            while isDigit(end) { end += 1 }
            plain = false
        }
        return (end, plain)
    }

    /// A word from `k`: letters, digits and marks, joined by hyphens and
    /// inner apostrophes; then an abbreviation's period or clitics.
    private mutating func word(at k: Int) -> Int {
        var end = k
        while true {
            while end < scalars.count, isWordCharacter(end) { end += 1 }
            if end > k, end + 1 < scalars.count, Self.isApostrophe(scalars[end]), isLetter(end + 1) {
                end += 1
                continue
            }
            if end > k, isJoiner(end), isWordCharacter(end + 1) {
                end += 1
                continue
            }
            break
        }
        if end < scalars.count, scalars[end] == "." {
            if let initialism = initialism(at: k) {
                emit(k, initialism, kind: .abbreviation, partOfSpeech: .other, lowercased: true)
                atSentenceStart = false
                return initialism
            }
            if TokenAbbreviations.words.contains(lowercased(k, end)) {
                emit(k, end + 1, kind: .abbreviation, partOfSpeech: .other, lowercased: true)
                atSentenceStart = false
                return end + 1
            }
        }
        emitWord(k, end)
        // A plural possessive: the students' votes.
        if end + 1 <= scalars.count, end < scalars.count, Self.isApostrophe(scalars[end]), !isLetter(end + 1),
           "sS".unicodeScalars.contains(scalars[end - 1]) {
            emitClitic(end, end + 1)
            return end + 1
        }
        return end
    }

    /// Single letters each followed by a period, at least two: U.S., e.g.
    private func initialism(at k: Int) -> Int? {
        var end = k
        var letters = 0
        while end + 1 < scalars.count, isLetter(end), !isWordCharacter(end + 1), scalars[end + 1] == "." {
            letters += 1
            end += 2
        }
        guard letters >= 2, !isWordCharacter(end) else { return nil }
        return end
    }

    /// The end of a clitic starting at the apostrophe `k`, if one is there.
    private func clitic(at k: Int) -> Int? {
        var end = k + 1
        while isLetter(end) { end += 1 }
        guard !isWordCharacter(end), Self.clitics[lowercased(k + 1, end)] != nil else { return nil }
        return end
    }

    // MARK: Emitting

    /// Emits a word, splitting clitics off its end (should've → should + 've,
    /// don't → do + n't).
    private mutating func emitWord(_ start: Int, _ end: Int) {
        var stemEnd = end
        var clitics: [Range<Int>] = []
        while let apostrophe = (start..<stemEnd).last(where: { Self.isApostrophe(scalars[$0]) }) {
            let suffix = lowercased(apostrophe + 1, stemEnd)
            if suffix == "t", apostrophe - 1 > start, "nN".unicodeScalars.contains(scalars[apostrophe - 1]) {
                clitics.insert(apostrophe - 1..<stemEnd, at: 0)
                stemEnd = apostrophe - 1
            } else if Self.clitics[suffix] != nil, apostrophe > start {
                clitics.insert(apostrophe..<stemEnd, at: 0)
                stemEnd = apostrophe
            } else {
                break
            }
        }
        if clitics.isEmpty, stemEnd - start == 6, lowercased(start, stemEnd) == "cannot" {
            emitStem(start, start + 3)
            emit(start + 3, end, kind: .word, partOfSpeech: .adverb, lowercased: true)
            return
        }
        emitStem(start, stemEnd)
        for clitic in clitics { emitClitic(clitic.lowerBound, clitic.upperBound) }
    }

    private mutating func emitStem(_ start: Int, _ end: Int) {
        let allDigits = (start..<end).allSatisfy { Self.isDigit(scalars[$0]) }
        if allDigits {
            emit(start, end, kind: .number, partOfSpeech: .numeral)
        } else {
            let capitalised = scalars[start].properties.isUppercase
            let isI = end - start == 1 && scalars[start] == "I"
            let lower = lowercased(start, end)
            var token = makeToken(start, end, kind: .word,
                                  partOfSpeech: capitalised && !atSentenceStart && !isI ? .properNoun : .other)
            token.lowercased = lower
            // The Treebank's stems of can't, won't, shan't.
            if let full = Self.negatedStems[lower], end < scalars.count, "nN".unicodeScalars.contains(scalars[end]) {
                token.baseForm = full
            }
            tokens.append(token)
        }
        atSentenceStart = false
    }

    private mutating func emitClitic(_ start: Int, _ end: Int) {
        let negation = "nN".unicodeScalars.contains(scalars[start])
        // Looked up by the letters after the apostrophe, whichever apostrophe it was.
        let known = negation ? nil : Self.clitics[lowercased(start + 1, end)]
        var token = makeToken(start, end, kind: .contraction, partOfSpeech: known?.partOfSpeech ?? .other)
        token.lowercased = lowercased(start, end)
        if negation {
            token.baseForm = "not"
            token.partOfSpeech = .adverb
        } else {
            token.baseForm = known?.baseForm
        }
        tokens.append(token)
    }

    private mutating func emit(_ start: Int, _ end: Int, kind: Token.Kind, partOfSpeech: PartOfSpeech,
                               lowercased lower: Bool = false) {
        var token = makeToken(start, end, kind: kind, partOfSpeech: partOfSpeech)
        if lower { token.lowercased = lowercased(start, end) }
        tokens.append(token)
        if kind != .punctuation && kind != .symbol { atSentenceStart = false }
    }

    private func makeToken(_ start: Int, _ end: Int, kind: Token.Kind, partOfSpeech: PartOfSpeech) -> Token {
        Token(surface: surface(start, end), start: offset + starts[start], end: offset + starts[end], kind: kind,
              partOfSpeech: partOfSpeech)
    }

    // MARK: Characters

    private func surface(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[starts[start]..<starts[end]]), as: UTF8.self)
    }

    private func lowercased(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        let string = surface(start, end)
        if (start..<end).allSatisfy({ scalars[$0].isASCII && !("A"..."Z").contains(scalars[$0]) }) { return string }
        return string.lowercased()
    }

    private func hasPrefix(_ prefix: String, at k: Int) -> Bool {
        var index = k
        for expected in prefix.unicodeScalars {
            guard index < scalars.count, scalars[index].isASCII else { return false }
            let value = scalars[index].value
            let lower = ("A"..."Z").contains(scalars[index]) ? value + 32 : value
            guard lower == expected.value else { return false }
            index += 1
        }
        return true
    }

    private func isDigit(_ k: Int) -> Bool { k >= 0 && k < scalars.count && Self.isDigit(scalars[k]) }
    private func isLetter(_ k: Int) -> Bool { k >= 0 && k < scalars.count && Self.isLetter(scalars[k]) }
    private func isJoiner(_ k: Int) -> Bool { k >= 0 && k < scalars.count && Self.isHyphen(scalars[k]) }

    private func isWordCharacter(_ k: Int) -> Bool {
        guard k >= 0, k < scalars.count else { return false }
        let scalar = scalars[k]
        return Self.isLetter(scalar) || Self.isDigit(scalar) || Self.isMark(scalar)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        return scalar.properties.isAlphabetic
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || ("\t"..."\r").contains(scalar) }
        return scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}"
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "\u{2019}" }

    private static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }

    private static func isEmailLocal(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (isLetter(scalar) || isDigit(scalar) || "._%+-".unicodeScalars.contains(scalar))
    }

    private static func isDomain(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (isLetter(scalar) || isDigit(scalar) || scalar == "." || scalar == "-")
    }

    private static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        ".!?:…".unicodeScalars.contains(scalar)
    }

    /// Punctuation separates or encloses words; everything else that is not a
    /// word (%, $, +, #, &, @, emoji) is a symbol.
    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation:
            return true
        case .otherPunctuation:
            return !"%‰‱#&@*\\†‡§¶".unicodeScalars.contains(scalar)
        default:
            return false
        }
    }

    /// Clitics by their letters after the apostrophe: what they stand for when
    /// that is certain, and their class.
    private static let clitics: [String: (baseForm: String?, partOfSpeech: PartOfSpeech)] = [
        "s": (nil, .other), "d": (nil, .auxiliary), "m": ("am", .verb), "re": ("are", .verb),
        "ve": ("have", .verb), "ll": ("will", .auxiliary),
    ]

    private static let negatedStems: [String: String] = ["ca": "can", "wo": "will", "sha": "shall"]
}
