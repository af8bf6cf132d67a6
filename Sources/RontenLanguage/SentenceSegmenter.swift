import RontenCore

/// Splits text into sentences: Japanese, English and both mixed.
///
/// Stops are 。！？ and their ASCII forms, with closing brackets and quotes
/// kept on the sentence they close; a stop inside 「…」 or (…) does not end
/// the enclosing sentence. English periods are judged by the word before
/// (abbreviation, initial, number) and the word after (lowercase, capital,
/// a word that usually starts sentences). Headings and list items are units
/// of their own. One linear pass over the UTF-8 bytes.
public struct SentenceSegmenter: Sendable {
    public struct Options: Sendable, Hashable {
        /// Treat a single line break inside the text as a space (text from PDF
        /// or hard-wrapped prose) rather than as a possible boundary.
        public var joinLineBreaks: Bool
        public init(joinLineBreaks: Bool = false) { self.joinLineBreaks = joinLineBreaks }
    }

    public var options: Options
    public init(options: Options = Options()) { self.options = options }

    /// Sentence spans as UTF-8 byte ranges into `text`, in order, not
    /// overlapping, each trimmed of surrounding whitespace, none empty.
    public func split(_ text: [UInt8]) -> [Range<Int>] {
        text.withUnsafeBufferPointer { bytes in
            var scan = SentenceScan(text: bytes, joinLineBreaks: options.joinLineBreaks)
            scan.run()
            var spans: [Range<Int>] = []
            spans.reserveCapacity(scan.cuts.count + 1)
            var start = 0
            for end in scan.cuts where end >= start {
                if let span = Self.trimmed(bytes, start..<end) { spans.append(span) }
                start = end
            }
            if let span = Self.trimmed(bytes, start..<bytes.count) { spans.append(span) }
            return spans
        }
    }

    /// The text of one sentence as reported: whitespace runs become one space,
    /// a line break between two Japanese characters disappears.
    public func sentenceText(_ text: [UInt8], _ span: Range<Int>) -> String {
        // Written straight into the string's storage (it is never longer than
        // the span): appending byte by byte to an array checked its
        // uniqueness for every byte. Invalid UTF-8 is repaired as
        // String(decoding:) repairs it.
        text.withUnsafeBufferPointer { bytes in
            String(unsafeUninitializedCapacity: span.count) { out in
                Self.collapse(bytes, span, into: out)
            }
        }
    }

    /// Writes the reported text of `bytes[span]` into `out`; returns its length.
    private static func collapse(_ bytes: UnsafeBufferPointer<UInt8>, _ span: Range<Int>,
                                 into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var written = 0
        var i = span.lowerBound
        while i < span.upperBound {
            guard Self.isCollapsibleSpace(bytes, i) else {
                // Copy the run up to the next byte that may begin a space
                // (ASCII space or control, or the C2 of a no-break space) at once.
                var end = i + 1
                while end < span.upperBound, bytes[end] > 0x20, bytes[end] != 0xC2 { end += 1 }
                UnsafeMutableRawPointer(out.baseAddress! + written)
                    .copyMemory(from: bytes.baseAddress! + i, byteCount: end - i)
                written += end - i
                i = end
                continue
            }
            var k = i
            var lineBreak = false
            while k < span.upperBound, Self.isCollapsibleSpace(bytes, k) {
                if bytes[k].isLineBreak { lineBreak = true }
                k += bytes.whitespaceLength(at: k)
            }
            let wrapped = lineBreak && i > span.lowerBound && k < span.upperBound
                && ScriptClass.isJapaneseText(bytes.scalar(before: i).value)
                && ScriptClass.isJapaneseText(bytes.scalar(at: k).value)
            if !wrapped { out[written] = 0x20; written += 1 }
            i = k
        }
        return written
    }

    /// Spaces, tabs, line breaks and no-break spaces; the ideographic space
    /// stays as written, as Japanese text uses it on purpose.
    private static func isCollapsibleSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let w = bytes.whitespaceLength(at: i)
        return w == 1 || w == 2
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let w = bytes.whitespaceLength(at: lower)
            guard w > 0 else { break }
            lower += w
        }
        while upper > lower, bytes.followsWhitespace(upper) {
            upper = bytes.scalar(before: upper).start
        }
        return lower < upper ? lower..<upper : nil
    }
}
