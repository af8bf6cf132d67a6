import Foundation
import Testing

private let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples")

/// A folder holding `copies` copies of each example article, in folders of
/// their own so the report names do not clash.
private func articleFolder(copies: Int = 1) throws -> URL {
    let folder = try temporaryFolder()
    let names = try FileManager.default.contentsOfDirectory(atPath: examples.path).sorted()
    for copy in 0..<copies {
        let target = folder.appendingPathComponent("docs/\(copy)")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for name in names {
            try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: target.appendingPathComponent(name))
        }
    }
    return folder
}

/// Every file under `folder`, relative path → bytes.
private func contents(of folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for case let path as String in FileManager.default.enumerator(atPath: folder.path) ?? .init() {
        let url = folder.appendingPathComponent(path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[path] = try Data(contentsOf: url)
        }
    }
    return files
}

@Suite struct BatchCommandTests {
    @Test func aSecondRunFromTheCacheWritesTheSameCheckReportsByteForByte() throws {
        let folder = try articleFolder()
        for format in ["json", "sarif", "text", "checkstyle"] {
            let fresh = try Ronten.run(["check", "--no-cache", "--fail-on", "never", "--format", format, "docs"], in: folder)
            let filling = try Ronten.run(["check", "--cache-dir", "cache", "--fail-on", "never", "--format", format, "docs"], in: folder)
            let cached = try Ronten.run(["check", "--cache-dir", "cache", "--fail-on", "never", "--format", format, "docs"], in: folder)
            #expect(fresh.status == 0)
            #expect(!fresh.stdout.isEmpty)
            #expect(filling.stdout == fresh.stdout, "\(format)")
            #expect(cached.stdout == fresh.stdout, "\(format)")
            #expect(cached.stderr == "")
        }
        let entries = try contents(of: folder.appendingPathComponent("cache")).keys.filter { $0.count > 60 }
        #expect(entries.count == 3)
    }

    @Test func aSecondRunFromTheCacheWritesTheSameReportFilesByteForByte() throws {
        let folder = try articleFolder()
        let fresh = try Ronten.run(["report", "--no-cache", "docs", "-o", "fresh"], in: folder)
        _ = try Ronten.run(["report", "docs", "-o", "filling", "--cache-dir", "cache"], in: folder)
        let cached = try Ronten.run(["report", "docs", "-o", "cached", "--cache-dir", "cache"], in: folder)
        #expect(fresh.status == 0)
        #expect(cached.status == 0)
        let expected = try contents(of: folder.appendingPathComponent("fresh"))
        #expect(expected.count == 3 * 3 + 2)
        #expect(try contents(of: folder.appendingPathComponent("filling")) == expected)
        #expect(try contents(of: folder.appendingPathComponent("cached")) == expected)
        // check then reads what report cached, and agrees with a fresh check.
        let checked = try Ronten.run(["check", "--cache-dir", "cache", "--format", "json", "--fail-on", "never", "docs"], in: folder)
        #expect(checked.stdout == (try Ronten.run(["check", "--no-cache", "--format", "json", "--fail-on", "never", "docs"], in: folder)).stdout)
    }

