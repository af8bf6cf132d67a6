import Foundation
import Ronten
import RontenCore
import RontenIngest
import RontenReport

// Not named main.swift: top-level code clashes with -parse-as-library, which
// the libFuzzer build needs. SwiftPM renames every executable's entry point
// and points `main` at it, so libFuzzer's own `main` never runs; the entry
// point below starts libFuzzer's driver itself when the build linked it.

/// libFuzzer calls this with each input it tries. The first byte picks how
/// the rest is read, so one corpus covers every way the pipeline ingests.
/// A thrown `IngestError` is a clear refusal of bad input and is fine; a
/// trap, a sanitizer report, a hang or a broken invariant is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = UnsafeRawBufferPointer(start: start, count: count)
    guard let first = input.first else { return 0 }
    let bytes = Array(input.dropFirst())
    let mode = FuzzMode(first)
    let analysis: Analysis
    do {
        analysis = try FuzzMode.sessions[mode.index].analyze(bytes, path: mode.path)
    } catch is IngestError {
        return 0
    } catch {
        // Only the environment throws anything else (no MeCab dictionary):
        // stop, rather than fuzz a pipeline that skips its later stages.
        fatalError("ronten-fuzz: \(error)")
    }
    FuzzInvariants.check(analysis, byteCount: bytes.count)
    // The command line prints every analysis as JSON; encoding is part of the run.
    _ = try? JSONText.string(analysis, pretty: false)
    // And `report` renders it: cmark trees built in their own arenas, the
    // map's labels and the marks written into raw buffers.
    let report = ArticleReport(analysis)
    let page = report.htmlBytes()
    precondition(String(validating: page, as: UTF8.self) != nil, "the HTML page is not UTF-8")
    // Article text enters only escaped: every tag is one of the page's own.
    let foreign = PageTags.unexpected(in: page)
    precondition(foreign.isEmpty, "markup that is not the page's own: \(foreign.prefix(5))")
    _ = report.markdown()
    return 0
}

/// How the first byte of a fuzz input chooses the ingestion.
enum FuzzMode {
    case markdown, plainText, segmented

    init(_ byte: UInt8) {
        switch byte % 3 {
        case 0: self = .markdown
        case 1: self = .plainText
        default: self = .segmented
        }
    }

    var index: Int {
        switch self {
        case .markdown: return 0
        case .plainText: return 1
        case .segmented: return 2
        }
    }

    var path: String { self == .markdown ? "fuzz.md" : "fuzz.txt" }

    var pipeline: Pipeline {
        switch self {
        case .markdown: return Pipeline(ingestor: Ingestor(format: .markdown))
        case .plainText: return Pipeline(ingestor: Ingestor(format: .text))
        case .segmented: return Pipeline(ingestor: Ingestor(format: .text), segmented: true)
        }
    }

    /// One session per mode for the whole run, as a batch worker keeps one:
    /// loading MeCab's dictionary per input would leave no time to fuzz.
    /// libFuzzer calls the entry point from one thread only, so the sessions
    /// (not thread-safe) are never shared.
    nonisolated(unsafe) static let sessions: [Pipeline.Session] =
        [FuzzMode.markdown, .plainText, .segmented].map { $0.pipeline.session() }
}

/// What must hold for any input: every range lies inside the original bytes
/// and counts lines and columns from 1 (DESIGN.md: positions are exact).
enum FuzzInvariants {
    static func check(_ analysis: Analysis, byteCount: Int) {
        let document = analysis.document
        precondition(document.source.byteCount == byteCount, "byte count \(document.source.byteCount) ≠ \(byteCount)")
        for block in document.blocks {
            check(block.range, byteCount: byteCount, what: "block \(block.id)")
            for sentence in block.sentences {
                check(sentence.range, byteCount: byteCount, what: "sentence \(sentence.id)")
            }
        }
        for section in document.sections {
            if let heading = section.heading { check(heading.range, byteCount: byteCount, what: "heading of \(section.id)") }
        }
    }

    static func check(_ range: SourceRange, byteCount: Int, what: String) {
        precondition(0 <= range.start.offset && range.start.offset <= range.end.offset && range.end.offset <= byteCount,
                     "\(what): range \(range.start.offset)..<\(range.end.offset) outside 0..<\(byteCount)")
        precondition(range.start.line >= 1 && range.start.column >= 1 && range.end.line >= range.start.line,
                     "\(what): line or column out of order in \(range)")
    }
}

#if FUZZING
/// libFuzzer's driver, for programs whose `main` is their own (LLVM 13+).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif

/// The entry point of both builds. `--write-seeds DIR [EXAMPLES...]` fills a
/// corpus folder. `make fuzz` builds with
/// `-sanitize=fuzzer -DFUZZING`, and the command line goes to libFuzzer; a
/// plain `swift build` replays the files given as arguments through the same
/// function, to reproduce a crash found by `make fuzz` in an ordinary debugger.
@main
enum FuzzEntry {
    static func main() {
        let arguments = CommandLine.arguments
        if arguments.count >= 3, arguments[1] == "--write-seeds" {
            do {
                try HostileSeeds.write(into: arguments[2], examples: Array(arguments.dropFirst(3)))
            } catch {
                print("ronten-fuzz: cannot write seeds: \(error)")
                exit(1)
            }
            return
        }
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv) { data, count in
            fuzz(UnsafeRawPointer(data) ?? UnsafeRawPointer(bitPattern: 1)!, count)
        })
        #else
        replay(CommandLine.arguments.dropFirst())
        #endif
    }

    static func replay(_ paths: ArraySlice<String>) {
        if paths.isEmpty || paths.contains(where: { $0.hasPrefix("-") }) {
            print("usage: ronten-fuzz FILE...  (replays inputs; for libFuzzer build with "
                + "-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING, as `make fuzz` does)")
            return
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(path): cannot read")
                continue
            }
            let bytes = [UInt8](data)
            _ = bytes.withUnsafeBytes { fuzz($0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, $0.count) }
            print("\(path): ok (\(bytes.count) bytes)")
        }
    }
}
