import RontenCore

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
        let japanese = tokens.contains { $0.ipadic != nil }
        let order = quantities.indices.sorted { quantities[$0].start < quantities[$1].start }
        var result = [FigureSubject?](repeating: nil, count: quantities.count)
        // Which tokens lie inside a figure, found in one merge of two sorted lists.
        var covered = [Bool](repeating: false, count: tokens.count)
        var k = 0
        for (t, token) in tokens.enumerated() {
            while k < order.count, quantities[order[k]].end <= token.start { k += 1 }
            if k < order.count, quantities[order[k]].start <= token.start, token.end <= quantities[order[k]].end {
                covered[t] = true
            }
        }
        var next = 0 // first token starting at or after the current figure's start
        for q in order {
            let quantity = quantities[q]
            while next < tokens.count, tokens[next].start < quantity.start { next += 1 }
            var after = next
            while after < tokens.count, tokens[after].start < quantity.end { after += 1 }
            result[q] = japanese
                ? japaneseSubject(tokens, before: next, after: after, covered: covered)
                : englishSubject(tokens, before: next, after: after)
        }
        return result
    }

    /// How far the readers look past the figure, so a long sentence stays linear.
    private static let reach = 6

    private static func japaneseSubject(_ tokens: [Token], before end: Int, after start: Int,
                                        covered: [Bool]) -> FigureSubject? {
        func isNoun(_ token: Token) -> Bool {
            guard let f = token.ipadic, f.pos == "名詞" || f.pos == "接頭詞" else { return false }
            return f.posDetail1 != "数" && f.posDetail1 != "代名詞" && f.posDetail1 != "非自立"
        }
        // Before: [noun phrase] は|が|も [dates, に, で, 、] figure
        var i = end - 1
        var skipped = 0
        while i >= 0, skipped < reach,
              covered[i] || ["に", "で", "、", "，", "約", "およそ"].contains(tokens[i].surface) {
            i -= 1
            skipped += 1
        }
        if i >= 1, ["は", "が", "も"].contains(tokens[i].surface), tokens[i].ipadic?.pos == "助詞" {
            var j = i - 1
            var words: [String] = []
            while j >= 0, words.count < reach, isNoun(tokens[j]), !covered[j] {
                words.append(tokens[j].surface)
                j -= 1
            }
            // One modifier with の belongs to the subject: 北斗電機の投資額 is not 富士電機の投資額.
            if !words.isEmpty, j >= 1, tokens[j].surface == "の", isNoun(tokens[j - 1]), !covered[j - 1] {
                words.append("の")
                j -= 1
                var modifier = 0
                while j >= 0, modifier < reach, isNoun(tokens[j]), !covered[j] {
                    words.append(tokens[j].surface)
                    modifier += 1
                    j -= 1
                }
            }
            if !words.isEmpty { return FigureSubject(side: .before, phrase: words.reversed().joined()) }
        }
        // After: figure の [noun phrase]
        if start < tokens.count, tokens[start].surface == "の" {
            var words: [String] = []
            var j = start + 1
            while j < tokens.count, words.count < reach, isNoun(tokens[j]), !covered[j] {
                words.append(tokens[j].surface)
                j += 1
            }
            if !words.isEmpty { return FigureSubject(side: .after, phrase: words.joined()) }
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

    private static func englishSubject(_ tokens: [Token], before end: Int, after start: Int) -> FigureSubject? {
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
