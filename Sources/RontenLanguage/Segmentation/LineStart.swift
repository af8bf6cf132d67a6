/// Lines that are units of their own whatever the line before says:
/// headings and list items.
enum LineStart {
    /// "# Title" (ATX heading) or a line led by ■ □ ◆ ◇, as Japanese articles
    /// mark their headings.
    static func isHeading(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        var k = i
        while k < text.count, text[k] == 0x23, k - i < 7 { k += 1 }
        if k > i, k - i <= 6 { return k == text.count || text[k] == 0x20 || text[k] == 0x09 }
        switch text.scalar(at: i).value {
        case 0x25A0, 0x25A1, 0x25C6, 0x25C7: return true
        case 0x7B2C: return isChapterNumber(text, after: i + 3)  // 第
        default: return false
        }
    }

    private static let kanjiNumerals = Set("〇一二三四五六七八九十百".unicodeScalars.map(\.value))

    /// 第1章, 第三節, 第２部: a numbered chapter, section or part.
    private static func isChapterNumber(_ text: UnsafeBufferPointer<UInt8>, after start: Int) -> Bool {
        var k = start
        var digits = 0
        while k < text.count, digits <= 4 {
            let s = text.scalar(at: k).value
            switch s {
            case 0x7AE0, 0x7BC0, 0x90E8, 0x7DE8:  // 章 節 部 編
                return digits > 0
            case _ where ScriptClass.isDigit(s) || kanjiNumerals.contains(s):
                digits += 1
                k += text.scalar(at: k).length
            default:
                return false
            }
        }
        return false
    }

    /// A heading or a list item: "- ", "* ", "+ ", a bullet, ・, ①, "1.", "2)", "a)".
    static func isBlock(_ text: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
        if isHeading(text, at: k) { return true }
        let s = text.scalar(at: k).value
        if s == 0x2D || s == 0x2A || s == 0x2B {
            return k + 1 < text.count && (text[k + 1] == 0x20 || text[k + 1] == 0x09)
        }
        if ScriptClass.isBullet(s) || s == 0x30FB || (s >= 0x2460 && s <= 0x2473) { return true }
        guard let marker = ListMarker.parse(text, at: k) else { return false }
        return !marker.alphabetic || marker.terminator != .period
    }
}
