import RontenCore

/// What follows a number and gives it a meaning. Written for the project.
enum FigureUnit: Equatable {
    case currency(String)
    case percent
    /// Percentage points, as the power of ten of one point: -2, or -4 for basis points.
    case points(Int)
    /// 割: one tenth.
    case wari
    case ratio
    case counter(String)
    case time(TimeUnit, TimeForm)
    /// 目, 番目, 位, 号: the number ranks something; it is no amount.
    case ordinal
    /// もの after a numeral (何十億もの): a count of unnamed things.
    case things
}

enum TimeUnit: String {
    case year, month, week, day, hour, minute, quarter
}

enum TimeForm: Equatable {
    case bare
    /// 年間, か月, 週間: a length.
    case span
    /// 前, ago.
    case ago
    /// 後, later, from now.
    case later
    /// 年度.
    case fiscal
    /// 年代: the decade starting at the year.
    case decade
    /// 月 and 日 after a number name a calendar month or day.
    case calendar
}

enum UnitLexicon {
    /// Japanese words after a number, longest first so つ目 wins over つ.
    static let japanese: [(StaticString, FigureUnit)] = sortedLongestFirst([
        ("パーセントポイント", .points(-2)), ("パーセント", .percent), ("ポイント", .points(-2)),
        ("％", .percent), ("%", .percent), ("割", .wari), ("倍", .ratio),
        ("米ドル", .currency("USD")), ("ドル", .currency("USD")), ("円", .currency("JPY")),
        ("ユーロ", .currency("EUR")), ("ポンド", .currency("GBP")), ("人民元", .currency("CNY")),
        ("元", .currency("CNY")), ("ウォン", .currency("KRW")),
        ("年度", .time(.year, .fiscal)), ("年代", .time(.year, .decade)), ("年間", .time(.year, .span)),
        ("年", .time(.year, .bare)),
        ("カ月間", .time(.month, .span)), ("ヶ月間", .time(.month, .span)), ("か月間", .time(.month, .span)),
        ("ヵ月間", .time(.month, .span)), ("ケ月間", .time(.month, .span)), ("箇月間", .time(.month, .span)),
        ("カ月", .time(.month, .span)), ("ヶ月", .time(.month, .span)), ("か月", .time(.month, .span)),
        ("ヵ月", .time(.month, .span)), ("ケ月", .time(.month, .span)), ("箇月", .time(.month, .span)),
        ("月", .time(.month, .calendar)), ("週間", .time(.week, .span)), ("日間", .time(.day, .span)),
        ("日", .time(.day, .calendar)), ("時間", .time(.hour, .span)), ("分間", .time(.minute, .span)),
        ("四半期", .time(.quarter, .span)),
        ("番目", .ordinal), ("つ目", .ordinal), ("位", .ordinal), ("号", .ordinal), ("番", .ordinal),
        ("目", .ordinal), ("等", .ordinal), ("代", .ordinal),
        ("もの", .things),
        ("つ", .counter("つ")), ("社", .counter("社")), ("人", .counter("人")), ("件", .counter("件")),
        ("個", .counter("個")), ("台", .counter("台")), ("回", .counter("回")), ("本", .counter("本")),
        ("枚", .counter("枚")), ("冊", .counter("冊")), ("名", .counter("名")), ("店舗", .counter("店舗")),
        ("店", .counter("店")), ("カ国", .counter("カ国")), ("ヶ国", .counter("カ国")), ("か国", .counter("カ国")),
        ("歳", .counter("歳")), ("校", .counter("校")), ("基", .counter("基")), ("種類", .counter("種類")),
        ("拠点", .counter("拠点")), ("世紀", .counter("世紀")), ("世代", .counter("世代")),
        ("団体", .counter("団体")), ("項目", .counter("項目")), ("点", .counter("点")), ("機", .counter("機")),
        ("隻", .counter("隻")), ("頭", .counter("頭")), ("匹", .counter("匹")), ("軒", .counter("軒")),
        ("棟", .counter("棟")), ("株", .counter("株")), ("度", .counter("度")), ("段階", .counter("段階")),
        ("部門", .counter("部門")), ("言語", .counter("言語")), ("都市", .counter("都市")), ("ヵ国", .counter("カ国")),
    ])

