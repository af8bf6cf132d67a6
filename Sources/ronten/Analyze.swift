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

            With --jsonl, PATH (- for standard input) holds requests, one JSON \
            object per line: {"path": "a.md"} or {"id": "x", "text": "...", \
            "lang": "ja", "format": "markdown"}. Each line read gives one line \
            written, in order and at once: the analysis, or {"error": ..., \
            "line": N} for a line that failed (the stream goes on; the exit \
            code is 1 at the end). See docs/distributed.md.
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl
    }

    @OptionGroup var input: InputOptions

    @Option(help: "json (one object, or an array for several documents) or jsonl (one document per line; the only format with --jsonl).")
    var format: OutputFormat?

    @Flag(help: "Read requests as JSON Lines from PATH (- for standard input) and write one result line per request line.")
    var jsonl = false


    @Flag(help: "Each non-empty input line is one argumentative unit, never split further.")
    var segmented = false

    @Flag(help: "Include each sentence's tokens: surface, part of speech, base form, reading (MeCab's IPADIC analysis for Japanese).")
    var tokens = false

    @OptionGroup var search: SearchOptions



    func validate() throws {
        guard jsonl else { return }
        if input.paths.count != 1 { throw ValidationError("--jsonl reads requests from one PATH (- for standard input).") }
        if format == .json { throw ValidationError("--jsonl writes one line per request: use --format jsonl or leave --format out.") }
        if input.sharding.shard != nil { throw ValidationError("--shard selects files from folders; with --jsonl, split the request lines instead.") }
    }

    func run() throws {
        if jsonl { return try runRequests() }
        let format = self.format ?? .json
        let (run, problems) = try input.prepare(segmented: segmented, includeTokens: tokens, collector: search.collector)
        let paths = input.paths
        var failed = !problems.isEmpty
        for problem in problems { Diagnostics.error(problem.description) }

        // Results go out as the bytes the JSON writer made: a String of each
        // would cost a UTF-8 check and two copies of every result.
        var output = ResultBytes()
        defer { output.flush() }
        let single = run.items.count == 1 && paths.count == 1 && problems.isEmpty
        var first = true
        if format == .json && !single { output.write("[\n") }
        let pretty = format == .json
        Batch.run(count: run.items.count, jobs: input.jobs, makeWorker: {
            let worker = run.worker()
            return { index -> EncodedAnalysis in
                do {
                    let analysis = try worker.analyze(index)
                    return .success(pretty ? try JSONText.encode(analysis, pretty: true) : try JSONText.encodeLine(analysis))
                } catch {
                    return .failure("\(error)")
                }
            }
        }, consume: { _, outcome in
            switch outcome {
            case .failure(let message):
                failed = true
                // What came before the failure reaches standard output first.
                output.flush()
                Diagnostics.error(message)
            case .success(let json):
                switch format {
                case .jsonl:
                    output.write(json)
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

/// One analysis as JSON bytes, or the one-line reason it failed.
enum EncodedAnalysis: Sendable {
    case success([UInt8])
    case failure(String)
}

/// Buffered standard output for `analyze`'s results, written as bytes.
struct ResultBytes {
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(1 << 16) }

    mutating func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func write(_ literal: StaticString) {
        buffer.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        OutputStream.standardOutput.flush()
        StandardStreams.write(buffer, to: 1)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// What one input came to: its encoded result or the one-line reason it failed.
enum Outcome: Sendable {
    case success(String)
    case failure(String)
}
