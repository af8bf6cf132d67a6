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

extension ElementID {
    /// The number of an id written as `make(prefix, number)` writes a
    /// positive number (`n12` → 12); nil for any other text, including a
    /// leading zero or a sign, so that each number has one spelling.
    public static func number(_ id: String, prefix: StaticString) -> Int? {
        var id = id
        return id.withUTF8 { bytes -> Int? in
            let start = prefix.utf8CodeUnitCount
            guard bytes.count > start, bytes.count - start <= 18 else { return nil }
            for index in 0..<start where bytes[index] != prefix.utf8Start[index] { return nil }
            guard bytes[start] != UInt8(ascii: "0") else { return nil }
            var value = 0
            for index in start..<bytes.count {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
    }
}

/// Where each id stands in a list of ids, the first place for an id listed
/// twice. Lists Ronten made (`n1`, `n2`, … in order) are answered by reading
/// the id's number, any other list (a model read from JSON) through a
/// dictionary: hashing the ids was most of drawing a map's tree (13 M of a
/// 197-page report's 2,783 M instructions).
public struct ElementIndex: Sendable {
    private let prefix: StaticString
    /// The list's length when it is exactly the ids `prefix` 1…count in order.
    private let ordered: Int?
    private let table: [String: Int]

    public init(_ ids: [String], prefix: StaticString) {
        self.prefix = prefix
        var inOrder = true
        for index in ids.indices where ElementID.number(ids[index], prefix: prefix) != index + 1 {
            inOrder = false
            break
        }
        if inOrder {
            ordered = ids.count
            table = [:]
        } else {
            var table: [String: Int] = [:]
            table.reserveCapacity(ids.count)
            for index in ids.indices where table[ids[index]] == nil { table[ids[index]] = index }
            ordered = nil
            self.table = table
        }
    }

    /// Whether the ids are `prefix` 1…count in order, read by their numbers.
    public var isOrdered: Bool { ordered != nil }

    public subscript(id: String) -> Int? {
        guard let count = ordered else { return table[id] }
        guard let number = ElementID.number(id, prefix: prefix), number <= count else { return nil }
        return number - 1
    }
}
