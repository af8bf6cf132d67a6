import Foundation
import RontenCore
import RontenIngest

/// `ronten analyze --jsonl`: request lines in, one result line out per line
/// read, in the order read, each written as soon as its turn comes.
///
/// A line that is not a request, a file that cannot be read or a text that
/// cannot be analysed gives a `RequestFailure` line and the stream goes on.
/// Configurations are found per path as in a run over files (on the reading
/// thread, since discovery caches as it goes).
public struct RequestStream: Sendable {
    public var base: Pipeline
    public var knownRules: Set<String>

    public init(base: Pipeline = Pipeline(), knownRules: Set<String> = Pipeline.knownRules) {
        self.base = base
        self.knownRules = knownRules
    }

    /// What one line came to: the bytes to write (without the line feed)
    /// and, for a failure, the message for standard error.
    public struct Line: Sendable {
        public var json: [UInt8]
        public var failure: String?

        public init(json: [UInt8], failure: String?) {
            self.json = json
            self.failure = failure
        }
    }

    /// Runs until `reader` ends; `write` gets each line in order, from one
    /// thread at a time. Returns the number of lines that failed.
    public func run(_ reader: inout JSONLinesReader, discovery: inout ConfigurationDiscovery, jobs: Int,
                    write: @escaping @Sendable (Line) -> Void) -> Int {
        let failures = FailureCount()
        var planner = Planner(base: base)
        let knownRules = self.knownRules
        OrderedStream.run(jobs: jobs, next: { () -> Work? in
            guard let line = reader.next() else { return nil }
            return planner.plan(line, number: reader.lineNumber, discovery: &discovery)
        }, makeWorker: {
            var sessions: [Int: Pipeline.Session] = [:]
            return { work -> Line in
                switch work {
                case .failed(let failure):
                    return Line(json: failure.jsonLine(), failure: Self.message(failure))
                case .ignored(let ignored):
                    return Line(json: (try? JSONText.encode(ignored)) ?? [], failure: nil)
                case .analyze(let job):
                    let session = sessions[job.pipelineKey] ?? job.pipeline.session()
                    sessions[job.pipelineKey] = session
                    do {
                        let bytes: [UInt8]
                        switch job.request.body {
                        case .file(let path):
                            bytes = try Input(location: .file(path: path), displayPath: path).read()
                        case .text(_, let text):
                            bytes = Array(text.utf8)
                        }
                        let analysis = try session.analyze(bytes, path: job.request.path,
                                                           configuration: job.configuration, knownRules: knownRules)
                        return Line(json: try JSONText.encode(analysis), failure: nil)
                    } catch {
                        let reason = (error as? IngestError)?.reasonText ?? "\(error)"
                        let failure = job.failure(reason)
                        return Line(json: failure.jsonLine(), failure: Self.message(failure))
                    }
                }
            }
        }, write: { line in
            if line.failure != nil { failures.add() }
            write(line)
        })
        return failures.value
    }

    static func message(_ failure: RequestFailure) -> String {
        let name = failure.path ?? failure.id.map { "id " + $0 }
        return "line \(failure.line)" + (name.map { " (\($0))" } ?? "") + ": " + failure.error
    }

    enum Work: Sendable {
        case analyze(Job)
        case failed(RequestFailure)
        case ignored(IgnoredRequest)
    }

    struct Job: Sendable {
        var line: Int
        var request: AnalysisRequest
        var configuration: Configuration
        var pipeline: Pipeline
        /// Sessions are kept per pipeline and thread; equal keys, equal pipelines.
        var pipelineKey: Int

        func failure(_ reason: String) -> RequestFailure {
            switch request.body {
            case .file(let path): return RequestFailure(error: reason, line: line, path: path)
            case .text(let id, _): return RequestFailure(error: reason, line: line, id: id)
            }
        }
    }

    /// Turns lines into work on the reading thread: parsing, configuration,
    /// and one pipeline per distinct lexicon additions and input format.
    struct Planner {
        let base: Pipeline
        var pipelines: [PipelineKey: (Int, Pipeline)] = [:]

        init(base: Pipeline) { self.base = base }

        mutating func plan(_ bytes: [UInt8], number: Int, discovery: inout ConfigurationDiscovery) -> Work {
            let request: AnalysisRequest
            switch AnalysisRequest.parse(bytes) {
            case .failure(let invalid):
                return .failed(RequestFailure(error: invalid.reason, line: number, id: invalid.id, path: invalid.path))
            case .success(let parsed):
                request = parsed
            }
            var job = Job(line: number, request: request, configuration: Configuration(), pipeline: base, pipelineKey: 0)
            do {
                let configuration = try discovery.configuration(forFile: request.path)
                if case .file(let path) = request.body, configuration.ignores(path) {
                    return .ignored(IgnoredRequest(line: number, path: path, configuration: configuration.path))
                }
                let format = request.format ?? base.ingestor.format
                let key = PipelineKey(configuration, format: format, language: request.language)
                if let (index, pipeline) = pipelines[key] {
                    job.pipelineKey = index
                    job.pipeline = pipeline
                } else {
                    var pipeline = try base.adding(lexiconOf: configuration)
                    pipeline.ingestor = Ingestor(format: format)
                    pipeline.language = request.language.language
                    pipelines[key] = (pipelines.count, pipeline)
                    job.pipelineKey = pipelines.count - 1
                    job.pipeline = pipeline
                }
                job.configuration = configuration
                return .analyze(job)
            } catch {
                return .failed(job.failure("\(error)"))
            }
        }
    }

    /// What makes two requests' pipelines differ: lexicon additions (not the
    /// lines they were written on) and the input format.
    struct PipelineKey: Hashable {
        var cues: [CueAddition]
        var entities: [EntityAddition]
        var format: Ingestor.Format
        var language: AnalysisRequest.LanguageHint

        init(_ configuration: Configuration, format: Ingestor.Format, language: AnalysisRequest.LanguageHint) {
            cues = configuration.cues.map { var cue = $0; cue.line = nil; return cue }
            entities = configuration.entities.map { var entity = $0; entity.line = nil; return entity }
            self.format = format
            self.language = language
        }
    }
}

/// Failed lines, counted on the writing thread and read after it has
/// finished; the lock makes the class safe to share.
private final class FailureCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
