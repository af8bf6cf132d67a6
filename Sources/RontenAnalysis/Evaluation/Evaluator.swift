import Foundation
import RontenCore
import RontenLanguage

/// The evaluator: reads every sentence of a document, Japanese through MeCab
/// and English through Ronten's own tokenizer, and marks what a careful
/// reviewer of a strategy memo would mark in the margin: figures, entities,
/// cues, the certainty of each sentence, and which sentences are claims, of
/// what type, supported by what.
///
/// The evaluator itself is immutable and shared; each task evaluates through
/// its own ``Session``, which owns a MeCab tagger (taggers are not thread-safe).
public struct Evaluator: Sendable {
    /// nil: the bundled lexicons and gazetteer, compiled when a session
    /// first needs them, so that a run whose every article comes from the
    /// cache never waits for them (they were 6 % of a warm `check`).
    private var chosenCues: CueMatcher?
    private var chosenGazetteer: Gazetteer?
    public var quantities: QuantityScanner

    public var cues: CueMatcher {
        get { chosenCues ?? .standard }
        set { chosenCues = newValue }
    }

    public var gazetteer: Gazetteer {
        get { chosenGazetteer ?? .standard }
        set { chosenGazetteer = newValue }
    }

    public init(cues: CueMatcher? = nil, quantities: QuantityScanner = QuantityScanner(), gazetteer: Gazetteer? = nil) {
        self.chosenCues = cues
        self.quantities = quantities
        self.chosenGazetteer = gazetteer
    }

    public func session() -> Session { Session(evaluator: self) }

    /// One task's evaluator: not to be shared between tasks.
    public final class Session {
        let evaluator: Evaluator
        /// The evaluator's, resolved once per session rather than per sentence.
        private let cues: CueMatcher
        private let gazetteer: Gazetteer
        private var japanese: JapaneseTokenizer?
        private let english = EnglishTokenizer()

        init(evaluator: Evaluator) {
            self.evaluator = evaluator
            cues = evaluator.cues
            gazetteer = evaluator.gazetteer
        }

        private func japaneseTokenizer() throws(MeCabLoadError) -> JapaneseTokenizer {
            if let japanese { return japanese }
            let tokenizer = try JapaneseTokenizer()
            japanese = tokenizer
            return tokenizer
        }

        /// Reads every sentence of `document`. Each sentence's tokens are
        /// kept in ``SentenceFacts/tokens`` only when `keepingTokens` is set
        /// (for output that shows them): held for a whole document they are
        /// most of its memory, and the rules need only what
        /// ``readSentence(_:sentence:keepingTokens:)`` takes from them.
        public func evaluate(_ document: Document, keepingTokens: Bool = false) throws(MeCabLoadError) -> EvaluatedDocument {
            var document = document
            var facts: [SentenceFacts] = []
            for s in document.sections.indices {
                for b in document.sections[s].blocks.indices {
                    guard document.sections[s].blocks[b].isProse else { continue }
                    // Certainties are written back once the block's copy is gone,
                    // so the write does not copy the block's sentences.
                    let certainties = try readBlock(document.sections[s].blocks[b], section: document.sections[s].id,
                                                    keepingTokens: keepingTokens, into: &facts)
                    for (index, certainty) in certainties.enumerated() {
                        document.sections[s].blocks[b].sentences[index].certainty = certainty
                    }
                }
            }
            var evaluated = EvaluatedDocument(document: document, sentences: facts, annotations: Annotations(), claims: [])
            ClaimBuilder.attachClaims(&evaluated)
            evaluated.annotations = annotations(of: evaluated)
            return evaluated
        }

        /// Reads a prose block's sentences into `facts`; returns their certainties.
        private func readBlock(_ block: Block, section: String, keepingTokens: Bool,
                               into facts: inout [SentenceFacts]) throws(MeCabLoadError) -> [Certainty] {
            var certainties: [Certainty] = []
            certainties.reserveCapacity(block.sentences.count)
            // The block's own UTF-8, not a copy: a block can be a 50 MB line.
            var blockText = block.text
            for (index, sentence) in block.sentences.enumerated() {
                var read = try blockText.withUTF8 { all in
                    Result { () throws(MeCabLoadError) in
                        try readSentence(UnsafeBufferPointer(rebasing: all[sentence.span ?? 0..<all.count]),
                                         sentence: sentence, keepingTokens: keepingTokens)
                    }
                }.get()
                read.section = section
                read.block = block.id
                read.blockKind = block.kind
                read.indexInBlock = index
                read.blockSentenceCount = block.sentences.count
                certainties.append(read.certainty)
                read.sentence.certainty = read.certainty
                facts.append(SentenceFacts(read))
            }
            return certainties
        }

