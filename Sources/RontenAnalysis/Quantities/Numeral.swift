/// A number as read from the text, before a unit gives it a meaning.
struct Numeral {
    var start: Int
    var end: Int
    var value: Double
    /// `value` as mantissa × 10^exponent when the number is one decimal
    /// segment (3.5, 1.2兆), so scaling it to a percent stays exact.
    var mantissa: Double?
    var exponent: Int = 0
    /// ASCII digits of a pure Arabic number ("1000000", "3.5").
    var digits: String?
    /// How many digits a bare integer has (2025, 二〇二五); nil once a
    /// separator, decimal point or multiplier took part.
    var plainDigitCount: Int?
    /// The power of ten of a trailing multiplier (億 → 8, billion → 9).
    var scaleExponent: Int?
    /// Written only with kanji (三千五百, 一), which ordinary words also contain.
    var kanjiOnly = false
    var kanjiCount = 0
    /// Set for 何十億, 数社, "billions of": the power of ten the placeholder counts.
    var magnitude: Int?
    /// The upper bound of a vague English plural ("billions" → 1e12).
    var vagueHigh: Double?
    /// Spelled out in English words (five, a dozen).
    var spelled = false
    /// A spelled number carried a scale word (two million, a dozen).
    var spelledScaled = false

    var isVague: Bool { magnitude != nil }

    /// The value times 10^shift, exact when the number was one decimal segment.
    func scaled(_ shift: Int) -> Double {
        if let m = mantissa { return Numeral.decimal(m, exponent + shift) }
        return value * Numeral.power(shift)
    }

    mutating func multiply(byPowerOfTen e: Int) {
        if let m = mantissa {
            exponent += e
            value = Numeral.decimal(m, exponent)
        } else {
            value *= Numeral.power(e)
        }
        if let mag = magnitude { magnitude = mag + e; vagueHigh = vagueHigh.map { $0 * Numeral.power(e) } }
        plainDigitCount = nil
        scaleExponent = e
    }

    /// The lower and upper bounds a vague numeral stands for.
    var vagueBounds: (low: Double, high: Double)? {
        guard let m = magnitude else { return nil }
        return (value, vagueHigh ?? Numeral.power(m + 1))
    }

    private static let powers: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    static func power(_ e: Int) -> Double {
        if e >= 0 && e < powers.count { return powers[e] }
        if e < 0 && -e < powers.count { return 1 / powers[-e] }
        var r = 1.0
        if e > 0 { for _ in 0..<min(e, 400) { r *= 10 } } else { for _ in 0..<min(-e, 400) { r /= 10 } }
        return r
    }

    /// m × 10^e with one rounding when the power is exact, so 35 × 10^-3 is
    /// the same Double as the literal 0.035.
    static func decimal(_ m: Double, _ e: Int) -> Double {
        if e >= 0 { return e < powers.count ? m * powers[e] : m * power(e) }
        return -e < powers.count ? m / powers[-e] : m * power(e)
    }
}
