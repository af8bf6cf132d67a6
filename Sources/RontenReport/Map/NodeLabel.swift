/// A node's text cut into a few short lines for the map, measured in ems:
/// a CJK character is one em, Latin letters about half. English breaks at
/// spaces, Japanese between any two characters except before closing
/// punctuation (、。」) — the kinsoku rule. Only as much text is scanned as
/// fits, so a 100,000-character node costs no more than a short one.
///
/// The scan walks the UTF-8 bytes, decoding each scalar once; a word is a
/// range of those bytes (after an optional space), so nothing is copied
/// until it is placed on a line.
enum NodeLabel {
    static func lines(_ text: String, width: Double, maxLines: Int) -> [String] {
        var lines: [String] = []
        withLines(text, width: width, maxLines: maxLines) { lines.append(String(decoding: $0, as: UTF8.self)) }
        return lines
    }

    /// Each line in turn, as UTF-8 bytes lent for the call: the map escapes
    /// them into its markup, with no String made per line (the Strings and
    /// their UTF-8 checks were a fifth of wrapping a label).
    static func withLines(_ text: String, width: Double, maxLines: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        var wrap = Wrap(width: width, maxLines: maxLines)
        defer { wrap.bytes.deallocate() }
        text.withUTF8 { wrap.scan($0) }
        var count = wrap.lines.count
        let ellipsis = wrap.truncated || count > maxLines
        if ellipsis { count = min(count, maxLines) }
        for index in 0..<count {
            if ellipsis && index == count - 1 { return wrap.withEllipsis(wrap.lines[index], body) }
            let line = wrap.line(index)
            if !line.isEmpty { body(line) }
        }
    }

    /// Room for the ellipsis: drop a character or two if the line is full.
    private static func withEllipsis(_ line: String, width: Double) -> String {
        var last = line
        while last.unicodeScalars.reduce(0, { $0 + em($1) }) + 1 > width, !last.isEmpty { last.removeLast() }
        return trim(last) + "…"
    }