        private func readSentence(_ bytes: UnsafeBufferPointer<UInt8>, sentence: Sentence,
                                  keepingTokens: Bool) throws(MeCabLoadError) -> SentenceFacts.Fields {
            // The sentence's text is most often exactly its span: share it.
            var own = sentence.text
            let same = own.withUTF8 { $0.count == bytes.count && ($0.isEmpty || memcmp($0.baseAddress!, bytes.baseAddress!, $0.count) == 0) }
            let text = same ? sentence.text : String(decoding: bytes, as: UTF8.self)
            let language = sentence.language
            let cues = self.cues.cues(in: bytes, language: language)
            let quantities = evaluator.quantities.scan(text)
            // Only InconsistentFigure reads the words around a figure, and only
            // around a figure it compares.
            let subjectsWanted = quantities.contains(where: InconsistentFigure.isComparable)
            let reader = EntityReader(gazetteer: gazetteer)
            var tokens: [Token] = []
            let entities: [(range: Range<Int>, name: String, kind: Entity.Kind)]
            var style = SentenceFacts.Style.none
            switch language {
            case .japanese, .mixed:
                // Tokens are made of every word only when something reads
                // them all; the entities and the style need a few words each.
                let tokenizer = try japaneseTokenizer()
                let morphemes = tokenizer.morphemes(bytes)
                if keepingTokens || subjectsWanted { tokens = morphemes.map { tokenizer.token($0, in: bytes) } }
                entities = reader.entities(in: bytes, wordCount: morphemes.count,
                                           isProperNoun: { morphemes[$0].isProperNoun },
                                           span: { morphemes[$0].start..<morphemes[$0].end },
                                           nameClass: { tokenizer.nameClass(morphemes[$0]) })
                if language == .japanese { style = Self.style(morphemes, tokenizer: tokenizer, in: bytes) }
            case .english, .undetermined:
                // English tokens feed nothing else: the entity reader looks
                // only at Japanese ones.
                if keepingTokens || subjectsWanted { tokens = english.tokenize(bytes) }
                entities = reader.entities(in: bytes, tokens: [])
            }
            return SentenceFacts.Fields(
                sentence: sentence, section: "", block: "", blockKind: .paragraph, indexInBlock: 0, blockSentenceCount: 1,
                text: text, cues: cues, quantities: quantities, tokens: keepingTokens ? tokens : [], entities: entities,
                style: style,
                certainty: self.cues.certainty(of: cues), claim: nil,
                figureSubjects: subjectsWanted ? FigureSubject.subjects(tokens: tokens, quantities: quantities) : [])
        }

        /// です・ます or だ・である, from the auxiliaries that end the sentence.
        static func style(_ tokens: [Token]) -> SentenceFacts.Style {
            style(wordCount: tokens.count) { tokens[$0] }
        }

        /// The same, over words given by index, asked from the last backwards.
        static func style(wordCount: Int, token: (Int) -> Token) -> SentenceFacts.Style {
            var seen = 0
            for index in stride(from: wordCount - 1, through: 0, by: -1) {
                let token = token(index)
                guard let features = token.ipadic else { continue }
                if isIPADICField(features.pos, "記号") { continue }
                seen += 1
                if isIPADICField(features.pos, "助動詞") {
                    let base = token.baseForm ?? token.surface
                    if base == "です" || base == "ます" { return .polite }
                    if base == "だ" || base == "である" { return .plain }
                }
                if isIPADICField(features.pos, "動詞") || isIPADICField(features.pos, "形容詞"),
                   isIPADICField(features.conjugationForm, "基本形") { return seen == 1 ? .plain : .none }
                if seen >= 4 { break }
            }
            return .none
        }

        /// The same over morphemes, from what each dictionary entry says
        /// about an ending, so no token is made.
        static func style(_ morphemes: [Morpheme], tokenizer: JapaneseTokenizer,
                          in bytes: UnsafeBufferPointer<UInt8>) -> SentenceFacts.Style {
            var seen = 0
            for index in stride(from: morphemes.count - 1, through: 0, by: -1) {
                let morpheme = morphemes[index]
                switch tokenizer.ending(morpheme) {
                case .symbol:
                    continue
                case .politeAuxiliary:
                    return .polite
                case .plainAuxiliary:
                    return .plain
                case .auxiliaryBySurface:
                    seen += 1
                    let surface = UnsafeBufferPointer(rebasing: bytes[morpheme.start..<morpheme.end])
                    if surface.elementsEqual("です".utf8) || surface.elementsEqual("ます".utf8) { return .polite }
                    if surface.elementsEqual("だ".utf8) || surface.elementsEqual("である".utf8) { return .plain }
                case .basicPredicate:
                    seen += 1
                    return seen == 1 ? .plain : .none
                case .other:
                    seen += 1
                }
                if seen >= 4 { break }
            }
            return .none
        }

        private func annotations(of evaluated: EvaluatedDocument) -> Annotations {
            var quantities: [Mention<Quantity>] = []
            var cues: [Mention<Cue>] = []
            // Sized once: growing them mention by mention copied them over and over.
            var quantityCount = 0, cueCount = 0
            for facts in evaluated.sentences {
                quantityCount += facts.quantities.count
                cueCount += facts.cues.count
            }
            quantities.reserveCapacity(quantityCount)
            cues.reserveCapacity(cueCount)
            var byName: [String: (kind: Entity.Kind, first: Int, mentions: [EntityMention])] = [:]
            for (order, facts) in evaluated.sentences.enumerated() {
                let id = facts.sentence.id
                let place = evaluated.placer(for: facts)
                for quantity in facts.quantities {
                    quantities.append(Mention(sentence: id, range: place.range(quantity.range), value: quantity))
                }
                for cue in facts.cues {
                    cues.append(Mention(sentence: id, range: place.range(cue.start..<cue.end), value: cue))
                }
                var sentenceText = facts.text
                for entity in facts.entities {
                    let text = sentenceText.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[entity.range]), as: UTF8.self) }
                    let mention = EntityMention(sentence: id, text: text, range: place.range(entity.range))
                    byName[entity.name, default: (entity.kind, order, [])].mentions.append(mention)
                }
            }
            let entities = byName.sorted { ($0.value.first, $0.key) < ($1.value.first, $1.key) }
                .map { Entity(name: $0.key, kind: $0.value.kind, mentions: $0.value.mentions) }
            return Annotations(quantities: quantities, entities: entities, cues: cues)
        }
    }
}
