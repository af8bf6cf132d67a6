/// What a word before a period is, as far as sentence ends are concerned.
enum AbbreviationKind: Sendable {
    /// A single capital: an initial ("Jonas E. Smith") or the pronoun I.
    case initial
    /// Letters joined by periods: U.S., e.g., a.m., Ph.D.
    case multiPeriod
    /// Comes before a name and never ends a thought: Mr., Dr., Mt.
    case title
    /// Comes after a name and often ends a sentence: Inc., Co., Jr., etc.
    case postpositive
    /// Comes before a number: p. 55, No. 5, Fig. 3.
    case numeric
    /// A month: goes on before a day ("Jan. 5"), ends before a capital.
    case month
    /// Any other: vs., approx., et al.
    case general
}

/// Written for Ronten from general knowledge of English usage.
enum EnglishAbbreviations {
    /// Every abbreviation by its lowercased key.
    private static let table: [WordKey: AbbreviationKind] = {
        var table: [WordKey: AbbreviationKind] = [:]
        for (words, kind) in [(titles, AbbreviationKind.title), (postpositive, .postpositive), (numeric, .numeric),
                              (general, .general), (months, .month)] {
            for key in words where table[key] == nil { table[key] = kind }
        }
        return table
    }()

    /// Abbreviations that are also common words, matched only as written.
    private static let capitalisedOnly: [WordKey: AbbreviationKind] = [
        WordKey("Sat"): .general, WordKey("Sun"): .general, WordKey("Wed"): .general, WordKey("Art"): .numeric,
        WordKey("Mar"): .month,
    ]

    private static let titles: Set<WordKey> = keys(
        "mr mrs ms mx messrs mmes mme mlle dr prof st mt ft gen col lt sgt cpl pvt maj capt cmdr adm brig"
            + " rev hon gov sen rep pres supt insp msgr fr rt atty")
    private static let postpositive: Set<WordKey> = keys(
        "inc ltd co corp llc llp plc jr sr bros etc esq assn pty")
    private static let numeric: Set<WordKey> = keys(
        "p pp no nos vol vols fig figs eq eqs ch chap sec secs para paras pt pts op nr")
    private static let general: Set<WordKey> = keys(
        "vs v cf viz al approx appx ca c esp incl excl misc govt intl natl univ assoc dept div inst est"
            + " ave blvd rd hwy tel ext ref refs yr yrs hr hrs mo mos wk wks min max"
            + " mon tue tues thu thur thurs fri")
    private static let months: Set<WordKey> = keys("jan feb apr jun jul aug sep sept oct nov dec")

    /// Capitalised words that usually begin a sentence rather than continue a
    /// name: after "U.S." or an initial they decide that the period ends it.
    private static let sentenceStarters = WordKeySet(keys(
        "I The A An How It He She We They You This That These Those What When Where Why Who Which Whose"
            + " There Here But And So Yet Or However Meanwhile Moreover Furthermore Nevertheless Still Also"
            + " Then Now Today Yesterday Tomorrow In On At For If As After Before Since While Although Though"
            + " Because My His Her Our Their Its Your Did Do Does Is Are Was Were Can Could Will Would Should"
            + " Shall Have Has Had Some Many Most All Each Every Both Not Let Please Thus Hence Therefore"
            + " Instead Indeed Yes Even Another Such Finally Once Only Nor"))

    /// Words after which a line break cannot end a sentence.
    private static let functionWords = WordKeySet(keys(
        "a an the of to in on at by for with from into onto upon about over under between and or but nor"
            + " as that which who whose than is are was were be been being has have had will would can could"
            + " should may might must not its their our his her my your this these those if when while because"))

    private static func keys(_ words: String) -> Set<WordKey> {
        Set(words.split(separator: " ").map { WordKey(String($0)) })
    }

    /// The kind of `bytes[word]`, the word just before a period (it may hold
    /// inner periods, as in "U.S"), or nil for an ordinary word.
    static func kind(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> AbbreviationKind? {
        guard !word.isEmpty else { return nil }
        if isMultiPeriod(bytes, word) { return .multiPeriod }
        // "Tuesday.Mr": only the part after the last inner period counts.
        var word = word
        if let last = word.last(where: { bytes[$0] == 0x2E }) { word = last + 1..<word.upperBound }
        guard !word.isEmpty else { return nil }
        if word.count == 1, bytes[word.lowerBound].isASCIIUpper { return .initial }
        if let key = WordKey(bytes, word, lowercased: true), let kind = table[key] { return kind }
        if let exact = WordKey(bytes, word, lowercased: false), let kind = capitalisedOnly[exact] { return kind }
        if isNumeroSign(bytes, word) { return .numeric }
        if word.count == 1, bytes[word.lowerBound].isASCIILower { return .general }
        return nil
    }

    static func isSentenceStarter(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        sentenceStarters.contains(bytes, word, lowercased: false)
    }

    static func isFunctionWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        functionWords.contains(bytes, word, lowercased: true)
    }

    /// "U.S", "e.g", "Ph.D": short letter groups joined by periods, at least
    /// one of them a single letter.
    private static func isMultiPeriod(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        var groups = 0, groupLength = 0, shortest = Int.max
        for i in word {
            let b = bytes[i]
            if b == 0x2E {
                guard groupLength > 0 else { return false }
                groups += 1; shortest = min(shortest, groupLength); groupLength = 0
            } else if b.isASCIILetter {
                groupLength += 1
                if groupLength > 2 { return false }
            } else {
                return false
            }
        }
        guard groupLength > 0 else { return false }
        groups += 1; shortest = min(shortest, groupLength)
        return groups >= 2 && shortest == 1
    }

    /// "N°" or "n°", the numero sign written with a degree sign.
    private static func isNumeroSign(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        word.count == 3 && (bytes[word.lowerBound] | 0x20) == 0x6E
            && bytes[word.lowerBound + 1] == 0xC2 && bytes[word.lowerBound + 2] == 0xB0
    }
}
