import Foundation
#if canImport(Glibc)
import Glibc
#endif

// `make bench`: times Ronten's whole pipeline over the benchmark corpus and,
// in the same run, the reference tools on the same files (cmark rendering
// all of it, mecab tokenising the Japanese half). CPU time and peak memory
// come from the kernel's rusage of each child process.

struct Options {
    var corpus = "../shared/corpus"
    var ronten = ".build/release/ronten"
    var scratch = "build/bench"
    /// Where the timed runs write their pages. On ext4 a tree of thousands of
    /// files deleted in the last minutes makes every new file's inode cost a
    /// search past them (`recently_deleted`, up to six minutes), which put up
    /// to 3 s of kernel time on a run depending on what ran before it; a
    /// memory file system writes the same bytes without that state.
    var output = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm/ronten-bench-\(getpid())" : "build/bench/out"
    var repeatFactor = 5
    /// Turns of the three runs the CPU ratio rests on (cmark, mecab, Ronten
    /// at `--jobs 1`, one after another); the turn with the median ratio is
    /// shown. One run of the same binary differs from the next by up to 15 %
    /// on this machine.
    var runs = 3
    /// The whole pipeline: analysis, tree, findings and the HTML and JSON reports.
    var rontenArguments = ["report", "--format", "html,json", "--no-cache"]
    var markdownTable = false

    static let usage = """
        usage: ronten-bench [options]

        Times Ronten's whole pipeline (`ronten report --format html,json
        --no-cache`) over the benchmark corpus against `cmark` (all of it) and
        `mecab` (its ja/ half) on the same files: with --jobs 1 and 2, on the
        corpus repeated, and `ronten check` with a cold and a warm cache.

          --corpus DIR     the corpus, holding ja/ and en/ (default ../shared/corpus)
          --ronten PATH    the ronten binary (default .build/release/ronten)
          --scratch DIR    concatenated inputs and the check cache (default build/bench)
          --output DIR     where the timed runs write their pages (default
                           /dev/shm/ronten-bench-PID, else build/bench/out)
          --repeat N       copies of the corpus in the growth run (default 5)
          --runs N         turns of cmark, mecab and ronten --jobs 1 (default 3)
          --command ARGS   the ronten arguments timed, space-separated
          --markdown       the table as Markdown
          -h, --help       this text

        """

    init(_ arguments: [String]) {
        var i = 1
        while i < arguments.count {
            let option = arguments[i]
            /// The option's value; a missing one is a usage error, not an empty path.
            func value() -> String {
                guard i + 1 < arguments.count else { Self.fail("\(option) needs a value") }
                i += 1
                return arguments[i]
            }
            func count(atLeast least: Int) -> Int {
                let text = value()
                guard let number = Int(text), number >= least else {
                    Self.fail("\(option) needs a whole number of at least \(least), not '\(text)'")
                }
                return number
            }
            switch option {
            case "--corpus": corpus = value()
            case "--ronten": ronten = value()
            case "--scratch": scratch = value()
            case "--output": output = value()
            case "--repeat": repeatFactor = count(atLeast: 2)
            case "--runs": runs = count(atLeast: 1)
            case "--command": rontenArguments = value().split(separator: " ").map(String.init)
            case "--markdown": markdownTable = true
            case "-h", "--help":
                FileHandle.standardOutput.write(Data(Self.usage.utf8))
                exit(0)
            default:
                Self.fail("unknown option \(option)")
            }
            i += 1
        }
    }

    /// A usage error: one line and the way to the options, exit status 2.
    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("ronten-bench: \(message) (see ronten-bench --help)\n".utf8))
        exit(2)
    }
}

struct Measurement {
    var name: String
    var wall: Double
    var cpu: Double
    var peakMB: Double
    var bytes: Int
    var documents: Int
    var megabytesPerSecond: Double { Double(bytes) / 1_048_576 / max(wall, 1e-9) }
    var documentsPerSecond: Double { Double(documents) / max(wall, 1e-9) }
}

/// Runs a command with stdout to /dev/null and returns wall and CPU seconds
/// and peak resident memory of that child alone.
func measure(_ name: String, _ command: [String], bytes: Int, documents: Int, stdin: String? = nil) -> Measurement {
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    if let stdin { posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0) }
    var pid: pid_t = 0
    let argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let start = Date()
    let spawned = posix_spawnp(&pid, command[0], &actions, nil, argv, environ)
    guard spawned == 0 else {
        FileHandle.standardError.write(Data("ronten-bench: cannot run \(command[0]): \(String(cString: strerror(spawned)))\n".utf8))
        exit(1)
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let wall = Date().timeIntervalSince(start)
    if status != 0 {
        FileHandle.standardError.write(Data("ronten-bench: \(command.prefix(3).joined(separator: " ")) … exited with status \(status >> 8)\n".utf8))
    }
    let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return Measurement(name: name, wall: wall, cpu: cpu, peakMB: Double(usage.ru_maxrss) / 1024, bytes: bytes, documents: documents)
}

