import RontenCore
import RontenLanguage

/// What a figure measures, read from the words right next to it, for
/// ``InconsistentFigure``. Only a few unambiguous shapes count, so a figure
/// gets a subject only when it clearly has one:
///
/// - Japanese: a noun phrase, with one の modifier, before は/が/も
///   (「北斗電機の売上高は1,200億円」, dates
///   and に/で between allowed: 「市場規模は2030年度に4,500億円」), or after
///   の (「1,200億円の投資」).
/// - English: a noun phrase, with its possessor, before a link word
///   ("Northwind's revenue was $1.2 billion",
///   "a budget of $5 million"), or after in/of ("$60 million in revenue").
///
/// The side is part of the subject: "revenue was $1.2 billion" (a total)
/// and "$60 million in revenue" (an amount of it) are different things.
struct FigureSubject: Hashable {
    enum Side: String { case before, after }
    var side: Side
    var phrase: String

    /// The subject of each of a sentence's `quantities` (nil where it has
    /// none), in their order, from the sentence's `tokens`. One pass over the
    /// tokens in all.
    static func subjects(tokens: [Token], quantities: [Quantity]) -> [FigureSubject?] {
        subjects(TokenWords(tokens: tokens), quantities: quantities, japanese: tokens.contains { $0.ipadic != nil })
    }

    /// The same for a sentence MeCab read, from its morphemes: no token is
    /// made (making them was 0.8 % of a report's time).
    static func subjects(morphemes: [Morpheme], in bytes: UnsafeBufferPointer<UInt8>, tokenizer: JapaneseTokenizer,
                         quantities: [Quantity]) -> [FigureSubject?] {
        subjects(MorphemeWords(morphemes: morphemes, bytes: bytes, tokenizer: tokenizer), quantities: quantities,
                 japanese: !morphemes.isEmpty)
    }

    private static func subjects<Words: FigureWords>(_ words: Words, quantities: [Quantity],
                                                     japanese: Bool) -> [FigureSubject?] {
        let order = quantities.indices.sorted { quantities[$0].start < quantities[$1].start }
        var result = [FigureSubject?](repeating: nil, count: quantities.count)
        // Which words lie inside a figure, found in one merge of two sorted lists.
        var covered = [Bool](repeating: false, count: words.count)
        var k = 0
        for t in 0..<words.count {
            let start = words.start(t)
            while k < order.count, quantities[order[k]].end <= start { k += 1 }
            if k < order.count, quantities[order[k]].start <= start, words.end(t) <= quantities[order[k]].end {
                covered[t] = true
            }
        }
        var next = 0 // first word starting at or after the current figure's start
        for q in order {
            let quantity = quantities[q]
            while next < words.count, words.start(next) < quantity.start { next += 1 }
            var after = next
            while after < words.count, words.start(after) < quantity.end { after += 1 }
            result[q] = japanese
                ? japaneseSubject(words, before: next, after: after, covered: covered)
                : words.englishSubject(before: next, after: after)
        }
        return result
    }

    /// How far the readers look past the figure, so a long sentence stays linear.
    private static let reach = 6

    private static let skippedBefore: [String] = ["に", "で", "、", "，", "約", "およそ"]
    private static let subjectParticles: [String] = ["は", "が", "も"]

    private static func japaneseSubject<Words: FigureWords>(_ words: Words, before end: Int, after start: Int,
                                                            covered: [Bool]) -> FigureSubject? {
        // Before: [noun phrase] は|が|も [dates, に, で, 、] figure
        var i = end - 1
        var skipped = 0
        while i >= 0, skipped < reach, covered[i] || skippedBefore.contains(words.surface(i)) {
            i -= 1
            skipped += 1
        }
        if i >= 1, subjectParticles.contains(words.surface(i)), words.figureWord(i) == .particle {
            var j = i - 1
            var phrase: [String] = []
            while j >= 0, phrase.count < reach, words.figureWord(j) == .noun, !covered[j] {
                phrase.append(words.surface(j))
                j -= 1
            }
            // One modifier with の belongs to the subject: 北斗電機の投資額 is not 富士電機の投資額.
            if !phrase.isEmpty, j >= 1, words.surface(j) == "の", words.figureWord(j - 1) == .noun, !covered[j - 1] {
                phrase.append("の")
                j -= 1
                var modifier = 0
                while j >= 0, modifier < reach, words.figureWord(j) == .noun, !covered[j] {
                    phrase.append(words.surface(j))
                    modifier += 1
                    j -= 1
                }
            }
            if !phrase.isEmpty { return FigureSubject(side: .before, phrase: phrase.reversed().joined()) }
        }
        // After: figure の [noun phrase]
        if start < words.count, words.surface(start) == "の" {
            var phrase: [String] = []
            var j = start + 1
            while j < words.count, phrase.count < reach, words.figureWord(j) == .noun, !covered[j] {
                phrase.append(words.surface(j))
                j += 1
            }
            if !phrase.isEmpty { return FigureSubject(side: .after, phrase: phrase.joined()) }
        }
        return nil
    }

