import RontenCore

/// Splits Japanese text into words with MeCab and IPADIC: surface, exact
/// byte range, part of speech, base form and reading.
///
/// Holds a ``MeCabTagger``, so it is not `Sendable`: each task makes its own,
/// all sharing one loaded ``MeCabModel``.
public struct JapaneseTokenizer {
    public let tagger: MeCabTagger
    private let entries = IPADICEntryCache()

    public init(tagger: MeCabTagger) {
        self.tagger = tagger
    }

    /// A tokenizer with its own tagger on `model`.
    public init(model: MeCabModel) throws(MeCabLoadError) {
        self.init(tagger: try model.makeTagger())
    }

    /// A tokenizer with its own tagger on the process-wide model.
    public init() throws(MeCabLoadError) {
        try self.init(model: MeCabModel.shared())
    }

    /// Tokens of `text`; ranges are UTF-8 byte offsets from its start.
    public func tokenize(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { tokenize($0, offset: 0) }
    }

    /// Tokens of `utf8`; ranges are indices of the slice, so tokenizing
    /// `blockText[sentenceSpan]` gives ranges in the block's text.
    public func tokenize(_ utf8: ArraySlice<UInt8>) -> [Token] {
        utf8.withUnsafeBufferPointer { tokenize($0, offset: utf8.startIndex) }
    }

    public func tokenize(_ utf8: [UInt8]) -> [Token] {
        tokenize(utf8[...])
    }

    /// Tokens of `utf8`; ranges are offsets from its start.
    public func tokenize(_ utf8: UnsafeBufferPointer<UInt8>) -> [Token] {
        tokenize(utf8, offset: 0)
    }

    private func tokenize(_ text: UnsafeBufferPointer<UInt8>, offset: Int) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 4)
        for span in LatticeSpans.spans(text) {
            let piece = UnsafeBufferPointer(rebasing: text[span])
            let shift = offset + span.lowerBound
            let failure = tagger.parse(piece) { morpheme in
                tokens.append(token(morpheme, in: piece, shift: shift))
            }
            if failure != nil {
                tokens.append(contentsOf: unanalysed(piece, shift: shift))
            }
        }
        return tokens
    }

    private func token(_ morpheme: MeCabMorpheme, in piece: UnsafeBufferPointer<UInt8>, shift: Int) -> Token {
        let bytes = UnsafeBufferPointer(rebasing: piece[morpheme.start..<morpheme.end])
        let surface = String(decoding: bytes, as: UTF8.self)
        var token = entries.prototype(morpheme)
        token.surface = surface
        token.start = shift + morpheme.start
        token.end = shift + morpheme.end
        // An unknown word's base form is its surface.
        if token.baseForm == nil { token.baseForm = surface }
        // MeCab files unknown ASCII marks (", ~, #) under サ変接続 nouns; they are symbols.
        if morpheme.isUnknown, bytes.allSatisfy(Self.isASCIIMark) {
            token.kind = .symbol
            token.partOfSpeech = .symbol
        }
        return token
    }

    /// What MeCab could not analyse stays visible as one unknown token
    /// rather than vanishing.
    private func unanalysed(_ piece: UnsafeBufferPointer<UInt8>, shift: Int) -> [Token] {
        var start = 0
        var end = piece.count
        while start < end, Self.isASCIISpace(piece[start]) { start += 1 }
        while end > start, Self.isASCIISpace(piece[end - 1]) { end -= 1 }
        guard start < end else { return [] }
        let surface = String(decoding: UnsafeBufferPointer(rebasing: piece[start..<end]), as: UTF8.self)
        return [Token(surface: surface, start: shift + start, end: shift + end, kind: .word, partOfSpeech: .other,
                      baseForm: surface, ipadic: IPADICFeatures(pos: "その他", isUnknownWord: true))]
    }

    private static func isASCIIMark(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }

    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}

@available(*, unavailable, message: "holds a MeCab tagger, which is not thread-safe: make one per task")
extension JapaneseTokenizer: Sendable {}
