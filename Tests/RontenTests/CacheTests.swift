import Foundation
@testable import Ronten
import RontenCore
import RontenIngest
import RontenReport
import Testing

private let corpusFolder = sharedFolder.appendingPathComponent("corpus")
private let hasCorpus = FileManager.default.fileExists(atPath: corpusFolder.path)

/// Articles of every kind the cache must carry unchanged: the examples, and
/// the first few of each corpus language when the corpus is there.
private func articles() throws -> [(path: String, bytes: [UInt8])] {
    var found: [(String, [UInt8])] = []
    for name in ["en-northwind-usage-pricing.md", "ja-hokuto-battery-strategy.md", "mixed-ai-platform-briefing.txt"] {
        found.append(("Examples/" + name, try example(name)))
    }
    for language in ["ja", "en"] where hasCorpus {
        let inputs = InputCollector().collect([corpusFolder.appendingPathComponent(language).path]).inputs.prefix(12)
        for input in inputs { found.append((input.displayPath, try input.read())) }
    }
    return found
}

@Test func anAnalysisDecodedFromItsJSONGivesTheSameJSONAndReportsByteForByte() throws {
    for (path, bytes) in try articles() {
        let fresh = try analyze(bytes, path: path)
        let json = try JSONText.encode(fresh)
        let decoded = try JSONDecoder().decode(Analysis.self, from: Data(json))
        #expect(try JSONText.encode(decoded, pretty: true) == JSONText.encode(fresh, pretty: true), "\(path)")
        #expect(ArticleReport(decoded).html() == ArticleReport(fresh).html(), "\(path)")
        #expect(ArticleReport(decoded).markdown() == ArticleReport(fresh).markdown(), "\(path)")
        #expect(CheckedFile(analysis: decoded) == CheckedFile(analysis: fresh), "\(path)")
    }
}

@Test func findingsReadBackFromTheirRecordExactlyAndATruncatedRecordIsRefused() throws {
    var total = 0
    for (path, bytes) in try articles() {
        let analysis = try analyze(bytes, path: path)
        let file = CheckedFile(analysis: analysis)
        let record = CachedFindings(findings: analysis.findings ?? [], sentences: file.sentences)
        let encoded = FindingsRecord.encode(record)
        #expect(FindingsRecord.decode(encoded[...]) == record, "\(path)")
        #expect(FindingsRecord.encode(FindingsRecord.decode(encoded[...])!) == encoded)
        #expect(FindingsRecord.decode(encoded.dropLast()) == nil)
        #expect(FindingsRecord.decode(encoded[...] + [0]) == nil)
        total += record.findings.count
    }
    #expect(total > 20)
}

/// A run over the examples with a cache in a fresh folder.
private struct CachedExamples {
    let tree: ProjectTree
    let cache: AnalysisCache
    let run: ConfiguredRun

    init() throws {
        tree = try ProjectTree([
            "a.md": String(decoding: try example("en-northwind-usage-pricing.md"), as: UTF8.self),
            "b.md": String(decoding: try example("ja-hokuto-battery-strategy.md"), as: UTF8.self),
        ])
        cache = AnalysisCache(folder: tree.path("cache"), toolIdentity: "test")
        var discovery = try ConfigurationDiscovery(loader: ConfigurationLoader(knownRules: Pipeline.knownRules))
        run = try ConfiguredRun(inputs: InputCollector().collect([tree.path("a.md"), tree.path("b.md")]).inputs,
                                discovery: &discovery)
    }

    var entries: [String] {
        (FileManager.default.enumerator(atPath: cache.folder)?.allObjects as? [String] ?? [])
            .filter { $0.count > 60 }.sorted()
    }
}

@Test func aSecondRunReadsTheCacheAndGivesTheSameResults() throws {
    let examples = try CachedExamples()
    defer { examples.tree.remove() }
    let first = CachingWorker(run: examples.run, cache: examples.cache)
    let checked = try first.checkedFile(0)
    let analysis = try first.analyze(1)
    #expect(examples.entries.count == 2)
    let bare = examples.run.worker()
    #expect(checked == CheckedFile(analysis: try bare.analyze(0), path: examples.run.items[0].input.displayPath))

    // Entries written, the articles' own text no longer matters: only the key does.
    let second = CachingWorker(run: examples.run, cache: examples.cache)
    #expect(try second.checkedFile(0) == checked)
    #expect(try JSONText.encode(second.analyze(1)) == JSONText.encode(analysis))
    // check takes what report left.
    #expect(try second.checkedFile(1) == CheckedFile(analysis: analysis, path: examples.run.items[1].input.displayPath))
    #expect(examples.entries.count == 3)
}

