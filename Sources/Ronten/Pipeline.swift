import Foundation
import RontenCore
import RontenIngest
import RontenLanguage

/// One document through every stage, as a list of named steps:
/// bytes → ingest → sentences → (analysis, tree and reports as they land).
public struct Pipeline: Sendable {
    public var ingestor: Ingestor
    public var segmenter: DocumentSegmenter
    /// Treat every non-empty line as one argumentative unit.
    public var segmented: Bool

    public init(ingestor: Ingestor = Ingestor(), segmenter: DocumentSegmenter = DocumentSegmenter(), segmented: Bool = false) {
        self.ingestor = ingestor
        self.segmenter = segmenter
        self.segmented = segmented
    }

    public func analyze(_ bytes: [UInt8], path: String) throws(IngestError) -> Analysis {
        let document = segmented ? try ingestor.ingestSegmented(bytes, path: path) : try ingestor.ingest(bytes, path: path)
        return Analysis(document: segmenter.segment(document))
    }

    public func analyze(_ input: Input) throws(IngestError) -> Analysis {
        try analyze(try input.read(), path: input.displayPath)
    }
}
