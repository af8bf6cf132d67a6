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
    public var cues: CueMatcher
    public var quantities: QuantityScanner
    public var gazetteer: Gazetteer

    public init(cues: CueMatcher = .standard, quantities: QuantityScanner = QuantityScanner(), gazetteer: Gazetteer = .standard) {
        self.cues = cues
        self.quantities = quantities
        self.gazetteer = gazetteer
    }

    public func session() -> Session { Session(evaluator: self) }

    /// One task's evaluator: not to be shared between tasks.
    public final class Session {
        let evaluator: Evaluator
        private var japanese: JapaneseTokenizer?
        private let english = EnglishTokenizer()

        init(evaluator: Evaluator) { self.evaluator = evaluator }

        private func japaneseTokenizer() throws(MeCabLoadError) -> JapaneseTokenizer {
            if let japanese { return japanese }
            let tokenizer = try JapaneseTokenizer()
            japanese = tokenizer
            return tokenizer
        }

        public func evaluate(_ document: Document) throws(MeCabLoadError) -> EvaluatedDocument {
            var document = document
            var facts: [SentenceFacts] = []
            for s in document.sections.indices {
                let section = document.sections[s]
                for b in section.blocks.indices {
                    let block = section.blocks[b]
                    guard block.isProse else { continue }
                    let bytes = Array(block.text.utf8)
                    for (index, sentence) in block.sentences.enumerated() {
                        let span = sentence.span ?? 0..<bytes.count
                        var read = try readSentence(Array(bytes[span]), sentence: sentence)
                        read.section = section.id
                        read.block = block.id
                        read.blockKind = block.kind
                        read.indexInBlock = index
                        read.blockSentenceCount = block.sentences.count
                        document.sections[s].blocks[b].sentences[index].certainty = read.certainty
                        read.sentence.certainty = read.certainty
                        facts.append(read)
                    }
                }
            }
            var evaluated = EvaluatedDocument(document: document, sentences: facts, annotations: Annotations(), claims: [])
            ClaimBuilder.attachClaims(&evaluated)
            evaluated.annotations = annotations(of: evaluated)
            return evaluated
        }

        private func readSentence(_ bytes: [UInt8], sentence: Sentence) throws(MeCabLoadError) -> SentenceFacts {
            let text = String(decoding: bytes, as: UTF8.self)
            let language = sentence.language
            let cues = evaluator.cues.cues(in: text, language: language)
            let quantities = evaluator.quantities.scan(text)
            let tokens: [Token]
            switch language {
            case .japanese, .mixed: tokens = try japaneseTokenizer().tokenize(bytes)
            case .english, .undetermined: tokens = english.tokenize(bytes)
            }
            let entities = bytes.withUnsafeBufferPointer {
                EntityReader(gazetteer: evaluator.gazetteer).entities(in: $0, tokens: language == .english ? [] : tokens)
            }
            return SentenceFacts(
                sentence: sentence, section: "", block: "", blockKind: .paragraph, indexInBlock: 0, blockSentenceCount: 1,
                text: text, cues: cues, quantities: quantities, tokens: tokens, entities: entities,
                style: language == .japanese ? Self.style(tokens) : .none,
                certainty: evaluator.cues.certainty(of: cues), claim: nil)
        }

        /// です・ます or だ・である, from the auxiliaries that end the sentence.
        static func style(_ tokens: [Token]) -> SentenceFacts.Style {
            var seen = 0
            for token in tokens.reversed() {
                guard let features = token.ipadic else { continue }
                if features.pos == "記号" { continue }
                seen += 1
                let base = token.baseForm ?? token.surface
                if features.pos == "助動詞" {
                    if base == "です" || base == "ます" { return .polite }
                    if base == "だ" || base == "である" { return .plain }
                }
                if features.pos == "動詞" || features.pos == "形容詞", features.conjugationForm == "基本形" { return seen == 1 ? .plain : .none }
                if seen >= 4 { break }
            }
            return .none
        }

        private func annotations(of evaluated: EvaluatedDocument) -> Annotations {
            var quantities: [Mention<Quantity>] = []
            var cues: [Mention<Cue>] = []
            var byName: [String: (kind: Entity.Kind, first: Int, mentions: [EntityMention])] = [:]
            for (order, facts) in evaluated.sentences.enumerated() {
                let id = facts.sentence.id
                for quantity in facts.quantities {
                    quantities.append(Mention(sentence: id, range: evaluated.range(of: quantity.range, in: facts), value: quantity))
                }
                for cue in facts.cues {
                    cues.append(Mention(sentence: id, range: evaluated.range(of: cue.start..<cue.end, in: facts), value: cue))
                }
                for entity in facts.entities {
                    let text = String(decoding: Array(facts.text.utf8)[entity.range], as: UTF8.self)
                    let mention = EntityMention(sentence: id, text: text, range: evaluated.range(of: entity.range, in: facts))
                    byName[entity.name, default: (entity.kind, order, [])].mentions.append(mention)
                }
            }
            let entities = byName.sorted { ($0.value.first, $0.key) < ($1.value.first, $1.key) }
                .map { Entity(name: $0.key, kind: $0.value.kind, mentions: $0.value.mentions) }
            return Annotations(quantities: quantities, entities: entities, cues: cues)
        }
    }
}
