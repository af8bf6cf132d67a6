import Foundation
import RontenAnalysis
import RontenCore
import RontenIngest
import RontenLanguage

/// One document through every stage, as a list of named steps:
/// bytes → ingest → sentences → evaluation (→ findings, tree, reports as
/// they land).
///
/// A pipeline is an immutable configuration, shared by every task. Work is
/// done through a ``Session``, one per task, because MeCab's tagger must not
/// be shared between threads.
public struct Pipeline: Sendable {
    public var ingestor: Ingestor
    public var segmenter: DocumentSegmenter
    public var evaluator: Evaluator
    /// Treat every non-empty line as one argumentative unit.
    public var segmented: Bool
    /// Put each sentence's tokens (MeCab's for Japanese) into the analysis.
    public var includeTokens = false
    /// Reconstruct the argument tree (`check` needs findings only).
    public var buildsArgument = true
    /// The language every paragraph and sentence is analysed as, instead of
    /// the one detected for it (nil: detect). A JSON Lines request's `lang`.
    public var language: Language?

    public init(ingestor: Ingestor = Ingestor(), segmenter: DocumentSegmenter = DocumentSegmenter(),
                evaluator: Evaluator = Evaluator(), segmented: Bool = false) {
        self.ingestor = ingestor
        self.segmenter = segmenter
        self.evaluator = evaluator
        self.segmented = segmented
    }

    public func session() -> Session { Session(pipeline: self) }

    /// The ids a configuration or a directive may name.
    public static var knownRules: Set<String> { Set(RuleRegistry.descriptors.map(\.id)) }

    /// Analyses one document in a session of its own; batches should keep one
    /// session per worker instead.
    public func analyze(_ bytes: [UInt8], path: String) throws -> Analysis {
        try session().analyze(bytes, path: path)
    }

    public func analyze(_ input: Input) throws -> Analysis {
        try session().analyze(input)
    }

    /// One task's pipeline. Not to be shared between tasks.
    public final class Session {
        public let pipeline: Pipeline
        private let evaluation: Evaluator.Session

        init(pipeline: Pipeline) {
            self.pipeline = pipeline
            self.evaluation = pipeline.evaluator.session()
        }

        public func analyze(_ input: Input, configuration: Configuration = Configuration()) throws -> Analysis {
            try analyze(try input.read(), path: input.displayPath, configuration: configuration)
        }

        /// One document under a configuration: rules it switches off do not
        /// run, severities are overridden for the file's path, and findings
        /// the text's own `ronten-disable` directives cover are dropped
        /// (directives apply with or without a configuration file). The
        /// session should come from `pipeline.adding(lexiconOf:)` for the
        /// configuration's lexicon additions to count.
        public func analyze(_ bytes: [UInt8], path: String, configuration: Configuration = Configuration(),
                            knownRules: Set<String> = Pipeline.knownRules) throws -> Analysis {
            let evaluated = try evaluate(bytes, path: path)
            let policy = RulePolicy(configuration: configuration, path: path)
            let findings = RuleRegistry.check(evaluated, enabled: policy.isEnabled)
            var document = evaluated.document
            if pipeline.includeTokens { Self.attachTokens(evaluated.sentences, to: &document) }
            let suppressions = document.text.map {
                DirectiveScanner(format: document.source.format, knownRules: knownRules).scan($0)
            } ?? .none
            document.notes += suppressions.notes
            return Analysis(document: document, annotations: evaluated.annotations, claims: evaluated.claims,
                            findings: FindingFilter(policy: policy, suppressions: suppressions).apply(findings),
                            argument: pipeline.buildsArgument ? ArgumentBuilder().build(evaluated) : nil)
        }

        /// Sentences are split before this, as for any text: a stated
        /// language decides how each is read (MeCab or not, which lexicon),
        /// not where it ends.
        private static func set(_ language: Language, in document: inout Document) {
            document.language = language
            for s in document.sections.indices {
                for b in document.sections[s].blocks.indices {
                    document.sections[s].blocks[b].language = language
                    for i in document.sections[s].blocks[b].sentences.indices {
                        document.sections[s].blocks[b].sentences[i].language = language
                    }
                }
            }
        }

        private static func attachTokens(_ facts: [SentenceFacts], to document: inout Document) {
            var byID: [String: [Token]] = [:]
            for fact in facts { byID[fact.sentence.id] = fact.tokens }
            for s in document.sections.indices {
                for b in document.sections[s].blocks.indices {
                    for i in document.sections[s].blocks[b].sentences.indices {
                        let id = document.sections[s].blocks[b].sentences[i].id
                        document.sections[s].blocks[b].sentences[i].tokens = byID[id]
                    }
                }
            }
        }

        /// The evaluated document, for callers that need more than the JSON
        /// holds (rules, the argument builder).
        public func evaluate(_ bytes: [UInt8], path: String) throws -> EvaluatedDocument {
            let ingested = pipeline.segmented
                ? try pipeline.ingestor.ingestSegmented(bytes, path: path)
                : try pipeline.ingestor.ingest(bytes, path: path)
            var document = pipeline.segmenter.segment(consume ingested)
            if let language = pipeline.language { Self.set(language, in: &document) }
            return try evaluation.evaluate(consume document, keepingTokens: pipeline.includeTokens)
        }
    }
}