    private static let englishLinks: Set<String> = [
        "of", "was", "is", "were", "are", "reached", "hit", "totaled", "totalled", "totals", "stood", "stands", "at", ":",
    ]

    private static let englishStopWords: Set<String> = [
        "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "it",
        "and", "or", "but", "of", "in", "on", "at", "by", "for", "to", "with", "from", "as", "was", "is", "were", "are",
        "be", "been", "has", "have", "had", "will", "would", "about", "around", "nearly", "almost", "over", "under",
        "than", "more", "less", "some", "which", "who", "what", "so", "last", "next", "year", "quarter", "month",
    ]

    private static func englishWord(_ token: Token) -> String? {
        guard token.kind == .word else { return nil }
        let word = token.lowercased ?? token.surface.lowercased()
        guard !englishStopWords.contains(word), word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" })
        else { return nil }
        return word
    }

    fileprivate static func englishSubject(_ tokens: [Token], before end: Int, after start: Int) -> FigureSubject? {
        // Before: [noun phrase] was|of|reached… [at] figure
        var i = end - 1
        if i >= 0, tokens[i].lowercased == "at" || tokens[i].surface == "at" { i -= 1 }
        if i >= 1, englishLinks.contains(tokens[i].lowercased ?? tokens[i].surface) {
            var words: [String] = []
            var j = i - 1
            while j >= 0, words.count < 3, let word = englishWord(tokens[j]) {
                words.append(word)
                j -= 1
            }
            // A possessor belongs to the subject: Northwind's revenue is not Contoso's.
            if !words.isEmpty, j >= 1, tokens[j].kind == .contraction, tokens[j].surface == "'s" || tokens[j].surface == "’s" {
                words.append((tokens[j - 1].lowercased ?? tokens[j - 1].surface.lowercased()) + "'s")
            }
            if !words.isEmpty { return FigureSubject(side: .before, phrase: words.reversed().joined(separator: " ")) }
        }
        // After: figure in|of [noun phrase]
        if start < tokens.count, ["in", "of"].contains(tokens[start].lowercased ?? tokens[start].surface) {
            var words: [String] = []
            var j = start + 1
            while j < tokens.count, words.count < 3, let word = englishWord(tokens[j]) {
                words.append(word)
                j += 1
            }
            if !words.isEmpty { return FigureSubject(side: .after, phrase: words.joined(separator: " ")) }
        }
        return nil
    }
}

/// The words of a sentence as the subject readers see them: their ranges,
/// their surfaces (made only for the few words looked at) and what each is
/// to a subject.
private protocol FigureWords {
    var count: Int { get }
    func start(_ index: Int) -> Int
    func end(_ index: Int) -> Int
    func surface(_ index: Int) -> String
    func figureWord(_ index: Int) -> FigureWordClass
    func englishSubject(before end: Int, after start: Int) -> FigureSubject?
}

/// Tokens, Japanese or English.
private struct TokenWords: FigureWords {
    let tokens: [Token]
    var count: Int { tokens.count }
    func start(_ index: Int) -> Int { tokens[index].start }
    func end(_ index: Int) -> Int { tokens[index].end }
    func surface(_ index: Int) -> String { tokens[index].surface }

    func figureWord(_ index: Int) -> FigureWordClass {
        guard let features = tokens[index].ipadic else { return .other }
        if features.pos == "名詞" || features.pos == "接頭詞" {
            let detail = features.posDetail1
            return detail != "数" && detail != "代名詞" && detail != "非自立" ? .noun : .other
        }
        return features.pos == "助詞" ? .particle : .other
    }

    func englishSubject(before end: Int, after start: Int) -> FigureSubject? {
        FigureSubject.englishSubject(tokens, before: end, after: start)
    }
}

/// MeCab's words of a Japanese sentence, read through the tokenizer's
/// dictionary facts.
private struct MorphemeWords: FigureWords {
    let morphemes: [Morpheme]
    let bytes: UnsafeBufferPointer<UInt8>
    let tokenizer: JapaneseTokenizer
    var count: Int { morphemes.count }
    func start(_ index: Int) -> Int { morphemes[index].start }
    func end(_ index: Int) -> Int { morphemes[index].end }

    /// As the token's surface would be: the same bytes decoded the same way.
    func surface(_ index: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[morphemes[index].start..<morphemes[index].end]), as: UTF8.self)
    }

    func figureWord(_ index: Int) -> FigureWordClass { tokenizer.figureWord(morphemes[index]) }

    func englishSubject(before end: Int, after start: Int) -> FigureSubject? { nil }
}
