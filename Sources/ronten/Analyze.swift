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

    @OptionGroup var input: InputOptions

    @Option(help: "json (one object, or an array for several documents) or jsonl (one document per line).")
    var format: OutputFormat = .json


    @Flag(help: "Each non-empty input line is one argumentative unit, never split further.")
    var segmented = false

    @OptionGroup var search: SearchOptions



    func run() throws {
        let (run, problems) = try input.prepare(segmented: segmented, collector: search.collector)
        let paths = input.paths
        var failed = !problems.isEmpty
        for problem in problems { Diagnostics.error(problem.description) }

        let output = OutputStream.standardOutput
        defer { output.flush() }
        let single = run.items.count == 1 && paths.count == 1 && problems.isEmpty
        var first = true
        if format == .json && !single { output.write("[\n") }
        let pretty = format == .json
        Batch.run(count: run.items.count, jobs: input.jobs, makeWorker: {
            let worker = run.worker()
            return { index -> Outcome in
                do {
                    return .success(try JSONOutput.encode(try worker.analyze(index), pretty: pretty))
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
