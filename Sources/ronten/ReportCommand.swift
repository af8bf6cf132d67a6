import ArgumentParser
import Foundation
import Ronten
import RontenIngest
import RontenCore
import RontenReport

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report per article (HTML page, Markdown, JSON) and an index for the run.",
        discussion: """
            For every article, DIR/<path relative to its PATH>.html, .md and .json \
            (a file given as PATH is named by its file name); for the run, \
            DIR/index.html and DIR/index.md. Every file is written to a temporary \
            file and renamed into place. DIR may not be an input folder, and no \
            report may overwrite an input file.

            With --from-jsonl, PATH names JSON Lines files of analyses (as \
            `ronten analyze --format jsonl` or `--jsonl` writes them, perhaps on \
            other machines): pages and the index are built from them without \
            reading any article. Each page is named by its source path relative \
            to the first --root that holds it. See docs/distributed.md.
            """
    )

    enum Format: String, CaseIterable {
        case html, md, json
    }

    @Argument(help: "Files or folders (searched recursively for .md, .markdown and .txt files); with --from-jsonl, JSON Lines files of analyses.")
    var paths: [String]

    @Flag(name: .customLong("from-jsonl"), help: "Build the reports from analyses in the JSON Lines files given as PATHs.")
    var fromJSONL = false

    @Option(name: .customLong("root"), help: ArgumentHelp("With --from-jsonl: the folder the source paths are relative to, as the folder given to a direct run (repeatable).", valueName: "DIR"))
    var roots: [String] = []

    @OptionGroup var sharding: ShardOption

    @Option(name: [.customShort("o"), .customLong("output")], help: "The folder to write reports into.")
    var output: String

    @Option(help: "Comma-separated formats: html, md, json.")
    var format: String = "html,md,json"

    @Option(help: "Labels in ja or en (default: each article's language; mixed reads as ja).")
    var locale: LocaleOption?

    @Option(help: "A folder with article.html.mustache, index.html.mustache, style.css and map.css to use instead of the built-in ones.")
    var templates: String?

    @Option(help: "Articles processed at once (default: the processors available). Output is the same for any value.")
    var jobs: Int = Batch.availableJobs

    @Option(help: "Configuration file to use instead of the .ronten.yml found from each file's folder upward.")
    var config: String?

    @OptionGroup var search: SearchOptions

    @OptionGroup var batch: BatchOptions

    enum LocaleOption: String, ExpressibleByArgument, CaseIterable {
        case ja, en
        var locale: ReportLocale { self == .ja ? .ja : .en }
    }

    var formats: Set<Format> {
        Set(format.split(separator: ",").compactMap { Format(rawValue: $0.trimmingCharacters(in: .whitespaces).lowercased()) })
    }

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one PATH (a file or a folder).") }
        if paths.contains("-") { throw ValidationError("report reads files and folders, not standard input.") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if !roots.isEmpty && !fromJSONL { throw ValidationError("--root goes with --from-jsonl; a direct run names pages relative to its PATHs.") }
        let requested = format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if requested.isEmpty || requested.contains(where: { Format(rawValue: $0) == nil }) {
            throw ValidationError("--format takes a comma-separated list of html, md and json, not '\(format)'.")
        }
    }

    func reportOptions() throws -> ReportOptions {
        let pageTemplates: PageTemplates
        do {
            pageTemplates = try templates.map { try PageTemplates(folder: $0) } ?? .embedded
        } catch {
            throw ValidationError("--templates: \(error)")
        }
        return ReportOptions(locale: locale?.locale, templates: pageTemplates)
    }

    /// Where the reports go, without a trailing slash.
    var folder: String { output.hasSuffix("/") && output.count > 1 ? String(output.dropLast()) : output }

    func file(_ name: String, _ ext: Format) -> String { folder + "/" + name + "." + ext.rawValue }

    func run() throws {
        if fromJSONL { return try runFromJSONL() }
        let options = try reportOptions()
        var failed = false
        // Everything kept per input (paths, names, the run's items and
        // pipelines, the workers' lexicons and taggers) is gone before the
        // index is built, and the memory it freed handed back: building the
        // index of many articles takes more than any one article, and a
        // peak is what counts.
        var entries = try writeArticles(options: options, failed: &failed)
        Batch.releaseFreedMemory()
        if !Interruption.critical({ writeIndex(entries, options: options) }) { failed = true }
        entries = []
        if failed { throw ExitCode(1) }
    }

    /// Makes the output folder before any article is read: one that cannot
    /// be made or written fails the run with one line, not a line for
    /// every page.
    func createOutputFolder() throws {
        do {
            try AtomicFile.createFolder(folder)
        } catch {
            Diagnostics.error("\(folder): cannot create the output folder: \(error.reason)")
            throw ExitCode(1)
        }
    }

    /// Plans every article's reports, writes them, and returns the index's
    /// entries in input order.
    private func writeArticles(options: ReportOptions, failed: inout Bool) throws -> [IndexEntry] {
        let formats = self.formats
        // Collected PATH by PATH so each article knows the folder its name is relative to.
        var inputs: [Input] = []
        var sources: [ReportLayout.Source] = []
        var inputFolders: [String] = []
        // The same file named twice (or by a link) is reported once. Its
        // canonical path from its folder's: resolving each file's whole
        // path stat-ed every component of it, six calls an article.
        var seen = Set<String>()
        var canonicals = ReportLayout.FolderCanonicals()
        for path in paths {
            var isDirectory: ObjCBool = false
            let isFolder = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            if isFolder { inputFolders.append(path) }
            let (found, problems) = search.collector.collect([path])
            for problem in problems {
                failed = true
                Diagnostics.error(problem.description)
            }
            for input in sharding.select(found, arguments: [path]) {
                guard case .file(let file) = input.location,
                      seen.insert(canonicals.canonical(file)).inserted else { continue }
                inputs.append(input)
                sources.append(ReportLayout.Source(path: input.displayPath, root: isFolder ? path : nil))
            }
        }
        let names = ReportLayout.names(sources)
        var planned: [String] = []
        for name in names + ["index"] { for ext in formats { planned.append(file(name, ext)) } }
        do {
            try ReportLayout.check(outputFolder: folder, inputFolders: inputFolders,
                                   inputFiles: sources.map(\.path), outputFiles: planned)
        } catch {
            throw ValidationError(error.description)
        }

        let run: ConfiguredRun
        do {
            let known = Pipeline.knownRules
            var discovery = try ConfigurationDiscovery(loader: ConfigurationLoader(knownRules: known), explicitPath: config)
            run = try ConfiguredRun(inputs: inputs, discovery: &discovery, knownRules: known)
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(2)
        }
        try createOutputFolder()
        // Names were planned for every input; a configuration may ignore some.
        let nameOf = Dictionary(zip(inputs.map(\.displayPath), names), uniquingKeysWith: { first, _ in first })
        let itemNames = run.items.map { nameOf[$0.input.displayPath] ?? $0.input.displayPath }
        var entries: [IndexEntry] = []
        let cache = batch.cache
        let progress = batch.begin(total: run.items.count)
        Batch.run(count: run.items.count, jobs: jobs, progress: progress, makeWorker: {
            let worker = CachingWorker(run: run, cache: cache)
            return { index -> RenderedArticle in
                do {
                    return try RenderedArticle(try worker.analyze(index), name: itemNames[index], options: options, formats: formats)
                } catch {
                    return RenderedArticle(failure: "\(error)")
                }
            }
        }, consume: { index, article in
            if article.failure != nil { progress?.clear() }
            if !write(article, name: itemNames[index], entries: &entries) { failed = true }
        })
        Interruption.exitIfRequested()
        return entries
    }

    /// Writes one article's files; false (after saying why) when that failed.
    func write(_ article: RenderedArticle, name: String, entries: inout [IndexEntry]) -> Bool {
        if let failure = article.failure {
            Diagnostics.error(failure)
            return false
        }
        do {
            if let html = article.html { try AtomicFile.write(html, to: file(name, .html)) }
            if let markdown = article.markdown { try AtomicFile.write(markdown, to: file(name, .md)) }
            if let json = article.json { try AtomicFile.write(json, to: file(name, .json)) }
            if let entry = article.entry { entries.append(entry) }
            return true
        } catch {
            Diagnostics.error("\(error)")
            return false
        }
    }

    func writeIndex(_ entries: [IndexEntry], options: ReportOptions) -> Bool {
        let index = IndexPage(entries, options: options)
        do {
            if formats.contains(.html) { try AtomicFile.write(Array(index.html().utf8), to: file("index", .html)) }
            if formats.contains(.md) { try AtomicFile.write(Array(index.markdown().utf8), to: file("index", .md)) }
            return true
        } catch {
            Diagnostics.error("\(error)")
            return false
        }
    }
}

