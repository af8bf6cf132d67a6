/// The number or letter that opens a list item: "1.", "2)", "3.)", "a.",
/// "１．". Items can run together on one line ("1. The first item 2. The
/// second item"), so a marker that follows its predecessor starts a new unit.
struct ListMarker: Sendable, Equatable {
    enum Terminator: Sendable, Equatable { case period, parenthesis, periodParenthesis }

    var ordinal: Int
    var alphabetic: Bool
    var terminator: Terminator
    /// Where the marker ends (after its terminator).
    var end: Int

    /// Whether this marker is the next one after `previous` in the same list.
    func follows(_ previous: ListMarker) -> Bool {
        alphabetic == previous.alphabetic && terminator == previous.terminator
            && ordinal == previous.ordinal + 1
    }

    var isFirst: Bool { ordinal == 1 || (!alphabetic && ordinal == 0) }

    /// The marker at `i`, if one stands there: one to three digits (ASCII or
    /// full width) or one lowercase letter, then a terminator, then a space
    /// (a full-width terminator may be followed directly by the item).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> ListMarker? {
        let n = bytes.count
        var k = i
        var ordinal = 0
        var alphabetic = false
        var digits = 0
        while k < n, digits < 4 {
            if bytes[k].isASCIIDigit {
                ordinal = ordinal * 10 + Int(bytes[k] - 0x30); k += 1
            } else if k + 2 < n, bytes[k] == 0xEF, bytes[k + 1] == 0xBC, bytes[k + 2] >= 0x90, bytes[k + 2] <= 0x99 {
                ordinal = ordinal * 10 + Int(bytes[k + 2] - 0x90); k += 3
            } else {
                break
            }
            digits += 1
        }
        if digits == 0 {
            guard k < n, bytes[k].isASCIILower else { return nil }
            ordinal = Int(bytes[k] - 0x60); alphabetic = true; k += 1
        } else if digits > 3 {
            return nil
        }
        guard k < n else { return nil }
        var terminator: Terminator
        var fullWidth = false
        if bytes[k] == 0x2E {
            if k + 1 < n, bytes[k + 1] == 0x29 { terminator = .periodParenthesis; k += 2 } else { terminator = .period; k += 1 }
        } else if bytes[k] == 0x29 {
            terminator = .parenthesis; k += 1
        } else if k + 2 < n, bytes[k] == 0xEF, bytes[k + 1] == 0xBC, bytes[k + 2] == 0x8E || bytes[k + 2] == 0x89 {
            terminator = bytes[k + 2] == 0x8E ? .period : .parenthesis; k += 3; fullWidth = true
        } else {
            return nil
        }
        if k < n {
            let next = bytes[k]
            let spaced = next == 0x20 || next == 0x09
            if !spaced && !(fullWidth && bytes.whitespaceLength(at: k) == 0 && !ScriptClass.isDigit(bytes.scalar(at: k).value)) {
                return nil
            }
        }
        return ListMarker(ordinal: ordinal, alphabetic: alphabetic, terminator: terminator, end: k)
    }
}
