/// The ids of a document's parts: a prefix and a number from 1, such as
/// `s12` (sentence), `p3` (paragraph), `sec2`, `c5` (claim), `n7` (node).
public enum ElementID {
    /// `prefix` followed by `number` in decimal, as `"\(prefix)\(number)"`
    /// writes it, without the interpolation's generic steps: a report makes
    /// an id for every sentence, paragraph, claim and node, and the
    /// interpolation cost ten times the rest of making one.
    public static func make(_ prefix: StaticString, _ number: Int) -> String {
        var digits = 1
        var rest = number.magnitude
        while rest >= 10 { rest /= 10; digits += 1 }
        let sign = number < 0 ? 1 : 0
        let count = prefix.utf8CodeUnitCount + sign + digits
        return String(unsafeUninitializedCapacity: count) { out in
            var at = 0
            for index in 0..<prefix.utf8CodeUnitCount {
                out[at] = prefix.utf8Start[index]
                at += 1
            }
            if sign == 1 { out[at] = UInt8(ascii: "-"); at += 1 }
            var value = number.magnitude
            var end = count
            repeat {
                end -= 1
                out[end] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            } while value > 0
            return count
        }
    }
}
