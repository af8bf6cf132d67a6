import RontenCore
import RontenReport

/// A worker of a ``ConfiguredRun`` that looks in a cache before analysing
/// and stores what it computed. One per thread, like the run's own worker:
/// its sessions hold MeCab taggers.
///
/// Every command caches what its output needs: `report` the whole analysis
/// (the JSON holds all that its pages show), `check` only the findings and
/// the sentence texts they name, which decode in a fraction of the time.
/// `check` also takes a whole analysis that `report` left. Output is the
/// same bytes with or without the cache.
public final class CachingWorker {
    public let run: ConfiguredRun
    public let cache: AnalysisCache?
    private let worker: ConfiguredRun.Worker
    /// Per pipeline, what its options add to a key.
    private let options: [String]

    /// - Parameter cache: nil analyses every article (`--no-cache`).
    public init(run: ConfiguredRun, cache: AnalysisCache?) {
        self.run = run
        self.cache = cache
        self.worker = run.worker()
        let rules = run.knownRules.sorted().joined(separator: ",")
        // The key leaves out whether the tree is built: `check` (no tree)
        // stores findings only, and may read a whole analysis `report` left.
        options = run.pipelines.map {
            "format=\($0.ingestor.format.rawValue) segmented=\($0.segmented) tokens=\($0.includeTokens) rules=\(rules)"
        }
    }

    /// What `check` reports for `run.items[index]`.
    public func checkedFile(_ index: Int) throws -> CheckedFile {
        let item = run.items[index]
        let path = item.input.displayPath
        let bytes = try item.input.read()
        guard let cache else { return CheckedFile(analysis: try analyze(index, bytes), path: path) }
        let key = self.key(.findings, index, bytes)
        if let payload = cache.payload(key: key) {
            if let cached = FindingsRecord.decode(payload) {
                return CheckedFile(path: path, findings: cached.findings, sentences: cached.sentences)
            }
            cache.discard(key: key)
        }
        let analysis = try cache.load(Analysis.self, key: self.key(.analysis, index, bytes)) ?? analyze(index, bytes)
        let file = CheckedFile(analysis: analysis, path: path)
        cache.store(payload: FindingsRecord.encode(CachedFindings(findings: analysis.findings ?? [], sentences: file.sentences)),
                    key: key)
        return file
    }

    /// The analysis of `run.items[index]`.
    public func analyze(_ index: Int) throws -> Analysis {
        let bytes = try run.items[index].input.read()
        guard let cache else { return try analyze(index, bytes) }
        let key = self.key(.analysis, index, bytes)
        if let cached = cache.load(Analysis.self, key: key) { return cached }
        let analysis = try analyze(index, bytes)
        cache.store(analysis, key: key)
        return analysis
    }

    private func analyze(_ index: Int, _ bytes: [UInt8]) throws -> Analysis {
        try worker.analyze(index, bytes: bytes)
    }

    private func key(_ kind: AnalysisCache.Kind, _ index: Int, _ bytes: [UInt8]) -> String {
        let item = run.items[index]
        let json: [UInt8]
        if let last = lastConfiguration, last.configuration == item.configuration {
            json = last.json
        } else {
            json = AnalysisCache.keyJSON(item.configuration)
            lastConfiguration = (item.configuration, json)
        }
        return cache!.key(kind: kind, options: options[item.pipeline], path: item.input.displayPath,
                          configurationJSON: json, bytes: bytes)
    }

    /// The configuration of the last key made and its JSON: files of one
    /// folder share one, so it is encoded once a run rather than per file.
    private var lastConfiguration: (configuration: Configuration, json: [UInt8])?
}
