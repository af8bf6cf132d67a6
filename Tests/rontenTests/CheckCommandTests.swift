import Foundation
import Testing

/// `ronten check` through the built binary. No rule produces findings yet,
/// so these cover what the command itself decides: exit codes, unreadable
/// inputs, --output and byte-identical output; the formats' handling of
/// findings is covered by the formatter tests in RontenReportTests.
@Suite struct CheckCommandTests {
    func folder(_ files: [String: String]) throws -> URL {
        let folder = try temporaryFolder()
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func helpListsTheFormatsThresholdsAndExitCodes() throws {
        let result = try Ronten.run(["check", "--help"])
        #expect(result.status == 0)
        let help = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        // Past 12 options ArgumentParser shortens the usage line to [<options>]; the list keeps their order.
        #expect(help.contains("USAGE: ronten check [<options>] <paths> ..."))
        let positions = ["--input-format <input-format>", "--config <config>", "--jobs <jobs>", "--shard <i/n>", "--format <format>",
                         "--fail-on <fail-on>", "--output <FILE>", "--include <GLOB>", "--exclude <GLOB>", "--no-gitignore",
                         "--cache-dir <DIR>", "--no-cache", "--progress/--no-progress"].compactMap { help.range(of: $0)?.lowerBound }
        #expect(positions.count == 13)
        #expect(positions == positions.sorted())
        #expect(help.contains("(values: text, json, sarif, github, junit, checkstyle; default: text)"))
        #expect(help.contains("(values: error, warning, info, never; default: error)"))
        #expect(help.contains("Exit codes: 0 when no finding reaches --fail-on, 1 when one does, 2 for a usage error or an input that could not be read"))
        #expect(try Ronten.run(["--help"]).stdout.contains("check"))
    }

    @Test func cleanFilesExitWithZeroAndASummary() throws {
        let folder = try folder(["a.md": "# A\n\n論点は一つだ。\n", "b b.txt": "Meta moved first.\n"])
        for failOn in ["error", "warning", "info", "never"] {
            let result = try Ronten.run(["check", "--fail-on", failOn, "."], in: folder)
            #expect(result.status == 0)
            #expect(result.stdout == "no findings in 2 files\n")
            #expect(result.stderr == "")
        }
    }

    @Test func anUnreadableInputExitsWithTwoNamingItOnStandardErrorWhileTheOthersAreChecked() throws {
        let folder = try folder(["a.md": "論点は一つだ。\n"])
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00]).write(to: folder.appendingPathComponent("b.md"))
        let result = try Ronten.run(["check", "--fail-on", "never", "missing.md", "."], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == """
            ronten: missing.md: no such file or folder
            ronten: ./b.md: binary content: control byte 0x00 at byte 4; not a text file

            """)
        #expect(result.stdout == """
            ./b.md: could not be read: binary content: control byte 0x00 at byte 4; not a text file

            missing.md: could not be read: no such file or folder

            no findings in 1 file; 2 files could not be read

