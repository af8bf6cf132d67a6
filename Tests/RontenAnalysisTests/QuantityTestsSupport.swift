import RontenAnalysis
import RontenCore
import Testing

/// The figures the scanner finds in `text`.
func scannedQuantities(_ text: String) -> [Quantity] { QuantityScanner().scan(text) }

/// The one figure in `text`, or nil when there is none or more than one.
func soleQuantity(_ text: String) -> Quantity? {
    let found = scannedQuantities(text)
    return found.count == 1 ? found[0] : nil
}

/// The UTF-8 byte range of the first `part` in `text`.
func utf8Range(of part: String, in text: String) -> Range<Int> {
    let bytes = Array(text.utf8), p = Array(part.utf8)
    for s in 0...(bytes.count - p.count) where Array(bytes[s..<s + p.count]) == p { return s..<s + p.count }
    return 0..<0
}
