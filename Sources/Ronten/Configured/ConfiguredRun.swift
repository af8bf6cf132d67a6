import RontenAnalysis
import RontenCore
import RontenIngest

/// The inputs of one run, each with the configuration that applies to it,
/// those its configuration ignores set aside, and one pipeline per distinct
/// set of lexicon additions (compiling a lexicon is not free, and most
/// folders add nothing).
///
/// Built on one thread before the batch starts, because discovery caches
/// as it goes and every configuration error must stop the run before any
/// output is written.
public struct ConfiguredRun: Sendable {
    public struct Item: Sendable {
        public var input: Input
        public var configuration: Configuration
        /// Index into `pipelines`.
        public var pipeline: Int
    }

    public private(set) var items: [Item] = []
    /// Inputs an `ignore` glob matched, in input order, to mention if wanted.
    public private(set) var ignored: [Input] = []
    public private(set) var pipelines: [Pipeline] = []
    public let knownRules: Set<String>

    public init(inputs: [Input], discovery: inout ConfigurationDiscovery, base: Pipeline = Pipeline(),
                knownRules: Set<String> = Set(RuleRegistry.descriptors.map(\.id))) throws(ConfigurationError) {
        self.knownRules = knownRules
        var pipelineIndex: [LexiconKey: Int] = [:]
        // A file's configuration depends only on its folder; asking discovery
        // once per folder spares a URL standardisation per file (a sixth of
        // a warm `check` of the corpus went to setting up the run).
        var byFolder: [Substring: Configuration] = [:]
        for input in inputs {
            let path = input.location == .standardInput ? "-" : input.displayPath
            let folder = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[...$0] }
            let configuration: Configuration
            if let folder, let known = byFolder[folder] {
                configuration = known
            } else {
                configuration = try discovery.configuration(forFile: path)
                if let folder { byFolder[folder] = configuration }
            }
            if configuration.ignores(path) {
                ignored.append(input)
                continue
            }
            let key = LexiconKey(configuration)
            let index: Int
            if let known = pipelineIndex[key] {
                index = known
            } else {
                index = pipelines.count
                pipelines.append(try base.adding(lexiconOf: configuration))
                pipelineIndex[key] = index
            }
            items.append(Item(input: input, configuration: configuration, pipeline: index))
        }
    }

    /// One worker's sessions, made as its items need them: one per pipeline
    /// and thread, since a MeCab tagger must not be shared.
    public func worker() -> Worker { Worker(run: self) }

    public final class Worker {
        public let run: ConfiguredRun
        private var sessions: [Int: Pipeline.Session] = [:]

        init(run: ConfiguredRun) { self.run = run }

        /// Analyses `run.items[index]` under its configuration.
        public func analyze(_ index: Int) throws -> Analysis {
            try analyze(index, bytes: try run.items[index].input.read())
        }

        /// Analyses `run.items[index]` from bytes already read.
        public func analyze(_ index: Int, bytes: [UInt8]) throws -> Analysis {
            let item = run.items[index]
            let session = sessions[item.pipeline] ?? run.pipelines[item.pipeline].session()
            sessions[item.pipeline] = session
            return try session.analyze(bytes, path: item.input.displayPath,
                                       configuration: item.configuration, knownRules: run.knownRules)
        }
    }
}

/// What makes two configurations' pipelines differ: their additions, not
/// the lines they were written on.
private struct LexiconKey: Hashable {
    var cues: [CueAddition]
    var entities: [EntityAddition]

    init(_ configuration: Configuration) {
        cues = configuration.cues.map { var cue = $0; cue.line = nil; return cue }
        entities = configuration.entities.map { var entity = $0; entity.line = nil; return entity }
    }
}