            """)
    }

    @Test func unreadableInputsAreInTheReportWhereTheFormatHasAPlaceForThem() throws {
        let folder = try folder(["a.md": "論点は一つだ。\n"])
        let sarif = try Ronten.run(["check", "--format", "sarif", "a.md", "missing.md"], in: folder)
        #expect(sarif.status == 2)
        #expect(sarif.stdout.contains(#""executionSuccessful": false"#))
        #expect(sarif.stdout.contains(#""message": {"text": "missing.md: no such file or folder"}"#))
        #expect(sarif.stdout.contains(#""artifactLocation": {"uri": "missing.md", "uriBaseId": "%SRCROOT%"}"#))
        let junit = try Ronten.run(["check", "--format", "junit", "a.md", "missing.md"], in: folder)
        #expect(junit.status == 2)
        #expect(junit.stdout.contains(#"<error message="no such file or folder" type="unreadable-input">missing.md: no such file or folder</error>"#))
        let github = try Ronten.run(["check", "--format", "github", "a.md", "missing.md"], in: folder)
        #expect(github.stdout == "::error file=missing.md,title=unreadable input::missing.md: no such file or folder\n")
        let json = try Ronten.run(["check", "--format", "json", "a.md", "missing.md"], in: folder)
        #expect(json.stdout.contains(#"{"path": "missing.md", "error": "no such file or folder"}"#))
    }

    @Test func usageErrorsExitWithTwo() throws {
        for arguments in [["check", "--format", "yaml", "a.md"], ["check", "--fail-on", "sometimes", "a.md"],
                          ["check"], ["check", "--jobs", "0", "a.md"], ["check", "--output", "", "a.md"]] {
            let result = try Ronten.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stdout == "")
        }
    }

    @Test func outputGoesToTheFileAtomicallyAndLeavesTheExitCodeAlone() throws {
        let folder = try folder(["a.md": "論点は一つだ。\n"])
        let printed = try Ronten.run(["check", "--format", "checkstyle", "a.md", "missing.md"], in: folder)
        let written = try Ronten.run(["check", "--format", "checkstyle", "--output", "report.xml", "a.md", "missing.md"], in: folder)
        #expect(written.status == printed.status)
        #expect(written.status == 2)
        #expect(written.stdout == "")
        #expect(written.stderr == "ronten: missing.md: no such file or folder\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("report.xml"), encoding: .utf8) == printed.stdout)
        // Nothing but the articles and the report: the temporary file was renamed.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.md", "report.xml"])
        let clean = try Ronten.run(["check", "--output", "report.txt", "a.md"], in: folder)
        #expect(clean.status == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("report.txt"), encoding: .utf8) == "no findings in 1 file\n")
    }

    @Test func aReportThatCannotBeWrittenExitsWithTwo() throws {
        let folder = try folder(["a.md": "論点は一つだ。\n"])
        let result = try Ronten.run(["check", "--output", "no/such/folder/report.sarif", "a.md"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("ronten: no/such/folder/report.sarif: cannot write the report: "))
    }

    @Test func outputIsTheSameBytesOnEveryRunAndForAnyNumberOfJobs() throws {
        var files: [String: String] = [:]
        for i in 0..<12 {
            files["docs/\(i % 3)/記事 \(i).md"] = "# 見出し \(i)\n\nこの戦略は必ず成功する。多くの企業が追随した。\n\nSome say it will dominate.\n"
        }
        let folder = try folder(files)
        for format in ["text", "json", "sarif", "github", "junit", "checkstyle"] {
            let one = try Ronten.run(["check", "--format", format, "--jobs", "1", "docs", "missing.md"], in: folder)
            let two = try Ronten.run(["check", "--format", format, "--jobs", "2", "docs", "missing.md"], in: folder)
            let again = try Ronten.run(["check", "--format", format, "--jobs", "2", "docs", "missing.md"], in: folder)
            #expect(one.status == 2)
            #expect(one.stdout == two.stdout, "\(format)")
            #expect(two.stdout == again.stdout, "\(format)")
            #expect(!one.stdout.isEmpty)
        }
        let json = try Ronten.run(["check", "--format", "json", "docs"], in: folder)
        let paths = json.stdout.split(separator: "\n").filter { $0.contains("\"path\"") }
        #expect(paths.first?.contains("docs/0/記事 0.md") == true)
        #expect(paths.count == 12)
    }

    /// Runs `ronten check` on a pseudo-terminal through util-linux `script`.
    func onTerminal(_ arguments: [String], noColour: String?, in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        let command = ([Ronten.executable.path, "check"] + arguments).map { "'\($0)'" }.joined(separator: " ")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = noColour
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs util-linux script for a terminal"))
    func aTerminalGetsColourUnlessNoColourHasAValue() throws {
        let folder = try folder(["a.md": "x\n"])
        let coloured = try onTerminal(["a.md", "missing.md"], noColour: nil, in: folder)
        #expect(coloured.contains("\u{1B}[1mmissing.md\u{1B}[0m: \u{1B}[1;31mcould not be read\u{1B}[0m: no such file or folder"))
        #expect(try onTerminal(["a.md", "missing.md"], noColour: "", in: folder).contains("\u{1B}[1m"))
        let plain = try onTerminal(["a.md", "missing.md"], noColour: "1", in: folder)
        #expect(plain.contains("missing.md: could not be read: no such file or folder"))
        #expect(!plain.contains("\u{1B}"))
    }

    @Test func aPipeGetsNoColour() throws {
        let folder = try folder(["a.md": "x\n"])
        let result = try Ronten.run(["check", "a.md", "missing.md"], in: folder)
        #expect(!result.stdout.contains("\u{1B}"))
    }
}
