/// Maps offsets in a block's flattened text (links and emphasis reduced to
/// their words, line breaks joined) back to offsets in the decoded source.
///
/// The text is made of runs. A verbatim run copies source bytes one for one;
/// a synthetic run (a space standing for a line break, a character an entity
/// decoded to) stands for a source span of another length.
public struct TextMap: Sendable, Hashable, Codable {
    public struct Run: Sendable, Hashable, Codable {
        public var textStart: Int
        public var textLength: Int
        public var sourceStart: Int
        public var sourceLength: Int

        public init(textStart: Int, textLength: Int, sourceStart: Int, sourceLength: Int) {
            self.textStart = textStart
            self.textLength = textLength
            self.sourceStart = sourceStart
            self.sourceLength = sourceLength
        }

        var isVerbatim: Bool { textLength == sourceLength }
    }

    public private(set) var runs: [Run] = []

    public init() {}

    /// A map for text that is one verbatim slice of the source.
    public init(verbatimAt sourceStart: Int, length: Int) {
        append(textLength: length, sourceStart: sourceStart, sourceLength: length)
    }

    public var textLength: Int { runs.last.map { $0.textStart + $0.textLength } ?? 0 }

    /// Room for `count` runs, for a builder that knows about how many it will append.
    public mutating func reserveCapacity(_ count: Int) { runs.reserveCapacity(count) }

    /// Appends a run for the next `textLength` bytes of text; consecutive
    /// verbatim runs that touch in the source are merged.
    public mutating func append(textLength: Int, sourceStart: Int, sourceLength: Int) {
        guard textLength > 0 else { return }
        let start = self.textLength
        if var last = runs.last, last.isVerbatim, textLength == sourceLength,
           last.sourceStart + last.sourceLength == sourceStart {
            last.textLength += textLength
            last.sourceLength += sourceLength
            runs[runs.count - 1] = last
            return
        }
        runs.append(Run(textStart: start, textLength: textLength, sourceStart: sourceStart, sourceLength: sourceLength))
    }

    /// The source offset where a span starting at text offset `offset` starts.
    public func sourceStart(_ offset: Int) -> Int {
        guard !runs.isEmpty else { return 0 }
        let run = runs[index(containing: offset, preferEarlier: false)]
        return map(offset, in: run)
    }

    /// The source offset where a span ending at text offset `offset` ends.
    public func sourceEnd(_ offset: Int) -> Int {
        guard !runs.isEmpty else { return 0 }
        let run = runs[index(containing: offset, preferEarlier: true)]
        return map(offset, in: run)
    }

    public func sourceRange(_ span: Range<Int>) -> Range<Int> {
        let start = sourceStart(span.lowerBound)
        return start..<max(start, sourceEnd(span.upperBound))
    }

    private func map(_ offset: Int, in run: Run) -> Int {
        let delta = offset - run.textStart
        if run.isVerbatim { return run.sourceStart + min(max(delta, 0), run.sourceLength) }
        return delta <= 0 ? run.sourceStart : run.sourceStart + run.sourceLength
    }

    /// The run holding `offset`; at a boundary between two runs, the earlier
    /// one when mapping an end, the later one when mapping a start.
    private func index(containing offset: Int, preferEarlier: Bool) -> Int {
        var low = 0, high = runs.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            let start = runs[mid].textStart
            if start < offset || (!preferEarlier && start == offset) { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