func articles(under folder: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
    var files: [String] = []
    while let path = enumerator.nextObject() as? String {
        let ext = (path as NSString).pathExtension.lowercased()
        if ["md", "markdown", "txt"].contains(ext) { files.append(folder + "/" + path) }
    }
    return files.sorted()
}

func size(_ files: [String]) -> Int {
    files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
}

/// One file holding all the given files, for tools that read standard input.
func concatenate(_ files: [String], into path: String) {
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    let handle = FileHandle(forWritingAtPath: path)!
    for file in files {
        if let data = FileManager.default.contents(atPath: file) { handle.write(data); handle.write(Data("\n".utf8)) }
    }
    handle.closeFile()
}

let options = Options(CommandLine.arguments)
// The articles live in the language folders; the corpus's own README is not one.
let corpusFolders = ["ja", "en"].map { options.corpus + "/" + $0 }
let all = corpusFolders.flatMap { articles(under: $0) }
let japanese = all.filter { $0.contains("/ja/") }
guard !all.isEmpty else {
    // The corpus is not part of the repository: say where it was looked for.
    FileHandle.standardError.write(Data("ronten-bench: no articles under \(options.corpus)/ja or \(options.corpus)/en (give the corpus with --corpus DIR)\n".utf8))
    exit(1)
}
try? FileManager.default.createDirectory(atPath: options.scratch, withIntermediateDirectories: true)
let allText = options.scratch + "/all.txt", jaText = options.scratch + "/ja.txt"
concatenate(all, into: allText)
concatenate(japanese, into: jaText)

// The corpus repeated, as separate files, to see how cost grows with size.
let repeated = options.scratch + "/corpus-x\(options.repeatFactor)"
if !FileManager.default.fileExists(atPath: repeated) {
    for copy in 1...options.repeatFactor {
        for file in all {
            let target = repeated + "/\(copy)/" + file.dropFirst(options.corpus.count + 1)
            try? FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? FileManager.default.copyItem(atPath: file, toPath: target)
        }
    }
}

let allBytes = size(all), jaBytes = size(japanese)
var rows: [Measurement] = []
let output = options.output
func fresh() { try? FileManager.default.removeItem(atPath: output) }
// The three runs the CPU ratio rests on, taken in turn so that the machine's
// drift over the minutes falls on all three alike.
var cmarkRuns: [Measurement] = [], mecabRuns: [Measurement] = [], ronten1Runs: [Measurement] = []
for _ in 0..<options.runs {
    cmarkRuns.append(measure("cmark (all, 1 core)", ["cmark", allText], bytes: allBytes, documents: all.count))
    mecabRuns.append(measure("mecab (ja, 1 core)", ["mecab", jaText], bytes: jaBytes, documents: japanese.count))
    fresh()
    ronten1Runs.append(measure("ronten --jobs 1", [options.ronten] + options.rontenArguments + ["--jobs", "1", "-o", output] + corpusFolders,
                               bytes: allBytes, documents: all.count))
}
// The turn whose ratio is the median one (the lower middle of an even
// number): its three rows are shown, so the ratio is read off the table.
let turnRatios = (0..<options.runs).map { ronten1Runs[$0].cpu / (cmarkRuns[$0].cpu + mecabRuns[$0].cpu) }
let medianTurn = turnRatios.indices.sorted { turnRatios[$0] < turnRatios[$1] }[(options.runs - 1) / 2]
let cmark = cmarkRuns[medianTurn], mecab = mecabRuns[medianTurn], ronten1 = ronten1Runs[medianTurn]
rows += [cmark, mecab]
fresh()
// Japanese analysis alone (findings out, no pages), against mecab on the same files.
let japaneseCheck = measure("ronten check ja --jobs 1",
                            [options.ronten, "check", "--format", "json", "--fail-on", "never", "--no-cache", "--jobs", "1",
                             options.corpus + "/ja"], bytes: jaBytes, documents: japanese.count)
// The analysis alone (ingest, evaluation, findings, tree), as JSON Lines to /dev/null.
let analysisOnly = measure("ronten analyze --jobs 2", [options.ronten, "analyze", "--format", "jsonl", "--jobs", "2"] + corpusFolders,
                           bytes: allBytes, documents: all.count)
fresh()
let ronten2 = measure("ronten --jobs 2", [options.ronten] + options.rontenArguments + ["--jobs", "2", "-o", output] + corpusFolders,
                      bytes: allBytes, documents: all.count)
fresh()
let rontenX = measure("ronten --jobs 2 (x\(options.repeatFactor))",
                      [options.ronten] + options.rontenArguments + ["--jobs", "2", "-o", output, repeated],
                      bytes: allBytes * options.repeatFactor, documents: all.count * options.repeatFactor)
