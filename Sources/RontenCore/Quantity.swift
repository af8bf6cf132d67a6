/// A figure found in a sentence, normalised so that the same amount written
/// two ways (600億ドル, $60 billion, ６００億ドル) compares equal.
///
/// Conventions, chosen so reports and rules can compare figures without
/// knowing how they were written:
/// - `value` holds a single amount; `low`/`high` hold a range (600億~650億ドル)
///   or the bounds of a vague amount, and then `value` is nil.
/// - Percentages are stored as fractions: ３．５％ → 0.035 with unit
///   `percent`; 3割 (a tenth each) → 0.3 `percent`. Percentage points are
///   fractions too: 2ポイント → 0.02, 50 basis points → 0.005.
/// - Vague amounts (何十億, 数百万, 数社, "billions of") carry `magnitude`, the
///   power of ten of the unit the placeholder counts (何十億 → 9, 数百万 → 6,
///   数社 → 0), with `low = 10^magnitude` and `high = 10^(magnitude+1)`; an
///   English plural spans to the next named scale ("billions of" → 1e9…1e12).
/// - Relative time keeps a signed offset in `value` (or `low`/`high` when
///   vague) counted in `unit`: 15年前 → -15 `year`, 来年 → +1 `year`,
///   今後数年 → +1…+10 `year`. A decade is ten years.
/// - Years, dates, fiscal years and quarters keep their fields in `calendar`,
///   and `value` is the year when one is known.
public struct Quantity: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
        /// An amount of a currency; `unit` is its ISO 4217 code.
        case money
        /// A percentage, stored as a fraction.
        case percent
        /// A difference between percentages (ポイント, pp, basis points), as a fraction.
        case percentagePoint = "percentage-point"
        /// A multiple (2倍, 3x, twice); `unit` is `times`.
        case ratio
        /// Things counted with a counter (3社, 5人, 3つ); `unit` is the counter, or
        /// nil for a bare count such as 何十億もの.
        case count
        /// A calendar year (2025年, 令和3年, "in 2025").
        case year
        /// A month, a day, or both, with or without a year.
        case date
        /// A fiscal year (2025年度, FY2025).
        case fiscalYear = "fiscal-year"
        /// A quarter (Q3 2025, 2025年第3四半期).
        case quarter
        /// A time relative to the article's present (15年前, next year).
        case relativeTime = "relative-time"
        /// A length of time (3年間, five years).
        case duration
        /// A number with no unit the scanner knows.
        case plain
    }

    /// How the text qualifies the amount.
    public enum Approximation: String, Sendable, Codable, Hashable, CaseIterable {
        case exact
        /// A leading hedge: 約, およそ, 概ね, about, approximately, roughly.
        case about
        /// A trailing or loose hedge: 前後, 程度, ほど, くらい, around, "or so".
        case around
        /// Just below: ほぼ, 近く, 弱, nearly, almost.
        case nearly
        /// Strictly above: 超, 強, 余り, more than, over.
        case over = "more-than"
        /// 以上, at least, "or more".
        case atLeast = "at-least"
        /// Strictly below: 未満, less than, under.
        case under = "less-than"
        /// 以下, 最大, up to, at most, "or less".
        case atMost = "at-most"
        /// A placeholder instead of digits: 何十億, 数社, "billions of".
        case vague
    }

    /// The calendar fields of a year, date, fiscal year or quarter.
    public struct CalendarDate: Sendable, Codable, Hashable {
        public var year: Int?
        public var month: Int?
        public var day: Int?
        public var quarter: Int?

        public init(year: Int? = nil, month: Int? = nil, day: Int? = nil, quarter: Int? = nil) {
            self.year = year
            self.month = month
            self.day = day
            self.quarter = quarter
        }
    }

    /// The surface text exactly as written.
    public var text: String
    /// UTF-8 byte offsets of `text` within the scanned string, half-open.
    public var start: Int
    public var end: Int
    public var kind: Kind
    public var value: Double?
    public var low: Double?
    public var high: Double?
    public var unit: String?
    public var approximation: Approximation
    public var magnitude: Int?
    public var calendar: CalendarDate?
    /// The Arabic digits as written, separators dropped and full-width digits
    /// made ASCII ("1000000", "3.5"), so a number too long for a Double loses nothing.
    public var digits: String?
    /// A value became infinite: the digits were too many for a Double.
    public var overflow: Bool

    public init(text: String, start: Int, end: Int, kind: Kind, value: Double? = nil,
                low: Double? = nil, high: Double? = nil, unit: String? = nil,
                approximation: Approximation = .exact, magnitude: Int? = nil,
                calendar: CalendarDate? = nil, digits: String? = nil, overflow: Bool = false) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.value = value
        self.low = low
        self.high = high
        self.unit = unit
        self.approximation = approximation
        self.magnitude = magnitude
        self.calendar = calendar
        self.digits = digits
        self.overflow = overflow
    }

    /// The UTF-8 byte range of `text` within the scanned string.
    public var range: Range<Int> { start..<end }

    /// Whether `other` states the same figure, however it was written: the same
    /// kind and unit, and values equal within a relative tolerance of 1e-9
    /// (so 600億ドル and $60 billion agree). Hedges are ignored, since 約600億ドル
    /// and $60 billion report one figure; vague amounts match on magnitude.
    public func isSameFigure(_ other: Quantity) -> Bool {
        guard kind == other.kind, unit == other.unit else { return false }
        if kind == .year || kind == .date || kind == .fiscalYear || kind == .quarter {
            return calendar == other.calendar && Self.close(low, other.low) && Self.close(high, other.high)
        }
        if approximation == .vague || other.approximation == .vague {
            return approximation == other.approximation && magnitude == other.magnitude
        }
        return Self.close(value, other.value) && Self.close(low, other.low) && Self.close(high, other.high)
    }

    private static func close(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x?, y?):
            if x == y { return true }
            return abs(x - y) <= 1e-9 * max(abs(x), abs(y))
        default: return false
        }
    }
}
