import RontenCore

/// Finds every figure in one sentence, Japanese or English, and normalises it
/// (see `Quantity` for the conventions).
///
/// One forward pass over the UTF-8 bytes: a byte that cannot start a figure
/// costs a comparison or two, and each figure is read by looking a bounded
/// number of words ahead and behind, so the scan is linear in the text and
/// allocates only for the figures it returns.
///
/// What it deliberately skips, since none of these is a figure:
/// - digits glued to Latin letters or joined to them by `-`, `_` or `.`
///   (SE-0001, GPT-4o, H100, COVID-19, v1.2.3), and numbers with two decimal points;
/// - a bare number under 1000 right after a capitalised word other than the
///   first of the text (LLaMA 3, iPhone 15, Windows 11): a name's version;
/// - list markers at the start of a line ("1. ", "2) "), citation markers
///   ([2], [3-7]) and times of day (10:30);
/// - ordinals and generations: 第3の, 3つ目, 2番目, 1位, 3代目, 20代, #1
///   (第N四半期 is read as a quarter);
/// - kanji numerals inside words (一部, 一方, 十分, 唯一, 統一, 四半期, 五十嵐):
///   kanji alone count only before a unit or counter, or as a standalone
///   numeral of two or more characters (三千五百, 十五);
/// - 何 without 十/百/千/万/億 (何人 asks a question), and spelled-out English
///   numbers with no unit, scale or time word after them ("one of", "three companies");
/// - relative-time words inside longer words (未来年表, 将来年金, 過去年度).
///
/// Choices where the text is ambiguous: "X to Y" after "from", and XからY
/// without まで, are two figures (a change), not a range; a bare four-digit
/// number 1800–2199 is a year after "in", "by", "since"… or before punctuation,
/// otherwise plain; glued m/b/t are millions/billions/trillions only after a
/// currency sign or as capitals (10M, 70B), since 5m is usually metres; bp is
/// basis points.
public struct QuantityScanner: Sendable {
    public init() {}

    public func scan(_ text: String) -> [Quantity] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { buffer -> [Quantity] in
            var reading = QuantityReading(t: TextBytes(bytes: buffer))
            reading.run()
            return reading.found
        } ?? []
    }
}

/// The state of one scan: the text, the figures found so far, and how far
/// back a hedge or currency before the next figure may reach.
struct QuantityReading {
    let t: TextBytes
    var found: [Quantity] = []
    /// The end of the last figure: nothing before it may join the next one.
    var floor = 0

    mutating func run() {
        var i = 0
        while i < t.count {
            let c = t.byte(i)
            var next: Int
            if c < 0x80 {
                if TextBytes.isDigit(c) {
                    next = number(at: i)
                } else if TextBytes.isLetter(c) {
                    next = word(at: i)
                } else if c == UInt8(ascii: "$") {
                    next = currencySymbol(at: i)
                } else if c == UInt8(ascii: "#") {
                    next = skipNumber(after: i + 1)
                } else {
                    next = i + 1
                }
            } else {
                let (s, len) = t.scalar(at: i)
                // Kana (half of a Japanese text) never starts a figure.
                next = !(s >= 0x3040 && s <= 0x30FF) && Self.mayStartFigure(s) ? japanese(at: i, scalar: s) : i + len
                if next <= i { next = i + len }
            }
            i = max(next, i + 1)
        }
    }

    /// Scalars that can begin a figure or a time word: full-width digits,
    /// numeral kanji, placeholders, era names, 第, relative-time words, currency signs.
    static func mayStartFigure(_ s: UInt32) -> Bool {
        if s >= 0xFF10 && s <= 0xFF19 { return true }
        if NumeralScalar.kanjiDigit(s) != nil || NumeralScalar.smallMultiplier(s) != nil
            || NumeralScalar.isPlaceholder(s) { return true }
        switch s {
        case 0x4EE4, 0x5E73, 0x662D, 0x5927, 0x660E,  // 令 平 昭 大 明 (era names)
             0x7B2C,  // 第
             0x6765, 0x6628, 0x53BB, 0x4ECA, 0x5148, 0x904E, 0x518D,  // 来 昨 去 今 先 過 再
             0x20AC, 0xA5, 0xFFE5, 0xA3, 0xFFE1, 0xFF04, 0x20A9:  // € ¥ ￥ £ ￡ ＄ ₩
            return true
        default:
            return false
        }
    }

    /// Appends a figure spanning `range`, widened to a hedge written before it.
    mutating func emit(_ q: Quantity) {
        var q = q
        q.text = t.string(q.start..<q.end)
        q.overflow = [q.value, q.low, q.high].contains { $0.map { !$0.isFinite } ?? false }
        found.append(q)
        floor = q.end
    }

    /// Past the number (and anything glued to it) that starts at `i`, for
    /// numbers that are not figures: #1, list markers, ordinals.
    func skipNumber(after i: Int) -> Int {
        var j = i
        while j < t.count {
            let (s, len) = t.scalar(at: j)
            guard NumeralScalar.digit(s) != nil || s == 0x2E || s == 0x2C || NumeralScalar.isNumeralKanji(s)
            else { break }
            j += len
        }
        return max(j, i)
    }
}
