/// Whether an IPADIC feature field (品詞, 細分類, 活用形) is `value`,
/// compared byte for byte. The fields are the dictionary's own fixed
/// strings, and String's == takes its slow Unicode path whenever two
/// different non-ASCII strings meet, which for a field test is nearly always.
@inline(__always)
func isIPADICField(_ field: String?, _ value: String) -> Bool {
    guard let field else { return false }
    return field.utf8.count == value.utf8.count && field.utf8.elementsEqual(value.utf8)
}
