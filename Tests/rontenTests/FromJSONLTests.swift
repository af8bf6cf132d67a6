import Foundation
import Testing

/// `ronten report --from-jsonl`: pages from analyses made elsewhere.
@Suite struct FromJSONLTests {
    func examples() -> URL {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Examples")
    }

    func files(_ folder: URL) throws -> [String: Data] {
        var contents: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                contents[path] = try Data(contentsOf: url)
            }
        }
        return contents
    }

    @Test func pagesAndIndexAreTheBytesOfADirectRun() throws {
        let work = try temporaryFolder()
        try FileManager.default.copyItem(at: examples(), to: work.appendingPathComponent("articles"))
        let direct = try Ronten.run(["report", "articles", "-o", "direct"], in: work)
        #expect(direct.status == 0)
        let analysed = try Ronten.run(["analyze", "--format", "jsonl", "articles"], in: work)
        try analysed.stdout.write(to: work.appendingPathComponent("results.jsonl"), atomically: true, encoding: .utf8)
        let rebuilt = try Ronten.run(["report", "--from-jsonl", "results.jsonl", "--root", "articles", "-o", "rebuilt"], in: work)
        #expect(rebuilt.status == 0)
        #expect(rebuilt.stderr == "")
        let expected = try files(work.appendingPathComponent("direct"))
        #expect(expected.keys.sorted() == ["en-northwind-usage-pricing.html", "en-northwind-usage-pricing.json", "en-northwind-usage-pricing.md",
                                           "index.html", "index.md",
                                           "ja-hokuto-battery-strategy.html", "ja-hokuto-battery-strategy.json", "ja-hokuto-battery-strategy.md",
                                           "mixed-ai-platform-briefing.html", "mixed-ai-platform-briefing.json", "mixed-ai-platform-briefing.md"])
        let actual = try files(work.appendingPathComponent("rebuilt"))
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (name, bytes) in expected { #expect(actual[name] == bytes, "\(name) differs") }
        // Each page's JSON is the very line `analyze` wrote for its article.
        let lines = Set(analysed.stdout.split(separator: "\n").map { Data(($0 + "\n").utf8) })
        let json = expected.filter { $0.key.hasSuffix(".json") }
        #expect(json.count == 3)
        for (name, bytes) in json { #expect(lines.contains(bytes), "\(name) is not a line of analyze's output") }
    }

    @Test func resultsSplitOverSeveralFilesAndJobsGiveTheSamePages() throws {
        let work = try temporaryFolder()
        try FileManager.default.copyItem(at: examples(), to: work.appendingPathComponent("articles"))
        let whole = try Ronten.run(["analyze", "--format", "jsonl", "articles"], in: work).stdout.split(separator: "\n")
        try (whole[0] + "\n").write(to: work.appendingPathComponent("part-0.jsonl"), atomically: true, encoding: .utf8)
        try (whole[1...].joined(separator: "\n") + "\n").write(to: work.appendingPathComponent("part-1.jsonl"), atomically: true, encoding: .utf8)
        try (whole.joined(separator: "\n") + "\n").write(to: work.appendingPathComponent("all.jsonl"), atomically: true, encoding: .utf8)
        #expect(try Ronten.run(["report", "--from-jsonl", "all.jsonl", "--root", "articles", "-o", "one", "--jobs", "1"], in: work).status == 0)
        #expect(try Ronten.run(["report", "--from-jsonl", "part-0.jsonl", "part-1.jsonl", "--root", "articles", "-o", "two", "--jobs", "2"], in: work).status == 0)
        #expect(try files(work.appendingPathComponent("one")) == files(work.appendingPathComponent("two")))
    }

    @Test func errorLinesAreReportedAndSkippedWithExitOne() throws {
        let work = try temporaryFolder()
        try "Prices rose 40% last year.\n".write(to: work.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let stdin = "{\"path\": \"a.md\"}\n{\"path\": \"gone.md\"}\n"
        let results = try Ronten.run(["analyze", "--jsonl", "-"], stdin: stdin, in: work).stdout + "{\"schema\": \"ronten.analysis/1\"}\nnot json\n"
        try results.write(to: work.appendingPathComponent("r.jsonl"), atomically: true, encoding: .utf8)
        let report = try Ronten.run(["report", "--from-jsonl", "r.jsonl", "-o", "out", "--format", "md"], in: work)
        #expect(report.status == 1)
        let stderr = report.stderr.split(separator: "\n")
        #expect(stderr.count == 3)
        #expect(stderr[0] == "ronten: r.jsonl:2: an error line (gone.md, request line 2): cannot read file: no such file")
        #expect(stderr[1] == "ronten: r.jsonl:3: not an analysis (no \"schema\" and \"source\")")
        #expect(stderr[2].hasPrefix("ronten: r.jsonl:4: not JSON: "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("out").path).sorted() == ["a.md", "index.md"])
    }

    @Test func withoutARootAPageIsNamedByItsWholeRelativePath() throws {
        let work = try temporaryFolder()
        try FileManager.default.createDirectory(at: work.appendingPathComponent("x/y"), withIntermediateDirectories: true)
        try "Prices rose.\n".write(to: work.appendingPathComponent("x/y/a.md"), atomically: true, encoding: .utf8)
        let results = try Ronten.run(["analyze", "--format", "jsonl", "x"], in: work).stdout
        try results.write(to: work.appendingPathComponent("r.jsonl"), atomically: true, encoding: .utf8)
        #expect(try Ronten.run(["report", "--from-jsonl", "r.jsonl", "-o", "whole", "--format", "md"], in: work).status == 0)
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("whole/x/y/a.md").path))
        #expect(try Ronten.run(["report", "--from-jsonl", "r.jsonl", "--root", "x", "-o", "rooted", "--format", "md"], in: work).status == 0)
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("rooted/y/a.md").path))
        let misuse = try Ronten.run(["report", "x", "--root", "x", "-o", "out"], in: work)
        #expect(misuse.status == 2)
        #expect(misuse.stderr.hasPrefix("Error: --root goes with --from-jsonl"))
    }
}
