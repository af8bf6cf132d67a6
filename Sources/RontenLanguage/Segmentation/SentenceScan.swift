/// One forward pass over the bytes of a text that records where sentences
/// end. Every decision looks at most a few words behind or ahead, and every
/// byte is visited a bounded number of times, so the pass is linear.
struct SentenceScan {
    let text: UnsafeBufferPointer<UInt8>
    let joinLineBreaks: Bool

    /// Offsets where one unit ends and the next begins, ascending.
    private(set) var cuts: [Int] = []
    /// Stops found inside brackets: they end sentences only if the bracket
    /// turns out never to close.
    var pending: [Int] = []
    var depth = 0
    var depthOpenedAt = 0
    var scalarIndex = 0
    var unitHasContent = false
    var unitMarker: ListMarker?
    var atLineStart = true
    var lineIsHeading = false
    var lineStart = 0

    /// How many scalars a bracket may stay open before its stops count again:
    /// an unclosed 「 must not swallow the rest of a long text.
    static let bracketReach = 400

    init(text: UnsafeBufferPointer<UInt8>, joinLineBreaks: Bool) {
        self.text = text
        self.joinLineBreaks = joinLineBreaks
    }

    var n: Int { text.count }

    mutating func run() {
        var i = 0
        while i < n {
            let (s, length) = text.scalar(at: i)
            // A letter, kana or kanji inside a unit, outside brackets and not
            // after a space: nothing below would act on it.
            if Self.isPlain(s), unitHasContent, !atLineStart, depth == 0, !text.followsWhitespace(i) {
                // Nor on the plain scalars straight after it: none changes the
                // state tested above, and none ends in a whitespace byte.
                scalarIndex += 1
                i += length
                while i < n {
                    let (t, tl) = text.scalar(at: i)
                    guard Self.isPlain(t) else { break }
                    scalarIndex += 1
                    i += tl
                }
                continue
            }
            if text.whitespaceLength(at: i) > 0 {
                i = whitespace(from: i)
                continue
            }
            scalarIndex += 1
            if depth > 0, scalarIndex - depthOpenedAt > Self.bracketReach { releaseBrackets() }
            if atLineStart {
                atLineStart = false
                lineIsHeading = LineStart.isHeading(text, at: i)
            }
            if !unitHasContent {
                let after = beginUnit(at: i)
                if after > i { i = after; continue }
            } else if text.followsWhitespace(i), let after = listItemInside(at: i, scalar: s) {
                i = after
                continue
            }
            i = step(at: i, scalar: s, length: length)
        }
        releaseBrackets()
    }

    /// Handles the scalar at `i` and returns where to go on.
    mutating func step(at i: Int, scalar s: UInt32, length: Int) -> Int {
        // Letters, digits, kana and kanji (most of any text) play no part in
        // stops or brackets: the cases below need none of them.
        if Self.isPlain(s) { return i + length }
        switch s {
        case 0x2E:
            return period(at: i)
        case 0x3002, 0xFF61, 0xFF01, 0xFF1F:  // 。｡！？
            return japaneseStop(at: i)
        case 0xFF0E:  // ．: a decimal point between digits, a stop elsewhere
            let before = text.scalar(before: i).value
            if ScriptClass.isDigit(before), i + length < n, ScriptClass.isDigit(text.scalar(at: i + length).value) {
                return i + length
            }
            return japaneseStop(at: i)
        case _ where ScriptClass.isExclamationOrQuestion(s):
            return exclamation(at: i)
        case _ where ScriptClass.isEllipsis(s):
            var e = i
            while e < n, ScriptClass.isEllipsis(text.scalar(at: e).value) { e += 3 }
            return ellipsis(at: i, end: e)
        case _ where ScriptClass.isOpeningBracket(s):
            if depth == 0 { depthOpenedAt = scalarIndex }
            depth += 1
            return i + length
        case _ where ScriptClass.isClosingBracket(s):
            close()
            return i + length
        default:
            return i + length
        }
    }

    /// Scalars none of `step`'s cases handle: ASCII letters and digits, and
    /// U+3040–U+FEFF (kana, kanji; every stop and bracket there is below it
    /// or in the full-width forms above).
    @inline(__always)
    static func isPlain(_ s: UInt32) -> Bool {
        (s >= 0x3040 && s < 0xFF00) || (s | 0x20 >= 0x61 && s | 0x20 <= 0x7A) || (s >= 0x30 && s <= 0x39)
    }

    mutating func cut(at p: Int) {
        releaseBrackets()
        cuts.append(p)
        unitHasContent = false
    }

    /// A stop decided to end its sentence; inside a bracket that is only a
    /// candidate until the bracket closes or is given up.
    mutating func stop(at p: Int) {
        if depth > 0 { pending.append(p) } else { cut(at: p) }
    }

    mutating func close() {
        guard depth > 0 else { return }
        depth -= 1
        if depth == 0 { pending.removeAll(keepingCapacity: true) }
    }

    mutating func releaseBrackets() {
        cuts.append(contentsOf: pending)
        pending.removeAll(keepingCapacity: true)
        depth = 0
    }

    /// The first scalar of a unit: skips a bullet and a list marker so that
    /// the marker's period is not taken for a stop.
    mutating func beginUnit(at i: Int) -> Int {
        unitHasContent = true
        var k = i
        if ScriptClass.isBullet(text.scalar(at: k).value) {
            k += text.scalar(at: k).length
            while k < n, text[k] == 0x20 || text[k] == 0x09 { k += 1 }
        }
        if let marker = ListMarker.parse(text, at: k) {
            unitMarker = marker
            return marker.end
        }
        unitMarker = nil
        return k
    }

    /// A bullet, or the next marker of the list the unit began with, standing
    /// after a space inside a unit: a new item starts there.
    mutating func listItemInside(at i: Int, scalar s: UInt32) -> Int? {
        if ScriptClass.isBullet(s) {
            cut(at: i)
            return beginUnit(at: i)
        }
        let b = text[i]
        guard b.isASCIIDigit || b.isASCIILower || b == 0xEF, let marker = ListMarker.parse(text, at: i) else { return nil }
        if let previous = unitMarker {
            guard marker.follows(previous) else { return nil }
        } else {
            // "Steps: 1. Open the box 2. ..." starts a list after a colon.
            guard marker.isFirst, lastContent(before: i) == 0x3A else { return nil }
        }
        cut(at: i)
        return beginUnit(at: i)
    }

    /// The last scalar before the whitespace that ends at `i`.
    func lastContent(before i: Int) -> UInt32 {
        var j = i
        while j > 0, text.followsWhitespace(j) {
            j = text.scalar(before: j).start
        }
        return text.scalar(before: j).value
    }
}
