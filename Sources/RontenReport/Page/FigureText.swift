import RontenCore

/// A quantity's normalised value as a short, locale-free text:
/// `6e10–6.5e10 USD`, `0.035 (3.5%)`, `≈1e9 (vague)`, `2025-03`.
enum FigureText {
    static func normalised(_ quantity: Quantity) -> String {
        var out = ""
        if let calendar = quantity.calendar, quantity.kind != .relativeTime, quantity.kind != .duration {
            out = date(calendar, quantity.kind)
        }
        if out.isEmpty {
            if let value = quantity.value {
                out = prefix(quantity.approximation) + number(value)
            } else if let low = quantity.low, let high = quantity.high {
                out = number(low) + "–" + number(high)
            } else if let low = quantity.low {
                out = "≥" + number(low)
            } else if let high = quantity.high {
                out = "≤" + number(high)
            } else if let digits = quantity.digits {
                out = digits
            } else {
                out = "?"
            }
            if let unit = quantity.unit, !unit.isEmpty, quantity.kind != .percent, quantity.kind != .percentagePoint {
                out += " " + unit
            }
            if quantity.kind == .percent || quantity.kind == .percentagePoint, let value = quantity.value {
                out += " (" + number(value * 100) + (quantity.kind == .percent ? "%" : " pt") + ")"
            }
        }
        if quantity.approximation == .vague { out += " (vague)" }
        if quantity.overflow { out += " (overflow)" }
        return out
    }

    private static func prefix(_ approximation: Quantity.Approximation) -> String {
        switch approximation {
        case .exact, .vague: return ""
        case .about, .around: return "≈"
        case .nearly: return "≲"
        case .over: return ">"
        case .atLeast: return "≥"
        case .under: return "<"
        case .atMost: return "≤"
        }
    }

    private static func date(_ calendar: Quantity.CalendarDate, _ kind: Quantity.Kind) -> String {
        var out = ""
        if let year = calendar.year { out = (kind == .fiscalYear ? "FY" : "") + String(year) }
        if let quarter = calendar.quarter { out += (out.isEmpty ? "" : "-") + "Q" + String(quarter) }
        if let month = calendar.month { out += (out.isEmpty ? "--" : "-") + pad(month) }
        if let day = calendar.day { out += "-" + pad(day) }
        return out
    }

    private static func pad(_ n: Int) -> String { n < 10 && n >= 0 ? "0" + String(n) : String(n) }

    /// Plain up to a million, then a power of ten: 1.2e9, 6.5e10.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return value > 0 ? "∞" : (value < 0 ? "-∞" : "?") }
        let magnitude = abs(value)
        if magnitude != 0 && (magnitude >= 1e6 || magnitude < 1e-4) {
            var exponent = Int(magnitude.log10Floor)
            var mantissa = value / pow10(exponent)
            if abs(mantissa) >= 9.9995 { mantissa /= 10; exponent += 1 }
            return trimmed(mantissa, places: 3) + "e" + String(exponent)
        }
        return trimmed(value, places: 4)
    }

    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        let step = exponent < 0 ? 0.1 : 10.0
        for _ in 0..<abs(exponent) { result *= step }
        return result
    }

    /// Up to `places` decimals, trailing zeros dropped, no Foundation formatter.
    private static func trimmed(_ value: Double, places: Int) -> String {
        let scale = pow10(places)
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return String(value) }
        let whole = Int(scaled / scale)
        var fraction = Int(scaled) - whole * Int(scale)
        var text = (value < 0 && scaled != 0 ? "-" : "") + String(whole)
        guard fraction > 0 else { return text }
        var digits = places
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        let fractionText = String(fraction)
        text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
        return text
    }
}

private extension Double {
    var log10Floor: Double {
        var exponent = 0.0
        var value = self
        while value >= 10 { value /= 10; exponent += 1 }
        while value < 1 { value *= 10; exponent -= 1 }
        return exponent
    }
}