    @Test func noCacheLeavesNoCacheFolderAndCacheDirChoosesIt() throws {
        let folder = try articleFolder()
        _ = try Ronten.run(["check", "--no-cache", "--cache-dir", "cache", "docs"], in: folder)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("cache").path))
        _ = try Ronten.run(["check", "--cache-dir", "elsewhere/cache", "docs"], in: folder)
        #expect(try contents(of: folder.appendingPathComponent("elsewhere/cache")).keys.filter { $0.count > 60 }.count == 3)
    }

    @Test func aPipeGetsNoProgressUnlessAskedAndThenWholeLines() throws {
        let folder = try articleFolder()
        let quiet = try Ronten.run(["check", "--no-cache", "--fail-on", "never", "docs"], in: folder)
        #expect(quiet.stderr == "")
        let asked = try Ronten.run(["check", "--progress", "--no-cache", "--fail-on", "never", "--format", "json", "docs"], in: folder)
        let lines = asked.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.hasPrefix("ronten: 1/3 articles · ") == true)
        #expect(lines.first?.hasSuffix(" left") == true)
        #expect(lines.dropLast().last?.hasPrefix("ronten: 3/3 articles · ") == true)
        #expect(lines.dropLast().last?.hasSuffix(" in all") == true)
        #expect(lines.last == "")
        #expect(!asked.stderr.contains("\r"))
        // The report itself is untouched by it.
        #expect(asked.stdout == (try Ronten.run(["check", "--no-cache", "--fail-on", "never", "--format", "json", "docs"], in: folder)).stdout)
        #expect(try Ronten.run(["check", "--no-progress", "--no-cache", "--fail-on", "never", "docs"], in: folder).stderr == "")
    }

    @Test func includeExcludeAndGitignoreChooseTheArticles() throws {
        let folder = try articleFolder(copies: 2)
        try "1/\n".write(to: folder.appendingPathComponent("docs/.gitignore"), atomically: true, encoding: .utf8)
        let run = { (arguments: [String]) in
            try Ronten.run(["check", "--no-cache", "--format", "json", "--fail-on", "never"] + arguments + ["docs"], in: folder).stdout
        }
        let paths = { (json: String) in
            json.split(separator: "\n").filter { $0.contains("\"path\" : \"docs/") || $0.contains("\"path\": \"docs/") }
                .map { $0.split(separator: "\"").dropLast().last.map(String.init) ?? "" }
        }
        #expect(Set(paths(try run([]))) == ["docs/0/en-northwind-usage-pricing.md", "docs/0/ja-hokuto-battery-strategy.md",
                                           "docs/0/mixed-ai-platform-briefing.txt"])
        #expect(Set(paths(try run(["--no-gitignore", "--include", "*.md", "--exclude", "ja-*"])))
            == ["docs/0/en-northwind-usage-pricing.md", "docs/1/en-northwind-usage-pricing.md"])
    }

    @Test func checkRefusesToWriteItsReportOverAnInput() throws {
        let folder = try articleFolder()
        let before = try Data(contentsOf: folder.appendingPathComponent("docs/0/en-northwind-usage-pricing.md"))
        let result = try Ronten.run(["check", "--output", "./docs/0/en-northwind-usage-pricing.md", "docs"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: --output ./docs/0/en-northwind-usage-pricing.md would overwrite the input docs/0/en-northwind-usage-pricing.md."))
        #expect(try Data(contentsOf: folder.appendingPathComponent("docs/0/en-northwind-usage-pricing.md")) == before)
    }

    @Test func checkKnowsAnInputByItsFileNotItsName() throws {
        // A symbolic link and a hard link to an input are the input; a new
        // file next to it is not, and is written.
        let folder = try articleFolder()
        let input = folder.appendingPathComponent("docs/0/en-northwind-usage-pricing.md")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("soft.md").path, withDestinationPath: input.path)
        try FileManager.default.linkItem(at: input, to: folder.appendingPathComponent("hard.md"))
        for name in ["soft.md", "hard.md"] {
            let result = try Ronten.run(["check", "--output", name, "docs"], in: folder)
            #expect(result.status == 2, "\(name)")
            #expect(result.stderr.hasPrefix("Error: --output \(name) would overwrite the input docs/0/en-northwind-usage-pricing.md."))
        }
        let fresh = try Ronten.run(["check", "--fail-on", "never", "--output", "docs/0/report.txt", "docs"], in: folder)
        #expect(fresh.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("docs/0/report.txt").path))
    }

    @Test(arguments: [(SIGINT, Int32(130), "SIGINT"), (SIGTERM, Int32(143), "SIGTERM")])
    func anInterruptedReportLeavesOnlyWholeFilesAndSaysSo(signal: Int32, status: Int32, name: String) throws {
        let folder = try articleFolder(copies: 150)
        let process = Process()
        process.executableURL = Ronten.executable
        process.arguments = ["report", "--no-cache", "--jobs", "2", "--format", "html,json", "docs", "-o", "out"]
        process.currentDirectoryURL = folder
        let errors = folder.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Interrupt once the first reports are being written.
        let out = folder.appendingPathComponent("out")
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, process.isRunning, ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).count < 4 {
            usleep(5_000)
        }
        #expect(process.isRunning)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()

        #expect(process.terminationStatus == status)
        #expect(try String(contentsOf: errors, encoding: .utf8)
            == "ronten: interrupted (\(name)): stopped; every file written is complete\n")
        let written = try contents(of: out)
        #expect(!written.isEmpty)
        #expect(written.count < 150 * 3 * 2)
        #expect(written.keys.allSatisfy { !$0.hasPrefix(".") && !$0.contains("/.") && !$0.hasSuffix(".tmp") })
        #expect(written["index.html"] == nil)
        for (path, data) in written {
            if path.hasSuffix(".json") {
                #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(path)")
            } else {
                #expect(String(decoding: data, as: UTF8.self).hasSuffix("</html>\n"), "\(path)")
            }
        }
    }
}
