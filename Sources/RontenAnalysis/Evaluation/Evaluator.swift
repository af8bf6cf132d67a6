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
        /// ``readSentence(_:sentence:place:cues:morphemes:keepingTokens:)`` takes from them.
        ///
        /// The document is taken as its own: the certainties written back
        /// into a document the caller still held copied every section's
        /// blocks and every block's sentences first.
        public func evaluate(_ document: consuming Document, keepingTokens: Bool = false) throws(MeCabLoadError) -> EvaluatedDocument {
            var facts: [SentenceFacts] = []
            var batch = Batch()
            for s in document.sections.indices {
                for b in document.sections[s].blocks.indices where document.sections[s].blocks[b].isProse {
                    try readBlock(document.sections[s].blocks[b], section: document.sections[s].id,
                                  keepingTokens: keepingTokens, batch: &batch, into: &facts)
                }
            }
            try read(&batch, keepingTokens: keepingTokens, into: &facts)
            // Certainties are written back once no copy of a block is left,
            // so the writes do not copy the blocks' sentences.
            var index = 0
            for s in document.sections.indices {
                for b in document.sections[s].blocks.indices where document.sections[s].blocks[b].isProse {
                    for i in document.sections[s].blocks[b].sentences.indices {
                        document.sections[s].blocks[b].sentences[i].certainty = facts[index].certainty
                        index += 1
                    }
                }
            }
            var evaluated = EvaluatedDocument(document: document, sentences: facts, annotations: Annotations(), claims: [])
            ClaimBuilder.attachClaims(&evaluated)
            evaluated.annotations = annotations(of: evaluated)
            return evaluated
        }

        /// Sentences waiting to be read, their bytes copied end to end.
        ///
        /// Sentences are read a batch at a time, one step over the whole
        /// batch before the next: every cue scan, then every MeCab analysis,
        /// then the rest sentence by sentence. Each step's tables (MeCab's
        /// 3.4 MB connection matrix, the 1.1 MB cue automaton) then stay in
        /// the processor's cache across sentences instead of evicting each
        /// other at every one. A batch is bounded, so memory is too.
        private struct Batch {
            static let byteLimit = 32 * 1024
            static let sentenceLimit = 256

            struct Item {
                var sentence: Sentence
                var place: SentenceFacts.Place
                /// Where its bytes lie in `bytes`.
                var span: Range<Int>
            }

            var items: [Item] = []
            var bytes: [UInt8] = []

            func hasRoom(for count: Int) -> Bool {
                items.count < Self.sentenceLimit && bytes.count + count <= Self.byteLimit
            }
        }

        /// Queues a prose block's sentences, reading the batch whenever it is full.
        private func readBlock(_ block: Block, section: String, keepingTokens: Bool,
                               batch: inout Batch, into facts: inout [SentenceFacts]) throws(MeCabLoadError) {
            // The block's own UTF-8, not a copy: a block can be a 50 MB line.
            var blockText = block.text
            var failure: MeCabLoadError?
            blockText.withUTF8 { all in
                do throws(MeCabLoadError) {
                    for (index, sentence) in block.sentences.enumerated() {
                        let span = sentence.span ?? 0..<all.count
                        let place = SentenceFacts.Place(section: section, block: block.id, blockKind: block.kind,
                                                        indexInBlock: index, blockSentenceCount: block.sentences.count)
                        var item = Batch.Item(sentence: sentence, place: place, span: span)
                        if span.count > Batch.byteLimit {
                            // A very long sentence is read alone, from the block's text.
                            try read(&batch, keepingTokens: keepingTokens, into: &facts)
                            try read([item], [UnsafeBufferPointer(rebasing: all[span])], keepingTokens: keepingTokens, into: &facts)
                            continue
                        }
                        if !batch.hasRoom(for: span.count) { try read(&batch, keepingTokens: keepingTokens, into: &facts) }
                        item.span = batch.bytes.count..<(batch.bytes.count + span.count)
                        batch.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: all[span]))
                        batch.items.append(item)
                    }
                } catch {
                    failure = error
                }
            }
            if let failure { throw failure }
        }

        /// Reads the batch's sentences into `facts` and empties it.
        private func read(_ batch: inout Batch, keepingTokens: Bool, into facts: inout [SentenceFacts]) throws(MeCabLoadError) {
            guard !batch.items.isEmpty else { return }
            let items = batch.items
            var failure: MeCabLoadError?
            batch.bytes.withUnsafeBufferPointer { all in
                do throws(MeCabLoadError) {
                    try read(items, items.map { UnsafeBufferPointer(rebasing: all[$0.span]) },
                             keepingTokens: keepingTokens, into: &facts)
                } catch {
                    failure = error
                }
            }
            batch.items.removeAll(keepingCapacity: true)
            batch.bytes.removeAll(keepingCapacity: true)
            if let failure { throw failure }
        }

        /// Reads `items`, whose bytes are `texts`, a step at a time over all of them.
        private func read(_ items: [Batch.Item], _ texts: [UnsafeBufferPointer<UInt8>], keepingTokens: Bool,
                          into facts: inout [SentenceFacts]) throws(MeCabLoadError) {
            let cues = self.cues.cues(inEach: texts, languages: items.map(\.sentence.language))
            var japanese: [Int] = []
            for index in items.indices where Self.readsWithMeCab(items[index].sentence.language) { japanese.append(index) }
            var morphemes: [[Morpheme]?] = Array(repeating: nil, count: items.count)
            if !japanese.isEmpty {
                let found = try japaneseTokenizer().morphemes(ofEach: japanese.map { texts[$0] })
                for (k, index) in japanese.enumerated() { morphemes[index] = found[k] }
            }
            facts.reserveCapacity(facts.count + items.count)
            for index in items.indices {
                let item = items[index]
                var read = try readSentence(texts[index], sentence: item.sentence, place: item.place, cues: cues[index],
                                            morphemes: morphemes[index], keepingTokens: keepingTokens)
                read.sentence.certainty = read.certainty
                facts.append(SentenceFacts(read))
            }
        }

        private static func readsWithMeCab(_ language: Language) -> Bool {
            switch language {
            case .japanese, .mixed: return true
            case .english, .undetermined: return false
            }
        }

        /// One sentence's facts, from its cues and its words, both found
        /// beforehand for the whole batch: `morphemes` is MeCab's reading of
        /// a sentence ``readsWithMeCab(_:)`` sends to it, nil for any other.
        private func readSentence(_ bytes: UnsafeBufferPointer<UInt8>, sentence: Sentence, place: SentenceFacts.Place, cues: [Cue],
                                  morphemes: [Morpheme]?, keepingTokens: Bool) throws(MeCabLoadError) -> SentenceFacts.Fields {
            // The sentence's text is most often exactly its span: share it.
            var own = sentence.text
            let same = own.withUTF8 { $0.count == bytes.count && ($0.isEmpty || memcmp($0.baseAddress!, bytes.baseAddress!, $0.count) == 0) }
            let text = same ? sentence.text : String(decoding: bytes, as: UTF8.self)
            let language = sentence.language
            let quantities = evaluator.quantities.scan(text)
            // Only InconsistentFigure reads the words around a figure, and only
            // around a figure it compares.
            let subjectsWanted = quantities.contains(where: InconsistentFigure.isComparable)
            let reader = EntityReader(gazetteer: gazetteer)
            var tokens: [Token] = []
            var figureSubjects: [FigureSubject?] = []
            let entities: [(range: Range<Int>, name: String, kind: Entity.Kind)]
            var style = SentenceFacts.Style.none
            if let morphemes {
                // Tokens are made of every word only for output that shows
                // them; the entities, the style and the figures' subjects
                // read the words through the dictionary's facts.
                let tokenizer = try japaneseTokenizer()
                if keepingTokens { tokens = morphemes.map { tokenizer.token($0, in: bytes) } }
                if subjectsWanted {
                    figureSubjects = FigureSubject.subjects(morphemes: morphemes, in: bytes, tokenizer: tokenizer,
                                                            quantities: quantities)
                }
                entities = reader.entities(in: bytes, wordCount: morphemes.count,
                                           isProperNoun: { morphemes[$0].isProperNoun },
                                           span: { morphemes[$0].start..<morphemes[$0].end },
                                           nameClass: { tokenizer.nameClass(morphemes[$0]) })
                if language == .japanese { style = Self.style(morphemes, tokenizer: tokenizer, in: bytes) }
            } else {
                // English tokens feed nothing else: the entity reader looks
                // only at Japanese ones.
                if keepingTokens || subjectsWanted { tokens = english.tokenize(bytes) }
                if subjectsWanted { figureSubjects = FigureSubject.subjects(tokens: tokens, quantities: quantities) }
                entities = reader.entities(in: bytes, tokens: [])
            }
            return SentenceFacts.Fields(
                sentence: sentence, place: place,
                text: text, cues: cues, quantities: quantities, tokens: keepingTokens ? tokens : [], entities: entities,
                style: style,
                certainty: self.cues.certainty(of: cues), claim: nil,
                figureSubjects: figureSubjects)
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
            var quantityCount = 0, cueCount = 0, entityCount = 0
            for facts in evaluated.sentences {
                quantityCount += facts.quantities.count
                cueCount += facts.cues.count
                entityCount += facts.entities.count
            }
            quantities.reserveCapacity(quantityCount)
            cues.reserveCapacity(cueCount)
            // Entities in the order of the sentence that first names them, and
            // by name within one sentence: kept in first-seen order, so only
            // the names a sentence introduces together need sorting (a sort
            // of the whole table moved its large elements about: 0.75 % of a report).
            // Sized for every mention a new name: the table was rehashed as it grew.
            var position: [String: Int] = [:]
            position.reserveCapacity(entityCount)
            var named: [Named] = []
            named.reserveCapacity(entityCount)
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
                    if let known = position[entity.name] {
                        named[known].mentions.append(mention)
                    } else {
                        position[entity.name] = named.count
                        named.append(Named(name: entity.name, kind: entity.kind, first: order, mentions: [mention]))
                    }
                }
            }
            var start = 0
            while start < named.count {
                var end = start + 1
                while end < named.count, named[end].first == named[start].first { end += 1 }
                if end - start > 1 { named[start..<end].sort { $0.name < $1.name } }
                start = end
            }
            let entities = named.map { Entity(name: $0.name, kind: $0.kind, mentions: $0.mentions) }
            return Annotations(quantities: quantities, entities: entities, cues: cues)
        }

        /// A named entity while its mentions are gathered. A struct, not a
        /// tuple: appending to a tuple's mentions in the array copied them.
        private struct Named {
            var name: String
            var kind: Entity.Kind
            var first: Int
            var mentions: [EntityMention]
        }
    }
}
