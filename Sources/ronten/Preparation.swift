import ArgumentParser
import Foundation
import Ronten
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
    func prepare(segmented: Bool = false, includeTokens: Bool = false) throws -> (run: ConfiguredRun, problems: [InputCollector.Problem]) {
        var pipeline = Pipeline(ingestor: Ingestor(format: inputFormat.format), segmented: segmented)
        pipeline.includeTokens = includeTokens
        let (collected, problems) = InputCollector().collect(paths)
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
