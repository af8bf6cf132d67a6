import RontenCore

/// Places spans of sentences (a cue, a figure) in the original file.
///
/// ``EvaluatedDocument/range(of:in:)`` looks its block up among all blocks on
/// every call, which makes a rule quadratic in the number of paragraphs; the
/// locator indexes the blocks once, so each span costs a dictionary lookup.
public struct SpanLocator {
    private let document: EvaluatedDocument
    private let maps: [String: TextMap]

    public init(_ document: EvaluatedDocument) {
        self.document = document
        var maps: [String: TextMap] = [:]
        for section in document.document.sections {
            for block in section.blocks {
                if let map = block.textMap { maps[block.id] = map }
            }
        }
        self.maps = maps
    }

    public func range(of span: Range<Int>, in facts: SentenceFacts) -> SourceRange {
        guard let text = document.document.text, let map = maps[facts.block],
              let base = facts.sentence.span?.lowerBound else {
            return facts.sentence.range
        }
        return text.range(map.sourceRange((base + span.lowerBound)..<(base + span.upperBound)))
    }

    public func range(of cue: Cue, in facts: SentenceFacts) -> SourceRange {
        range(of: cue.start..<cue.end, in: facts)
    }

    public func range(of quantity: Quantity, in facts: SentenceFacts) -> SourceRange {
        range(of: quantity.start..<quantity.end, in: facts)
    }
}
