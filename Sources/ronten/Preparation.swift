import ArgumentParser
import Foundation
import Ronten
import RontenAnalysis
import RontenIngest

/// Options every command that reads articles shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files, folders (searched recursively for .md, .markdown and .txt) or - for standard input.")
    var paths: [String]

    @Option(name: .customLong("input-format"), help: "How to read input: auto (by extension), markdown or text.")
    var inputFormat: InputFormatOption = .auto

    @Option(help: "Configuration file to use instead of the .ronten.yml found from each file's folder upward.")
    var config: String?

    @Option(help: "Articles analysed at once (default: the processors available). Output is the same for any value.")
    var jobs: Int = Batch.availableJobs

    @OptionGroup var sharding: ShardOption

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one PATH (a file, a folder, or - for standard input).") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    /// The inputs under their configurations, or exit 2 naming the broken
    /// configuration file and line before anything is written.
    /// - Parameter collector: from the command's ``SearchOptions``, which
    ///   each command places after its own options.
    func prepare(segmented: Bool = false, includeTokens: Bool = false, buildsArgument: Bool = true,
                 collector: InputCollector = InputCollector())
        throws -> (run: ConfiguredRun, problems: [InputCollector.Problem]) {
        // The bundled lexicons compile (~15 ms) on another core while the
        // folders are searched; a run whose every article is cached would
        // otherwise wait for them before its first lookup.
        Thread.detachNewThread { _ = (CueMatcher.standard, Gazetteer.standard) }
        let (collected, problems) = collector.collect(paths)
        var pipeline = Pipeline(ingestor: Ingestor(format: inputFormat.format), segmented: segmented)
        pipeline.includeTokens = includeTokens
        pipeline.buildsArgument = buildsArgument
        let inputs = sharding.select(collected, arguments: paths)
        do {
            let known = Pipeline.knownRules
            var discovery = try ConfigurationDiscovery(loader: ConfigurationLoader(knownRules: known), explicitPath: config)
            let run = try ConfiguredRun(inputs: inputs, discovery: &discovery, base: pipeline, knownRules: known)
            return (run, problems)
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(2)
        }
    }
}

/// Which files a folder search reads.
struct SearchOptions: ParsableArguments {
    @Option(name: .customLong("include"), help: ArgumentHelp(
        "Read only the files found in a folder that GLOB matches, relative to that folder (repeatable; * ? [a-z] **). Files named on the command line are always read.",
        valueName: "GLOB"))
    var include: [String] = []

    @Option(name: .customLong("exclude"), help: ArgumentHelp(
        "Skip the files and folders found in a folder that GLOB matches, relative to that folder (repeatable).",
        valueName: "GLOB"))
    var exclude: [String] = []

    @Flag(name: .customLong("no-gitignore"), help: "Read files that .gitignore files exclude (by default they are skipped).")
    var noGitignore = false

    func validate() throws {
        for glob in include + exclude {
            if let problem = Glob.problem(in: glob) { throw ValidationError("--include/--exclude: \(problem)") }
        }
    }

    var collector: InputCollector {
        InputCollector(include: include.map(Glob.init), exclude: exclude.map(Glob.init), respectsGitignore: !noGitignore)
    }
}

/// The incremental cache, the progress line and interruption, for the
/// commands that write reports.
struct BatchOptions: ParsableArguments {
    @Option(name: .customLong("cache-dir"), help: ArgumentHelp(
        "Where results are kept between runs, so unchanged articles are not analysed again (default: $XDG_CACHE_HOME/ronten or ~/.cache/ronten).",
        valueName: "DIR"))
    var cacheDir: String?

    @Flag(name: .customLong("no-cache"), help: "Analyse every article; neither read nor write the cache.")
    var noCache = false

    @Flag(inversion: .prefixedNo, help: "Show a progress line on standard error (default: only when it is a terminal).")
    var progress: Bool?

    func validate() throws {
        if cacheDir?.isEmpty == true { throw ValidationError("--cache-dir needs a folder name.") }
    }

    /// The cache, its folder made, or nil for --no-cache.
    var cache: AnalysisCache? {
        guard !noCache else { return nil }
        let cache = AnalysisCache(folder: cacheDir ?? AnalysisCache.defaultFolder(), toolVersion: RontenVersion.string)
        cache.prepareFolder()
        cache.prune()
        return cache
    }

    /// Starts a batch of `total` articles: from here on SIGINT and SIGTERM
    /// stop the run between articles; returns the progress line to draw.
    func begin(total: Int) -> ProgressLine? {
        Interruption.install()
        return ProgressLine.forRun(total: total, requested: progress)
    }
}
