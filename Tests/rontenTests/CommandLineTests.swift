import Foundation
import Testing

/// A binary of this package's build, found beside the running tests.
func builtProduct(_ name: String) -> URL {
    // Tests run from .build/<config>/…xctest; the binaries sit beside it.
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    while url.pathComponents.count > 1 {
        let candidate = url.appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            return candidate
        }
        url.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: ".build/debug/\(name)")
}

/// The built `ronten` binary, run as a user runs it.
struct Ronten {
    static let executable = builtProduct("ronten")

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil,
                    executable: URL = executable) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ronten-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite struct CommandLineTests {
    @Test func helpListsTheCommandsAndExitCodes() throws {
        let result = try Ronten.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: ronten <subcommand>"))
        #expect(result.stdout.contains("analyze"))
        #expect(result.stdout.contains("segment"))
        #expect(result.stdout.contains("Exit codes: 0 when every input was read, 1 when some input failed"))
    }

    @Test func aMissingPathIsOneLineNamingItAndExitCodeOne() throws {
        let folder = try temporaryFolder()
        try "Meta moved first.".write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let result = try Ronten.run(["analyze", "--format", "jsonl", "missing.md", "a.md"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == "ronten: missing.md: no such file or folder\n")
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(result.stdout.contains("\"path\":\"a.md\""))
    }

    @Test func aBinaryFileFailsAloneWhileTheOthersAreRead() throws {
        let folder = try temporaryFolder()
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00]).write(to: folder.appendingPathComponent("b.md"))
        try "論点は一つだ。".write(to: folder.appendingPathComponent("c.md"), atomically: true, encoding: .utf8)
        let result = try Ronten.run(["analyze", "--format", "jsonl", "."], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == "ronten: ./b.md: binary content: control byte 0x00 at byte 4; not a text file\n")
        #expect(result.stdout.contains("論点は一つだ。"))
    }

    @Test func aFolderWithoutArticlesIsAnError() throws {
        let folder = try temporaryFolder()
        try "x".write(to: folder.appendingPathComponent("notes.json"), atomically: true, encoding: .utf8)
        let result = try Ronten.run(["analyze", "."], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("ronten: .: folder holds no articles"))
    }

    @Test func aUsageErrorExitsWithTwo() throws {
        let result = try Ronten.run(["analyze", "--format", "yaml", "x.md"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--format"))
        let none = try Ronten.run(["analyze"])
        #expect(none.status == 2)
    }

    @Test func readsStandardInput() throws {
        let result = try Ronten.run(["analyze", "-"], stdin: "# T\n\nHello there.\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"path\": \"-\""))
        #expect(result.stdout.contains("\"text\": \"Hello there.\""))
    }
}