@Test func aCorruptTruncatedOrForeignEntryIsDeletedAndRecomputed() throws {
    let examples = try CachedExamples()
    defer { examples.tree.remove() }
    let worker = CachingWorker(run: examples.run, cache: examples.cache)
    let expected = try worker.checkedFile(0)
    let entry = examples.cache.folder + "/" + examples.entries[0]
    let original = Array(try Data(contentsOf: URL(fileURLWithPath: entry)))

    func damaged(_ bytes: [UInt8]) throws -> CheckedFile {
        try Data(bytes).write(to: URL(fileURLWithPath: entry))
        return try CachingWorker(run: examples.run, cache: examples.cache).checkedFile(0)
    }
    var flipped = original
    // A finding's message changed in place: still JSON, still the right length.
    let at = original.count - 40
    flipped[at] = flipped[at] == 0x61 ? 0x62 : 0x61
    let newline = original.firstIndex(of: 0x0A)!
    let header = String(decoding: original[..<newline], as: UTF8.self)
    let otherKey = String(repeating: "0", count: 64)
    let foreign = Array(header.replacingOccurrences(of: examples.entries[0].replacingOccurrences(of: "/", with: ""), with: otherKey).utf8)
        + original[newline...]
    let wrongSchema = Array("{\"findings\":\"none\"}".utf8)
    let wrongSchemaEntry = Array("ronten-cache/1 \(examples.entries[0].replacingOccurrences(of: "/", with: "")) \(wrongSchema.count) \(SHA256.hex(wrongSchema))\n".utf8) + wrongSchema

    for bytes in [flipped, Array(original.prefix(original.count / 2)), foreign, wrongSchemaEntry, [], Array("garbage".utf8)] {
        #expect(try damaged(bytes) == expected)
        // Recomputed and written again whole.
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: entry))) == original)
    }
}

@Test func theKeyChangesWithEverythingTheResultDependsOn() throws {
    let cache = AnalysisCache(folder: "unused", toolIdentity: "ronten 1")
    let base = cache.key(kind: .findings, options: "format=auto", path: "a.md", configuration: Configuration(), bytes: Array("A.".utf8))
    #expect(base.count == 64)
    #expect(base == cache.key(kind: .findings, options: "format=auto", path: "a.md", configuration: Configuration(), bytes: Array("A.".utf8)))
    let variants = [
        cache.key(kind: .analysis, options: "format=auto", path: "a.md", configuration: Configuration(), bytes: Array("A.".utf8)),
        cache.key(kind: .findings, options: "format=text", path: "a.md", configuration: Configuration(), bytes: Array("A.".utf8)),
        cache.key(kind: .findings, options: "format=auto", path: "b.md", configuration: Configuration(), bytes: Array("A.".utf8)),
        cache.key(kind: .findings, options: "format=auto", path: "a.md",
                  configuration: Configuration(rules: ["weak-phrasing": RuleSetting(enabled: false)]), bytes: Array("A.".utf8)),
        cache.key(kind: .findings, options: "format=auto", path: "a.md", configuration: Configuration(), bytes: Array("B.".utf8)),
        AnalysisCache(folder: "unused", toolIdentity: "ronten 2")
            .key(kind: .findings, options: "format=auto", path: "a.md", configuration: Configuration(), bytes: Array("A.".utf8)),
        // Field boundaries count: moving a byte from one field to the next is another key.
        cache.key(kind: .findings, options: "format=auto", path: "a.m", configuration: Configuration(), bytes: Array("dA.".utf8)),
    ]
    #expect(Set(variants + [base]).count == variants.count + 1)
}

@Test func theCacheFolderTellsGitAndBackupsToSkipIt() throws {
    let tree = try ProjectTree([:])
    defer { tree.remove() }
    let cache = AnalysisCache(folder: tree.path("c"), toolIdentity: "test")
    cache.prepareFolder()
    #expect(try String(contentsOfFile: tree.path("c/.gitignore"), encoding: .utf8).hasSuffix("\n*\n"))
    #expect(try String(contentsOfFile: tree.path("c/CACHEDIR.TAG"), encoding: .utf8).hasPrefix("Signature: 8a477f597d28d172789f06886806bc55\n"))
}

@Test func theDefaultFolderIsTheUsersCacheFolder() {
    #expect(AnalysisCache.defaultFolder(environment: ["XDG_CACHE_HOME": "/var/cache/me", "HOME": "/home/me"]) == "/var/cache/me/ronten")
    #expect(AnalysisCache.defaultFolder(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/home/me"]) == "/home/me/.cache/ronten")
    #expect(AnalysisCache.defaultFolder(environment: ["HOME": "/"]) == "/.cache/ronten")
    #expect(AnalysisCache.defaultFolder(environment: [:]) == ".ronten-cache")
}

@Test func pruningDeletesEntriesUnusedForThirtyDaysAndStrandedTemporaryFilesAtMostDaily() throws {
    let tree = try ProjectTree([
        "c/ab/old": "entry", "c/ab/recent": "entry", "c/cd/.x.1.2.tmp": "partial", "c/cd/.y.1.2.tmp": "partial",
        "c/keep.txt": "not an entry",
    ])
    defer { tree.remove() }
    let now = Date()
    func age(_ path: String, days: Double) throws {
        try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(-days * 24 * 3600)], ofItemAtPath: tree.path(path))
    }
    try age("c/ab/old", days: 31)
    try age("c/ab/recent", days: 29)
    try age("c/cd/.x.1.2.tmp", days: 1)
    let cache = AnalysisCache(folder: tree.path("c"), toolIdentity: "test")
    cache.prune(now: now)
    let left = (FileManager.default.enumerator(atPath: tree.path("c"))?.allObjects as? [String] ?? []).sorted()
    #expect(left == ["ab", "ab/recent", "cd", "cd/.y.1.2.tmp", "keep.txt", "pruned"])
    // Within a day of the last pruning, nothing is looked at.
    try age("c/ab/recent", days: 40)
    cache.prune(now: now.addingTimeInterval(3600))
    #expect(FileManager.default.fileExists(atPath: tree.path("c/ab/recent")))
}
