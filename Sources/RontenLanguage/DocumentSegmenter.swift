import RontenCore

/// The language stage's first step: every prose block of a document split
/// into sentences, each with its language and its range in the original file.
public struct DocumentSegmenter: Sendable {
    public var segmenter: SentenceSegmenter

    public init(segmenter: SentenceSegmenter = SentenceSegmenter()) {
        self.segmenter = segmenter
    }

    /// Takes the document as its own: with no other copy of its arrays
    /// left, the blocks are filled in place, not copied first.
    public func segment(_ document: consuming Document) -> Document {
        let text = document.text ?? SourceText("")
        var sentenceCount = 0
        var weights = LanguageWeights()
        for s in document.sections.indices {
            for b in document.sections[s].blocks.indices {
                var block = document.sections[s].blocks[b]
                guard block.isProse else { continue }
                let bytes = Array(block.text.utf8)
                let map = block.textMap ?? TextMap(verbatimAt: 0, length: bytes.count)
                // A pre-segmented unit is one sentence, never split further.
                let spans = block.kind == .unit ? Self.trimmedWhole(bytes) : segmenter.split(bytes)
                var blockWeights = LanguageWeights()
                block.sentences = spans.map { span in
                    sentenceCount += 1
                    let language = LanguageIdentifier.identify(bytes[span])
                    blockWeights.add(language, weight: span.count)
                    return Sentence(id: ElementID.make("s", sentenceCount),
                                    text: block.kind == .unit ? String(decoding: bytes[span], as: UTF8.self)
                                        : segmenter.sentenceText(bytes, span),
                                    language: language,
                                    range: text.range(map.sourceRange(span)),
                                    span: span)
                }
                block.language = blockWeights.language
                weights.add(blockWeights)
                document.sections[s].blocks[b] = block
            }
        }
        document.language = weights.language
        return document
    }

    private static func trimmedWhole(_ bytes: [UInt8]) -> [Range<Int>] {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return start < end ? [start..<end] : []
    }
}
