import Foundation
import Testing

/// Ronten under Apache Spark (local mode): Tests/Spark/pipe_corpus.py pipes
/// JSON Lines requests through `RDD.pipe(..., checkCode=True)` and compares
/// the results with a local run byte for byte, then checks that a failing
/// ronten fails the job. Needs python3 and java on PATH; installs PyPI
/// `pyspark` when it is missing (about 460 MB, some minutes).
@Suite struct SparkPipeTests {
    static func onPath(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = String(folder) + "/" + name
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static let python = onPath("python3")
    static let java = onPath("java")
    static let ready = python != nil && java != nil

    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { url.deleteLastPathComponent() }
        return url
    }()

    /// The shared benchmark corpus when it is there (a subset of about 200
    /// files), else the examples in the repository.
    static var corpus: URL {
        let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: shared.path) ? shared : packageRoot.appendingPathComponent("Examples")
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: ready, "needs python3 and java (17 or later) on PATH"), .timeLimit(.minutes(20)))
    func sparkPipeGivesTheLocalRunsBytesAndAFailingRontenFailsTheJob() throws {
        let python = Self.python!
        if try Self.run(python, ["-c", "import pyspark"]).status != 0 {
            let install = try Self.run(python, ["-m", "pip", "install", "--quiet", "pyspark"])
            try #require(install.status == 0, "pip install pyspark failed: \(install.output.suffix(2000))")
        }
        let script = Self.packageRoot.appendingPathComponent("Tests/Spark/pipe_corpus.py").path
        let result = try Self.run(python, [script, Ronten.executable.path, Self.corpus.path, "--limit", "200"])
        #expect(result.status == 0, "\(result.output.suffix(3000))")
        #expect(result.output.contains("identical to the local run; failing ronten failed the job"))
    }
}