extension ReportCommand.LocaleOption: Sendable {}

/// One article's reports, rendered on a worker thread and written in input order.
struct RenderedArticle: Sendable {
    var html: [UInt8]?
    var markdown: [UInt8]?
    var json: [UInt8]?
    var entry: IndexEntry?
    var failure: String?

    /// The formats asked for, of one analysis reported under `name`.
    init(_ analysis: Analysis, name: String, options: ReportOptions, formats: Set<ReportCommand.Format>) throws {
        let report = ArticleReport(analysis, options: options)
        self.init(
            html: formats.contains(.html) ? report.htmlBytes(indexLink: ReportLayout.indexLink(from: name)) : nil,
            markdown: formats.contains(.md) ? Array(report.markdown().utf8) : nil,
            json: formats.contains(.json) ? try JSONText.encodeLine(analysis) : nil,
            entry: report.indexEntry(page: name + (formats.contains(.html) ? ".html" : ".md"),
                                     markdown: formats.contains(.md) ? name + ".md" : nil),
            failure: nil)
    }

    init(html: [UInt8]? = nil, markdown: [UInt8]? = nil, json: [UInt8]? = nil, entry: IndexEntry? = nil, failure: String?) {
        self.html = html
        self.markdown = markdown
        self.json = json
        self.entry = entry
        self.failure = failure
    }
}