    /// English words after a number (spaces skipped before them).
    static let english: [(StaticString, FigureUnit)] = sortedLongestFirst([
        ("percentage points", .points(-2)), ("percentage point", .points(-2)),
        ("percentage-points", .points(-2)), ("percentage-point", .points(-2)),
        ("basis points", .points(-4)), ("basis point", .points(-4)), ("bps", .points(-4)), ("bp", .points(-4)),
        ("pp", .points(-2)), ("ppt", .points(-2)), ("ppts", .points(-2)),
        ("percent", .percent), ("per cent", .percent), ("pct", .percent),
        ("us dollars", .currency("USD")), ("u.s. dollars", .currency("USD")), ("dollars", .currency("USD")),
        ("dollar", .currency("USD")), ("usd", .currency("USD")), ("yen", .currency("JPY")),
        ("jpy", .currency("JPY")), ("euros", .currency("EUR")), ("euro", .currency("EUR")),
        ("eur", .currency("EUR")), ("pounds sterling", .currency("GBP")), ("gbp", .currency("GBP")),
        ("yuan", .currency("CNY")), ("renminbi", .currency("CNY")), ("cny", .currency("CNY")),
        ("rmb", .currency("CNY")),
        ("times", .ratio),
        ("years", .time(.year, .bare)), ("year", .time(.year, .bare)),
        ("months", .time(.month, .bare)), ("month", .time(.month, .bare)),
        ("weeks", .time(.week, .bare)), ("week", .time(.week, .bare)),
        ("days", .time(.day, .bare)), ("day", .time(.day, .bare)),
        ("hours", .time(.hour, .bare)), ("hour", .time(.hour, .bare)),
        ("quarters", .time(.quarter, .bare)),
    ])

    /// Japanese hedges after a figure.
    static let japaneseSuffixes: [(StaticString, Quantity.Approximation)] = sortedLongestFirst([
        ("前後", .around), ("程度", .around), ("ほど", .around), ("くらい", .around), ("ぐらい", .around),
        ("超", .over), ("強", .over), ("余り", .over), ("あまり", .over), ("余", .over),
        ("以上", .atLeast), ("未満", .under), ("以下", .atMost), ("以内", .atMost),
        ("弱", .nearly), ("近く", .nearly),
    ])

    /// English hedges after a figure.
    static let englishSuffixes: [(StaticString, Quantity.Approximation)] = [
        ("or more", .atLeast), ("or so", .around), ("or less", .atMost), ("or fewer", .atMost),
    ]

    /// Japanese hedges before a figure.
    static let japanesePrefixes: [(StaticString, Quantity.Approximation)] = sortedLongestFirst([
        ("約", .about), ("およそ", .about), ("凡そ", .about), ("概ね", .about), ("おおむね", .about),
        ("推定", .about), ("ほぼ", .nearly), ("最大で", .atMost), ("最大", .atMost), ("最低でも", .atLeast),
        ("最低", .atLeast), ("少なくとも", .atLeast),
    ])

    /// English hedges before a figure, longest first so "no more than" wins over "more than".
    static let englishPrefixes: [(StaticString, Quantity.Approximation)] = sortedLongestFirst([
        ("about", .about), ("approximately", .about), ("approx.", .about), ("roughly", .about),
        ("some", .about), ("circa", .about), ("an estimated", .about), ("around", .around),
        ("nearly", .nearly), ("almost", .nearly), ("just under", .nearly), ("close to", .nearly),
        ("more than", .over), ("over", .over), ("above", .over), ("in excess of", .over),
        ("upwards of", .over), ("at least", .atLeast), ("no less than", .atLeast),
        ("no fewer than", .atLeast), ("less than", .under), ("fewer than", .under),
        ("under", .under), ("below", .under), ("up to", .atMost), ("at most", .atMost),
        ("no more than", .atMost), ("as many as", .atMost), ("as much as", .atMost),
    ])

    /// Currency symbols written before a number.
    static let symbols: [(StaticString, String)] = sortedLongestFirst([
        ("US$", "USD"), ("A$", "AUD"), ("C$", "CAD"), ("HK$", "HKD"), ("S$", "SGD"), ("$", "USD"),
        ("＄", "USD"), ("€", "EUR"), ("¥", "JPY"), ("￥", "JPY"), ("£", "GBP"), ("￡", "GBP"), ("₩", "KRW"),
    ])

    /// Currency codes written before a number ("USD 5 billion").
    static let codes: [String: String] = [
        "usd": "USD", "eur": "EUR", "jpy": "JPY", "gbp": "GBP", "cny": "CNY", "rmb": "CNY",
    ]

    /// First scalars of the Japanese words after a number and last scalars of
    /// those before it, so most characters are rejected with one lookup.
    static let japaneseUnitStarts = Set(japanese.map { firstScalar($0.0) })
    static let japaneseSuffixStarts = Set(japaneseSuffixes.map { firstScalar($0.0) })
    static let japanesePrefixEnds = Set(japanesePrefixes.map { lastScalar($0.0) })

    static func firstScalar(_ word: StaticString) -> UInt32 {
        word.withUTF8Buffer { TextBytes(bytes: $0).scalar(at: 0).value }
    }

    static func lastScalar(_ word: StaticString) -> UInt32 {
        word.withUTF8Buffer { b in TextBytes(bytes: b).scalar(before: b.count)?.value ?? 0 }
    }

    private static func sortedLongestFirst<T>(_ entries: [(StaticString, T)]) -> [(StaticString, T)] {
        entries.sorted { $0.0.utf8CodeUnitCount > $1.0.utf8CodeUnitCount }
    }
}
