import RontenCore

/// Entities by name, then kind, in Swift's String order, without paying
/// for its normalising comparison where it cannot matter.
///
/// Swift orders strings by the Unicode scalars of their NFC forms; for two
/// strings already in NFC that is the order of their UTF-8 bytes, but
/// outside ASCII the comparison normalises both sides each time (sorting a
/// page's Japanese names took 28 M instructions of a 197-page report). A
/// name made only of scalars that are NFC on their own and combine with
/// nothing (below U+0300, kana, CJK ideographs and punctuation) is in NFC,
/// so two such names are compared as bytes; any other pair goes to Swift.
enum NameOrder {
    static func sorted(_ entities: [Entity]) -> [Entity] {
        let bytes = entities.map { isPlainNFC($0.name) ? Array($0.name.utf8) : nil }
        let order = entities.indices.sorted { i, j in
            if let a = bytes[i], let b = bytes[j] {
                if a != b { return a.lexicographicallyPrecedes(b) }
                return entities[i].kind.rawValue < entities[j].kind.rawValue
            }
            return (entities[i].name, entities[i].kind.rawValue) < (entities[j].name, entities[j].kind.rawValue)
        }
        return order.map { entities[$0] }
    }

    /// Whether every scalar of `name` is one that is in NFC by itself and
    /// has combining class 0, so the string is in NFC.
    static func isPlainNFC(_ name: String) -> Bool {
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 0..<0x300,  // Latin and below: no combining marks there
                 0x3000...0x3029, 0x3030...0x3098,  // CJK punctuation, hiragana (not U+302A–302F, U+3099–309A, which combine)
                 0x309B...0x30FF,  // katakana
                 0x4E00...0x9FFF:  // CJK unified ideographs
                continue
            default:
                return false
            }
        }
        return true
    }
}
