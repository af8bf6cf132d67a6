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
        morphemes(text, generation: entries.beginPass()).map { token($0, in: text, shift: offset) }
    }

    /// The words of each of `texts` without their strings, read one after
    /// another; offsets are from each text's start. All stay valid until
    /// this tokenizer's next analysis.
    ///
    /// Many texts at once, because it is faster over short ones: MeCab's
    /// connection matrix (3.4 MB for IPADIC) and dictionary stay in the
    /// processor's cache from one text to the next, where other work
    /// between two sentences would have pushed them out.
    public func morphemes(ofEach texts: [UnsafeBufferPointer<UInt8>]) -> [[Morpheme]] {
        let generation = entries.beginPass()
        return texts.map { morphemes($0, generation: generation) }
    }

    private func morphemes(_ utf8: UnsafeBufferPointer<UInt8>, generation: Int) -> [Morpheme] {
        var morphemes: [Morpheme] = []
        morphemes.reserveCapacity(utf8.count / 4)
        for span in LatticeSpans.spans(utf8) {
            let piece = UnsafeBufferPointer(rebasing: utf8[span])
            let shift = span.lowerBound
            let failure = tagger.parse(piece) { morpheme in
                let entry = entries.entry(morpheme)
                morphemes.append(Morpheme(start: shift + morpheme.start, end: shift + morpheme.end,
                                          isProperNoun: entries.isProperNoun(entry), entry: entry,
                                          generation: generation, isUnknown: morpheme.isUnknown))
            }
            if failure != nil, let range = Self.unanalysed(piece) {
                morphemes.append(Morpheme(start: shift + range.lowerBound, end: shift + range.upperBound,
                                          isProperNoun: false, entry: Morpheme.unanalysed,
                                          generation: generation, isUnknown: true))
            }
        }
        return morphemes
    }

    /// What the morpheme says about how its sentence ends; text MeCab could
    /// not analyse (part of speech その他) is ``EndingWord/other``.
    public func ending(_ morpheme: Morpheme) -> EndingWord {
        guard morpheme.entry != Morpheme.unanalysed else { return .other }
        return entries.ending(morpheme.entry, generation: morpheme.generation)
    }

    /// What a proper noun names, from its dictionary entry (品詞細分類2);
    /// ``ProperNounClass/other`` for text MeCab could not analyse.
    public func nameClass(_ morpheme: Morpheme) -> ProperNounClass {
        guard morpheme.entry != Morpheme.unanalysed else { return .other }
        return entries.nameClass(morpheme.entry, generation: morpheme.generation)
    }

    /// What the morpheme is to a figure's subject; ``FigureWordClass/other``
    /// for text MeCab could not analyse.
    public func figureWord(_ morpheme: Morpheme) -> FigureWordClass {
        guard morpheme.entry != Morpheme.unanalysed else { return .other }
        return entries.figureWord(morpheme.entry, generation: morpheme.generation)
    }

    /// The token of a morpheme of `utf8`, the text ``morphemes(ofEach:)`` read.
    public func token(_ morpheme: Morpheme, in utf8: UnsafeBufferPointer<UInt8>) -> Token {
        token(morpheme, in: utf8, shift: 0)
    }

    private func token(_ morpheme: Morpheme, in text: UnsafeBufferPointer<UInt8>, shift: Int) -> Token {
        let bytes = UnsafeBufferPointer(rebasing: text[morpheme.start..<morpheme.end])
        let surface = String(decoding: bytes, as: UTF8.self)
        guard morpheme.entry != Morpheme.unanalysed else {
            return Token(surface: surface, start: shift + morpheme.start, end: shift + morpheme.end, kind: .word,
                         partOfSpeech: .other, baseForm: surface,
                         ipadic: IPADICFeatures(pos: "その他", isUnknownWord: true))
        }
        var token = entries.prototype(morpheme.entry, generation: morpheme.generation)
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

    /// What MeCab could not analyse stays visible as one unknown word
    /// rather than vanishing: the piece less its surrounding ASCII spaces.
    private static func unanalysed(_ piece: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var start = 0
        var end = piece.count
        while start < end, isASCIISpace(piece[start]) { start += 1 }
        while end > start, isASCIISpace(piece[end - 1]) { end -= 1 }
        return start < end ? start..<end : nil
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
