import RontenCore

/// Splits text into sentences: Japanese, English and both mixed.
/// (Interface fixed; implementation in progress.)
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
        var start = 0
        while start < text.count, text[start] == 0x20 || text[start] == 0x0A { start += 1 }
        var end = text.count
        while end > start, text[end - 1] == 0x20 || text[end - 1] == 0x0A { end -= 1 }
        return start < end ? [start..<end] : []
    }

    /// The text of one sentence as reported: whitespace runs become one space,
    /// a line break between two Japanese characters disappears.
    public func sentenceText(_ text: [UInt8], _ span: Range<Int>) -> String {
        String(decoding: text[span], as: UTF8.self)
    }
}
