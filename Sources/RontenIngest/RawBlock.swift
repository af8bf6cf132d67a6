import RontenCore

/// A block as a reader found it, before the outline is built: its flattened
/// text, where that text came from, and whether it is a heading.
struct RawBlock {
    enum Role: Equatable {
        case heading(level: Int, inferred: Bool)
        case content(Block.Kind)
    }

    var role: Role
    var text: String
    var map: TextMap
    /// Decoded-text span of the whole block, markup included.
    var span: Range<Int>

    var isHeading: Bool {
        if case .heading = role { return true }
        return false
    }

    var headingLevel: Int? {
        if case .heading(let level, _) = role { return level }
        return nil
    }
}

/// Japanese and other CJK scripts, where a line break inside a paragraph
/// joins without a space.
@inline(__always)
func isCJK(_ v: UInt32) -> Bool {
    (v >= 0x3000 && v <= 0x30FF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF)
        || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFF00 && v <= 0xFFEF) || (v >= 0x31F0 && v <= 0x31FF)
}