    /// The same on the bytes when every scalar of the line is its own
    /// Character (no combining mark, joiner or Hangul jamo can follow), so
    /// dropping a Character drops a scalar. The width left is the sum over
    /// the scalars from the start, the same additions the String version
    /// makes each time round, so the same comparisons decide. The part of
    /// the line kept, without the ellipsis; nil when a scalar is not simple.
    private static func simpleEllipsis(_ bytes: UnsafeBufferPointer<UInt8>, width: Double) -> Range<Int>? {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: bytes.count + 1) { sums in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: bytes.count + 1) { ends in
                var scalars = 0
                var sum = 0.0
                sums[0] = 0
                ends[0] = 0
                var i = 0
                while i < bytes.count {
                    let (value, length) = decode(bytes, at: i)
                    guard isOwnCharacter(value) else { return nil }
                    i += length
                    sum = sum + (isWide(value) ? 1 : narrowWidth(value))
                    scalars += 1
                    sums[scalars] = sum
                    ends[scalars] = i
                }
                while scalars > 0, sums[scalars] + 1 > width { scalars -= 1 }
                var start = 0, end = ends[scalars]
                while start < end, bytes[start] == 0x20 { start += 1 }
                while end > start, bytes[end - 1] == 0x20 { end -= 1 }
                return start..<end
            }
        }
    }

    /// Scalars that always make a Character alone: ASCII and Latin-1 before
    /// the combining marks, CJK punctuation but the ideographic tone marks,
    /// kana but the combining voicing marks, unified ideographs, and the
    /// full-width forms before the half-width voicing marks.
    @inline(__always)
    private static func isOwnCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300, 0x3001...0x3029, 0x3030...0x3098, 0x309B...0x30FF, 0x4E00...0x9FFF, 0xFF01...0xFF9D: return true
        default: return false
        }
    }

    /// The wrapping state: the lines so far, the line being filled, and the
    /// Latin word being read (kept whole when it fits on the next line).
    private struct Wrap {
        let width: Double
        let maxLines: Int
        /// Every line's bytes, one after another, in memory the caller
        /// deallocates: Array's `append(contentsOf:)` cost more than the
        /// rest of placing a word.
        var bytes: UnsafeMutablePointer<UInt8>
        var count = 0
        var capacity = 128
        /// Each line's bytes in `bytes`, spaces trimmed.
        var lines: [Range<Int>] = []
        /// Where the line being filled starts in `bytes`.
        var lineStart = 0
        var lineWidth = 0.0
        var truncated = false

        init(width: Double, maxLines: Int) {
            self.width = width
            self.maxLines = maxLines
            bytes = .allocate(capacity: capacity)
            lines.reserveCapacity(maxLines + 1)
        }

        func line(_ index: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(start: bytes + lines[index].lowerBound, count: lines[index].count)
        }

        /// `text[start..<end]` onto the line.
        @inline(__always)
        mutating func append(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
            let length = end - start
            if capacity - count < length { grow(length) }
            if length <= 4 {
                // One character, most often: stored byte by byte, where
                // `update(from:count:)` called memmove for three bytes.
                for k in 0..<length { bytes[count + k] = text[start + k] }
            } else {
                (bytes + count).update(from: text.baseAddress! + start, count: length)
            }
            count += length
        }

        @inline(__always)
        mutating func appendSpace() {
            if capacity == count { grow(1) }
            bytes[count] = 0x20
            count += 1
        }

        mutating func grow(_ more: Int) {
            let newCapacity = max(capacity * 2, count + more)
            let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            moved.update(from: bytes, count: count)
            bytes.deallocate()
            bytes = moved
            capacity = newCapacity
        }

        /// The line in `range` with room made for an ellipsis, to `body`.
        mutating func withEllipsis(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            let ellipsis: StaticString = "…"
            // The kept part and the ellipsis go after every line's bytes:
            // room first, since growing moves the bytes `line` points into.
            if capacity - count < range.count + ellipsis.utf8CodeUnitCount { grow(range.count + ellipsis.utf8CodeUnitCount) }
            let line = UnsafeBufferPointer(start: bytes + range.lowerBound, count: range.count)
            guard let kept = NodeLabel.simpleEllipsis(line, width: width) else {
                var shortened = NodeLabel.withEllipsis(String(decoding: line, as: UTF8.self), width: width)
                return shortened.withUTF8(body)
            }
            let start = count
            (bytes + count).update(from: line.baseAddress! + kept.lowerBound, count: kept.count)
            count += kept.count
            (bytes + count).update(from: ellipsis.utf8Start, count: ellipsis.utf8CodeUnitCount)
            count += ellipsis.utf8CodeUnitCount
            body(UnsafeBufferPointer(start: bytes + start, count: count - start))
        }

        mutating func scan(_ text: UnsafeBufferPointer<UInt8>) {
            // The word: a space that began it, if any, then text[wordStart..<wordEnd].
            var wordSpace = false
            var wordStart = 0, wordEnd = 0
            var wordWidth = 0.0
            var i = 0
            let n = text.count
            while i < n {
                let (value, length) = NodeLabel.decode(text, at: i)
                let next = i + length
                let isSpace = value == 0x20 || value == 0x0A || value == 0x09 || value == 0x0D || value == 0x3000
                let wide = !isSpace && NodeLabel.isWide(value)
                if wide || isSpace {
                    if wordSpace || wordStart < wordEnd {
                        if !place(text, space: wordSpace, wordStart, wordEnd, wordWidth) { truncated = true; return }
                    }
                    wordStart = next
                    wordEnd = next
                    if isSpace {
                        wordSpace = true
                        wordWidth = NodeLabel.spaceWidth
                        i = next
                        continue
                    }
                    wordSpace = false
                    wordWidth = 0
                    // Closing punctuation stays on the line of the character before it.
                    if NodeLabel.isClosing(value), lineWidth + 1 > width, lineWidth > 0 {
                        append(text, i, next)
                        lineWidth += 1
                        i = next
                        continue
                    }
                    // A wide character on its own, as `place` would put it,
                    // without the call: most of a Japanese label.
                    if lineWidth + 1 > width && lineWidth > 0 {
                        flushLine()
                        if lines.count == maxLines { truncated = true; return }
                    }
                    if width < 1 {
                        if !place(text, space: false, i, next, 1) { truncated = true; return }
                    } else {
                        append(text, i, next)
                        lineWidth += 1
                    }
                } else {
                    if wordStart == wordEnd { wordStart = i }
                    wordEnd = next
                    wordWidth += NodeLabel.narrowWidth(value)
                }
                i = next
            }
            if wordSpace || wordStart < wordEnd, !place(text, space: wordSpace, wordStart, wordEnd, wordWidth) {
                truncated = true
                return
            }
            if lineWidth > 0 { flushLine() }
        }

        mutating func flushLine() {
            var start = lineStart, end = count
            while start < end, bytes[start] == 0x20 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 { end -= 1 }
            lines.append(start..<end)
            lineStart = count
            lineWidth = 0
        }

        /// Adds a run that must stay together (a space, then `text[start..<end]`);
        /// false when the lines are full.
        mutating func place(_ text: UnsafeBufferPointer<UInt8>, space: Bool, _ start: Int, _ end: Int, _ runWidth: Double) -> Bool {
            if lineWidth + runWidth > width && lineWidth > 0 {
                flushLine()
                if lines.count == maxLines { return false }
            }
            if runWidth > width {
                // A word longer than a line is broken where it must be.
                if space {
                    let w = NodeLabel.spaceWidth
                    if lineWidth + w > width && lineWidth > 0 {
                        flushLine()
                        if lines.count == maxLines { return false }
                    }
                    if lineWidth != 0 { appendSpace(); lineWidth += w }
                }
                var i = start
                while i < end {
                    let (value, length) = NodeLabel.decode(text, at: i)
                    let w = NodeLabel.isWide(value) ? 1 : NodeLabel.narrowWidth(value)
                    if lineWidth + w > width && lineWidth > 0 {
                        flushLine()
                        if lines.count == maxLines { return false }
                    }
                    append(text, i, i + length)
                    lineWidth += w
                    i += length
                }
                return true
            }
            if lineWidth == 0, space {
                append(text, start, end)
                lineWidth += max(0, runWidth - NodeLabel.spaceWidth)
            } else {
                if space { appendSpace() }
                append(text, start, end)
                lineWidth += runWidth
            }
            return true
        }
    }

    /// The scalar starting at `i` of valid UTF-8, and its length in bytes.
    @inline(__always)
    static func decode(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(text[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(text[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(text[i + 1] & 0x3F) << 6 | UInt32(text[i + 2] & 0x3F), 3)
        }
        return ((b0 & 0x07) << 18 | UInt32(text[i + 1] & 0x3F) << 12 | UInt32(text[i + 2] & 0x3F) << 6
                | UInt32(text[i + 3] & 0x3F), 4)
    }

    static let spaceWidth = 0.28

    static func em(_ scalar: Unicode.Scalar) -> Double {
        isWide(scalar) ? 1 : narrowWidth(scalar.value)
    }

    /// The width of a scalar that is not wide.
    @inline(__always)
    static func narrowWidth(_ value: UInt32) -> Double {
        switch value {
        case 0x20: return spaceWidth
        case 0x69, 0x6C, 0x6A, 0x74, 0x66, 0x72, 0x2E, 0x2C, 0x3A, 0x3B, 0x27, 0x21, 0x7C: return 0.32 // i l j t f r . , : ; ' ! |
        case 0x6D, 0x77, 0x4D, 0x57: return 0.82 // m w M W
        case 0x41...0x5A: return 0.64 // A…Z
        default: return 0.54
        }
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool { isWide(scalar.value) }

    @inline(__always)
    static func isWide(_ value: UInt32) -> Bool {
        if value < 0x1100 { return false }
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    static func isClosing(_ scalar: Unicode.Scalar) -> Bool { isClosing(scalar.value) }

    /// 、。」』）】〉》，．・ー, small kana, ！？
    static func isClosing(_ value: UInt32) -> Bool {
        switch value {
        case 0x3001, 0x3002, 0x300D, 0x300F, 0xFF09, 0x3011, 0x3009, 0x300B, 0xFF0C, 0xFF0E, 0x30FB, 0x30FC,
             0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087,
             0x30C3, 0x30E3, 0x30E5, 0x30E7, 0xFF01, 0xFF1F:
            return true
        default:
            return false
        }
    }

    private static func trim(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, first == " " { scalars.removeFirst() }
        while let last = scalars.last, last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
