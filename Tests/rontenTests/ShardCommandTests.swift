import Foundation
import Testing

/// `--shard i/n` on the commands that read folders.
@Suite struct ShardCommandTests {
    /// 24 articles in two folders, copied under two different mount points.
    func trees() throws -> (URL, URL) {
        let base = try temporaryFolder()
        let first = base.appendingPathComponent("mnt/a/corpus"), second = base.appendingPathComponent("srv/corpus")
        for root in [first, second] {
            for n in 0..<24 {
                let url = root.appendingPathComponent(n % 2 == 0 ? "en/e\(n).md" : "ja/j\(n).txt")
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                let text = n % 2 == 0 ? "Article \(n) says sales rose.\n" : "記事\(n)は売上が増えたと言う。\n"
                try text.write(to: url, atomically: true, encoding: .utf8)
            }
        }
        return (first, second)
    }

    func sources(_ stdout: String, dropping prefix: String) -> [String] {
        stdout.split(separator: "\n").map { line in
            let json = try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let path = (json["source"] as! [String: Any])["path"] as! String
            return String(path.dropFirst(prefix.count))
        }
    }

    @Test func shardsPartitionTheFilesTheSameWayUnderAnyMountPoint() throws {
        let (first, second) = try trees()
        let all = sources(try Ronten.run(["analyze", "--format", "jsonl", first.path]).stdout, dropping: first.path + "/")
        #expect(all.count == 24)
        var union: [String] = []
        for index in 0..<3 {
            let here = try Ronten.run(["analyze", "--format", "jsonl", "--shard", "\(index)/3", first.path])
            let there = try Ronten.run(["analyze", "--format", "jsonl", "--shard", "\(index)/3", second.path + "/"])
            #expect(here.status == 0 && there.status == 0)
            let mine = sources(here.stdout, dropping: first.path + "/")
            #expect(mine == sources(there.stdout, dropping: second.path + "/"))
            #expect(!mine.isEmpty)
            // Each shard keeps the collector's order.
            #expect(all.filter(Set(mine).contains) == mine)
            union += mine
        }
        #expect(union.sorted() == all.sorted())
        #expect(Set(union).count == all.count)
    }

    @Test func aShardIsTheSameOnEveryRunAndInEveryCommand() throws {
        let (first, _) = try trees()
        let analyze = try Ronten.run(["analyze", "--format", "jsonl", "--shard", "1/4", first.path], in: first)
        #expect(analyze.stdout == (try Ronten.run(["analyze", "--format", "jsonl", "--shard", "1/4", first.path], in: first)).stdout)
        let kept = sources(analyze.stdout, dropping: first.path + "/")
        let check = try Ronten.run(["check", "--format", "json", "--fail-on", "never", "--shard", "1/4", first.path])
        for path in kept { #expect(check.stdout.contains(first.path + "/" + path)) }
        let report = try temporaryFolder()
        let written = try Ronten.run(["report", "--shard", "1/4", "--format", "md", first.path, "-o", report.path])
        #expect(written.status == 0)
        let pages = try FileManager.default.subpathsOfDirectory(atPath: report.path).filter { $0.hasSuffix(".md") && $0 != "index.md" }
        #expect(pages.sorted() == kept.map { ($0 as NSString).deletingPathExtension + ".md" }.sorted())
    }

    @Test func malformedShardsAreUsageErrors() throws {
        for shard in ["3/3", "a/2", "1", "0/0"] {
            let result = try Ronten.run(["analyze", "--shard", shard, "."])
            #expect(result.status == 2, "\(shard)")
            #expect(result.stderr.hasPrefix("Error: The value '\(shard)' is invalid for '--shard <i/n>'"))
        }
    }
}
