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

    public init(ingestor: Ingestor = Ingestor(), segmenter: DocumentSegmenter = DocumentSegmenter(),
                evaluator: Evaluator = Evaluator(), segmented: Bool = false) {
        self.ingestor = ingestor
        self.segmenter = segmenter
        self.evaluator = evaluator
        self.segmented = segmented
    }

    public func session() -> Session { Session(pipeline: self) }

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

        public func analyze(_ input: Input) throws -> Analysis {
            try analyze(try input.read(), path: input.displayPath)
        }

        public func analyze(_ bytes: [UInt8], path: String) throws -> Analysis {
            let evaluated = try evaluate(bytes, path: path)
            let findings = RuleRegistry.check(evaluated)
            let argument = ArgumentBuilder().build(evaluated)
            return Analysis(document: evaluated.document, annotations: evaluated.annotations, claims: evaluated.claims,
                            findings: findings, argument: argument)
        }

        /// The evaluated document, for callers that need more than the JSON
        /// holds (rules, the argument builder).
        public func evaluate(_ bytes: [UInt8], path: String) throws -> EvaluatedDocument {
            let ingested = pipeline.segmented
                ? try pipeline.ingestor.ingestSegmented(bytes, path: path)
                : try pipeline.ingestor.ingest(bytes, path: path)
            let document = pipeline.segmenter.segment(ingested)
            return try evaluation.evaluate(document)
        }
    }
}
