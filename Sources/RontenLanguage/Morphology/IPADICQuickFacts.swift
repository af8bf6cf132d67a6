/// What the tokenizer asks of every new dictionary entry (is it a proper
/// noun, what does it say about a sentence's ending, what is it to a
/// figure's subject), read straight from
/// the feature CSV's bytes. The full ``IPADICEntry``, nine strings and a
/// token, is parsed only when a token of the word is made, which most words
/// never need.
struct IPADICQuickFacts: Equatable {
    var isProperNoun: Bool
    var ending: EndingWord
    var nameClass: ProperNounClass
    var figureWord: FigureWordClass

    /// Nil when one of the fields up to 原形 is quoted: only the full parse
    /// unescapes those.
    init?(feature: UnsafeBufferPointer<UInt8>, isUnknown: Bool) {
        var pos: Range<Int>?
        var detail1: Range<Int>?
        var detail2: Range<Int>?
        var form: Range<Int>?
        var base: Range<Int>?
        var index = 0
        var number = 0
        let count = feature.count
        // The same split as IPADICEntry's: a trailing comma leaves an empty last field.
        while index <= count, number <= 6 {
            if index < count, feature[index] == UInt8(ascii: "\"") { return nil }
            let start = index
            while index < count, feature[index] != UInt8(ascii: ",") { index += 1 }
            switch number {
            case 0: pos = start..<index
            case 1: detail1 = start..<index
            case 2: detail2 = start..<index
            case 5: form = start..<index
            case 6: base = start..<index
            default: break
            }
            number += 1
            index += 1
        }
        func field(_ range: Range<Int>?, is expected: StaticString) -> Bool {
            guard let range else { return false }
            return UnsafeBufferPointer(rebasing: feature[range])
                .elementsEqual(UnsafeBufferPointer(start: expected.utf8Start, count: expected.utf8CodeUnitCount))
        }
        isProperNoun = field(detail1, is: "固有名詞")
        nameClass = field(detail2, is: "人名") ? .person : field(detail2, is: "地域") ? .place
            : field(detail2, is: "組織") ? .organisation : .other
        if field(pos, is: "名詞") || field(pos, is: "接頭詞") {
            figureWord = field(detail1, is: "数") || field(detail1, is: "代名詞") || field(detail1, is: "非自立") ? .other : .noun
        } else {
            figureWord = field(pos, is: "助詞") ? .particle : .other
        }
        if field(pos, is: "記号") {
            ending = .symbol
        } else if field(pos, is: "助動詞") {
            // An unknown word, or a * in 原形, has no base form: its surface stands for it.
            if isUnknown || base == nil || field(base, is: "*") {
                ending = .auxiliaryBySurface
            } else if field(base, is: "です") || field(base, is: "ます") {
                ending = .politeAuxiliary
            } else if field(base, is: "だ") || field(base, is: "である") {
                ending = .plainAuxiliary
            } else {
                ending = .other
            }
        } else if field(pos, is: "動詞") || field(pos, is: "形容詞"), field(form, is: "基本形") {
            ending = .basicPredicate
        } else {
            ending = .other
        }
    }

    /// The same facts from a fully parsed entry.
    init(_ entry: IPADICEntry) {
        isProperNoun = ipadicField(entry.features.posDetail1, "固有名詞")
        ending = EndingWord(entry)
        let detail2 = entry.features.posDetail2
        nameClass = ipadicField(detail2, "人名") ? .person : ipadicField(detail2, "地域") ? .place
            : ipadicField(detail2, "組織") ? .organisation : .other
        let pos = entry.features.pos, detail1 = entry.features.posDetail1
        if ipadicField(pos, "名詞") || ipadicField(pos, "接頭詞") {
            figureWord = ipadicField(detail1, "数") || ipadicField(detail1, "代名詞") || ipadicField(detail1, "非自立")
                ? .other : .noun
        } else {
            figureWord = ipadicField(pos, "助詞") ? .particle : .other
        }
    }
}
