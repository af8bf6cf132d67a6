/// English number words, written for the project.
enum EnglishNumbers {
    static let units: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]
    static let scales: [String: Int] = [
        "hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12,
        "bn": 9, "mn": 6, "mln": 6, "tn": 12, "trn": 12, "k": 3, "mil": 6,
    ]
    /// A plural and how many powers of ten it spans up to the next named scale.
    static let plurals: [String: (exponent: Int, span: Int)] = [
        "tens": (1, 1), "dozens": (1, 0), "hundreds": (2, 1), "thousands": (3, 3),
        "millions": (6, 3), "billions": (9, 3), "trillions": (12, 3),
    ]
}

/// English words that may start a figure or a time expression.
enum EnglishTriggers {
    enum Trigger {
        case spelled
        case month(Int)
        case relative(Int)
        case fiscal
        case quarterOrdinal(Int)
        case currencyCode(String)
    }

    static let words: [String: Trigger] = {
        var w: [String: Trigger] = [:]
        for k in EnglishNumbers.units.keys { w[k] = .spelled }
        for k in EnglishNumbers.tens.keys { w[k] = .spelled }
        for k in EnglishNumbers.plurals.keys { w[k] = .spelled }
        for k in ["a", "an", "several", "few"] { w[k] = .spelled }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                      "september", "october", "november", "december"]
        for (m, name) in months.enumerated() { w[name] = .month(m + 1) }
        for (abbr, m) in [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7),
                          ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)] {
            w[abbr] = .month(m)
        }
        for (k, s) in [("next", 1), ("coming", 1), ("last", -1), ("past", -1), ("previous", -1), ("this", 0)] {
            w[k] = .relative(s)
        }
        w["fy"] = .fiscal
        w["fiscal"] = .fiscal
        for (k, q) in [("first", 1), ("second", 2), ("third", 3), ("fourth", 4)] { w[k] = .quarterOrdinal(q) }
        for (k, c) in UnitLexicon.codes { w[k] = .currencyCode(c) }
        return w
    }()

    static let byKey = TriggerTable(Dictionary(uniqueKeysWithValues: words.map { (TextBytes.wordKey($0.key), $0.value) }))

    /// Words after which a four-digit number is a year.
    static let yearPrepositions: Set<String> = [
        "in", "by", "since", "until", "till", "from", "through", "to", "during", "before", "after", "of",
        "for", "and", "or", "between", "early", "late", "mid", "year", "calendar", "circa", "around",
        "summer", "winter", "spring", "autumn", "fall",
    ]

    /// Capitalised words that open clauses rather than name products; any other
    /// capitalised word before a small bare number names it (LLaMA 3, Chapter 3).
    static let sentenceWords: Set<String> = [
        "in", "about", "over", "around", "under", "nearly", "almost", "some", "only", "just", "and", "but",
        "or", "the", "of", "to", "for", "with", "by", "from", "at", "on", "all", "top", "up", "than", "least",
        "most", "roughly", "approximately", "see", "since", "until", "after", "before", "during",
        "within", "below", "above",
        "exactly", "another", "every", "each", "its",
        "their", "our",
    ]
}
