import RontenCore

/// Places spans of sentences (a cue, a figure) in the original file.
///
/// The evaluated document indexes its blocks' text maps once, so each span
/// costs a dictionary lookup; the locator is the rules' name for that, and
/// costs nothing to make.
public struct SpanLocator {
    private let document: EvaluatedDocument

    public init(_ document: EvaluatedDocument) {
        self.document = document
    }

    public func range(of span: Range<Int>, in facts: SentenceFacts) -> SourceRange {
        document.range(of: span, in: facts)
    }

    public func range(of cue: Cue, in facts: SentenceFacts) -> SourceRange {
        range(of: cue.start..<cue.end, in: facts)
    }

    public func range(of quantity: Quantity, in facts: SentenceFacts) -> SourceRange {
        range(of: quantity.start..<quantity.end, in: facts)
    }
}