fresh()
// Incremental: the same check twice over one cache folder.
let cacheFolder = options.scratch + "/cache"
try? FileManager.default.removeItem(atPath: cacheFolder)
let checkArguments = [options.ronten, "check", "--format", "json", "--fail-on", "never", "--jobs", "2",
                      "--cache-dir", cacheFolder, "--output", options.scratch + "/check.json"] + corpusFolders
let cold = measure("ronten check (cold cache)", checkArguments, bytes: allBytes, documents: all.count)
let warm = measure("ronten check (warm cache)", checkArguments, bytes: allBytes, documents: all.count)
try? FileManager.default.removeItem(atPath: cacheFolder)
rows += [japaneseCheck, analysisOnly, ronten1, ronten2, rontenX, cold, warm]

func format(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }

/// The machine the figures belong to, from /proc and /etc/os-release where
/// they exist, so that a pasted table says what it was measured on.
func machineDescription() -> String {
    func firstValue(_ file: String, _ key: String, separator: Character) -> String? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(key) {
            guard let cut = line.firstIndex(of: separator) else { continue }
            return line[line.index(after: cut)...].trimmingCharacters(in: .whitespaces)
                .trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }
    var parts: [String] = []
    if let cpu = firstValue("/proc/cpuinfo", "model name", separator: ":") { parts.append(cpu) }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    parts.append("\(cores) core\(cores == 1 ? "" : "s")")
    parts.append("\(format(Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824, 1)) GiB of memory")
    if let system = firstValue("/etc/os-release", "PRETTY_NAME", separator: "=") { parts.append(system) }
    let stamp = ISO8601DateFormatter().string(from: Date())
    return parts.joined(separator: ", ") + "; " + stamp
}

print("Machine: \(machineDescription())")

print("Corpus: \(all.count) articles, \(format(Double(allBytes) / 1_048_576, 1)) MB (\(japanese.count) Japanese, \(format(Double(jaBytes) / 1_048_576, 1)) MB)")
print("Ronten: \(([options.ronten] + options.rontenArguments).joined(separator: " "))")
print("Pages written to: \(output)")
if options.runs > 1 {
    let spread = { (runs: [Measurement]) in runs.map { format($0.cpu) }.joined(separator: ", ") }
    print("cmark, mecab and ronten --jobs 1: \(options.runs) turns; the rows are turn \(medianTurn + 1), the median ratio (CPU s: cmark \(spread(cmarkRuns)); mecab \(spread(mecabRuns)); ronten \(spread(ronten1Runs)))")
}
print("")
let header = ["tool", "wall s", "CPU s", "MB/s", "docs/s", "peak MB"]
let table = rows.map { [$0.name, format($0.wall), format($0.cpu), format($0.megabytesPerSecond, 1),
                        format($0.documentsPerSecond, 0), format($0.peakMB, 1)] }
if options.markdownTable {
    print("| " + header.joined(separator: " | ") + " |")
    print("|" + header.map { _ in "---" }.joined(separator: "|") + "|")
    for row in table { print("| " + row.joined(separator: " | ") + " |") }
} else {
    let widths = header.indices.map { i in max(header[i].count, table.map { $0[i].count }.max() ?? 0) }
    func line(_ cells: [String]) -> String {
        cells.enumerated().map { i, c in i == 0 ? c.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            : String(repeating: " ", count: widths[i] - c.count) + c }.joined(separator: "  ")
    }
    print(line(header))
    for row in table { print(line(row)) }
}
print("")
let reference = cmark.cpu + mecab.cpu
print("CPU ratio, ronten / (mecab ja + cmark all):  \(format(ronten1.cpu / reference))  (target ≤ 3.00)")
if options.runs > 1 {
    print("  each turn's ratio:                          \(turnRatios.map { format($0) }.joined(separator: ", "))")
}
print("Japanese analysis speed, mecab / ronten check: \(format(mecab.cpu / japaneseCheck.cpu))  (target ≥ 0.33)")
print("Pages over analysis (CPU, --jobs 2):         \(format((ronten2.cpu - analysisOnly.cpu) / analysisOnly.cpu))  (target ≤ 1.00)")
print("Wall speed-up, --jobs 2 over --jobs 1:        \(format(ronten1.wall / ronten2.wall))  (target ≥ 1.70)")
print("Growth, x\(options.repeatFactor) corpus over x1 (wall, --jobs 2):    \(format(rontenX.wall / ronten2.wall))  (target ≤ \(format(Double(options.repeatFactor) * 1.1, 1)))")
print("Warm cache, second check over first (wall):  \(format(warm.wall / cold.wall))  (target < 0.10)")
print("Peak memory, x1 / x\(options.repeatFactor):                       \(format(ronten2.peakMB, 1)) MB / \(format(rontenX.peakMB, 1)) MB  (target < 200 MB)")
