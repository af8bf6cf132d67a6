import ArgumentParser
import Foundation
import Ronten
import RontenCore
import RontenIngest

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the document model: metadata, sections, paragraphs and sentences with their source ranges.",
        discussion: """
            PATH is a file, a folder (searched recursively for .md, .markdown and \
            .txt files) or - for standard input. Ranges give UTF-8 byte offsets \
            into the original file and 1-based lines and columns (UTF-16 code units).
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl
    }

    @Argument(help: "Files, folders or - for standard input.")
    var paths: [String]

    @Option(help: "json (one object, or an array for several documents) or jsonl (one document per line).")
    var format: OutputFormat = .json

    @Option(name: .customLong("input-format"), help: "How to read input: auto (by extension), markdown or text.")
    var inputFormat: InputFormatOption = .auto

    @Flag(help: "Each non-empty input line is one argumentative unit, never split further.")
    var segmented = false

    @Option(help: "Articles analysed at once (default: the processors available). Output is the same for any value.")
    var jobs: Int = Batch.availableJobs

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one PATH (a file, a folder, or - for standard input).") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        let pipeline = Pipeline(ingestor: Ingestor(format: inputFormat.format), segmented: segmented)
        let (inputs, problems) = InputCollector().collect(paths)
        var failed = !problems.isEmpty
        for problem in problems { Diagnostics.error(problem.description) }

        let output = OutputStream.standardOutput
        defer { output.flush() }
        let single = inputs.count == 1 && paths.count == 1 && problems.isEmpty
        var first = true
        if format == .json && !single { output.write("[\n") }
        let pretty = format == .json
        Batch.run(count: inputs.count, jobs: jobs, makeWorker: {
            let session = pipeline.session()
            return { index -> Outcome in
                do {
                    return .success(try JSONOutput.encode(try session.analyze(inputs[index]), pretty: pretty))
                } catch {
                    return .failure("\(error)")
                }
            }
        }, consume: { _, outcome in
            switch outcome {
            case .failure(let message):
                failed = true
                Diagnostics.error(message)
            case .success(let json):
                switch format {
                case .jsonl:
                    output.write(json + "\n")
                case .json:
                    if !single && !first { output.write(",\n") }
                    output.write(json)
                    if single { output.write("\n") }
                }
                first = false
            }
        })
        if format == .json && !single { output.write("\n]\n") }
        if failed { throw ExitCode(1) }
    }
}

enum InputFormatOption: String, ExpressibleByArgument, CaseIterable {
    case auto, markdown, text

    var format: Ingestor.Format {
        switch self {
        case .auto: return .auto
        case .markdown: return .markdown
        case .text: return .text
        }
    }
}

/// What one input came to: its encoded result or the one-line reason it failed.
enum Outcome: Sendable {
    case success(String)
    case failure(String)
}
