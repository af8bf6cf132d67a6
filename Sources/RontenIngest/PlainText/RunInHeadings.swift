/// `## ` heading marks at a line start or run into the text (a flattened
/// article: 「…移行した。## 次の見出し本文…」).
///
/// A run-in heading has no line break to end it, so its end is inferred
/// where the next sentence visibly begins: Japanese text giving way to a
/// Latin capital or a digit (「…戦略的変化Metaが」「…実行へ3つ目の」), or to a
/// demonstrative that opens a sentence (「収束これら3つの」). When no such
/// point lies within a heading's length, the mark is left in the text.
enum RunInHeadings {
    static let maximumLength = 64

    static func split(_ bytes: [UInt8], _ span: Range<Int>) -> [PlainTextReader.Item] {
        var items: [PlainTextReader.Item] = []
        var pieceStart = span.lowerBound
        var i = span.lowerBound
        while i < span.upperBound {
            guard bytes[i] == 0x23, let (level, textStart) = mark(bytes, at: i, end: span.upperBound),
                  i == span.lowerBound || followsSentenceEnd(bytes, at: i, start: span.lowerBound) else {
                i += 1
                continue
            }
            if i == span.lowerBound {
                // A heading at the line start runs to the line end, unless
                // sentences follow it on the same line (flattened text).
                if !hasSentenceStop(bytes, textStart..<span.upperBound) {
                    items.append(.heading(level: level, span: textStart..<trimHashes(bytes, textStart..<span.upperBound)))
                    return items
                }
                if let end = inferredEnd(bytes, from: textStart, end: span.upperBound) {
                    items.append(.heading(level: level, span: textStart..<end))
                    pieceStart = end
                    i = end
                    continue
                }
                i += 1
                continue
            }
            guard let end = inferredEnd(bytes, from: textStart, end: span.upperBound) else { i += 1; continue }
            if pieceStart < i { items.append(.text(trimmedRange(bytes, pieceStart..<i))) }
            items.append(.heading(level: level, span: textStart..<end))
            pieceStart = end
            i = end
        }
        if pieceStart < span.upperBound {
            let rest = trimmedRange(bytes, pieceStart..<span.upperBound)
            if !rest.isEmpty { items.append(.text(rest)) }
        }
        return items
    }

    /// `#` to `######` then a space: the level and where the text starts.
    private static func mark(_ bytes: [UInt8], at i: Int, end: Int) -> (Int, Int)? {
        var j = i
        while j < end, bytes[j] == 0x23 { j += 1 }
        let level = j - i
        guard level <= 6, j < end, bytes[j] == 0x20 || bytes[j] == 0x09 else { return nil }
        while j < end, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
        return j < end ? (level, j) : nil
    }

    private static func followsSentenceEnd(_ bytes: [UInt8], at i: Int, start: Int) -> Bool {
        var j = i
        while j > start, bytes[j - 1] == 0x20 || bytes[j - 1] == 0x09 { j -= 1 }
        guard j > start else { return true }
        let b = bytes[j - 1]
        if b == 0x2E || b == 0x21 || b == 0x3F { return true }
        // 。！？」』） end in one of these UTF-8 tails.
        guard j - start >= 3 else { return false }
        let scalar = decodeScalar(bytes[(j - 3)..<j])
        return [0x3002, 0xFF01, 0xFF1F, 0x300D, 0x300F, 0xFF09, 0xFF0E].contains(scalar)
    }

    /// Where a run-in heading's text ends: the start of the sentence it ran into.
    static func inferredEnd(_ bytes: [UInt8], from start: Int, end: Int) -> Int? {
        var i = start
        var previous: UInt32 = 0
        var count = 0
        while i < end, count <= maximumLength {
            let length = utf8Length(bytes[i])
            let scalar = decodeScalar(bytes[i..<min(i + length, end)])
            if count > 1 {
                if isJapanese(previous), isUpperOrDigit(scalar) { return i }
                if isKanjiOrKatakana(previous), opensSentence(bytes, at: i, end: end) { return i }
            }
            if scalar == 0x3002 || scalar == 0x2E { return nil }
            previous = scalar
            count += 1
            i += length
        }
        return nil
    }

    private static func hasSentenceStop(_ bytes: [UInt8], _ span: Range<Int>) -> Bool {
        var i = span.lowerBound
        while i < span.upperBound {
            let b = bytes[i]
            if b == 0xE3, i + 2 < span.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x82 { return true }
            if b == 0xEF, i + 2 < span.upperBound, bytes[i + 1] == 0xBC, bytes[i + 2] == 0x81 || bytes[i + 2] == 0x9F { return true }
            if b == 0x2E || b == 0x21 || b == 0x3F, i + 1 < span.upperBound, bytes[i + 1] == 0x20 { return true }
            i += 1
        }
        return false
    }

    private static let sentenceOpeners: [[UInt8]] = ["これ", "この", "それ", "その", "ここ", "そこ", "こう", "そう", "あの", "あれ"]
        .map { Array($0.utf8) }

    private static func opensSentence(_ bytes: [UInt8], at i: Int, end: Int) -> Bool {
        sentenceOpeners.contains { opener in
            i + opener.count <= end && bytes[i..<(i + opener.count)].elementsEqual(opener)
        }
    }

    private static func trimHashes(_ bytes: [UInt8], _ span: Range<Int>) -> Int {
        var end = span.upperBound
        while end > span.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        var hashes = end
        while hashes > span.lowerBound, bytes[hashes - 1] == 0x23 { hashes -= 1 }
        if hashes < end, hashes > span.lowerBound, bytes[hashes - 1] == 0x20 {
            end = hashes
            while end > span.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        }
        return end
    }

    private static func trimmedRange(_ bytes: [UInt8], _ span: Range<Int>) -> Range<Int> {
        PlainTextReader.Line(span: span).trimmed(bytes)
    }

    private static func isJapanese(_ v: UInt32) -> Bool {
        (v >= 0x3040 && v <= 0x30FF) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF)
    }

    private static func isKanjiOrKatakana(_ v: UInt32) -> Bool {
        (v >= 0x30A0 && v <= 0x30FF) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF)
    }

    private static func isUpperOrDigit(_ v: UInt32) -> Bool {
        (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) || (v >= 0xFF10 && v <= 0xFF19) || (v >= 0xFF21 && v <= 0xFF3A)
    }
}

@inline(__always)
func utf8Length(_ lead: UInt8) -> Int {
    lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
}
