import Foundation
import Ronten
import Testing

@Suite struct ShardTests {
    @Test func hashIsSixtyFourBitFNV1aOfTheUTF8Bytes() {
        // The specification's published vectors: the hash may never change,
        // or machines on different versions would disagree about shards.
        #expect(Shard.hash("") == 0xcbf2_9ce4_8422_2325)
        #expect(Shard.hash("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(Shard.hash("foobar") == 0x85944171f73967e8)
    }

    @Test func parsesZeroBasedIndexOverCount() throws {
        let shard = try Shard(parsing: "2/5")
        #expect(shard.index == 2 && shard.count == 5)
        #expect(shard.description == "2/5")
        #expect(try Shard(parsing: "0/1").contains(path: "anything.md"))
    }

    @Test func rejectsMalformedShardsWithAReason() {
        func reason(_ text: String) -> String? {
            do { _ = try Shard(parsing: text); return nil } catch { return error.description }
        }
        #expect(reason("4/4") == "--shard 4/4: i counts from 0, so it must be less than n (0/4 … 3/4)")
        #expect(reason("0/0") == "--shard 0/0: n must be at least 1")
        #expect(reason("-1/4") == "--shard takes i/n, such as 0/4, not '-1/4'")
        #expect(reason("1/") == "--shard takes i/n, such as 0/4, not '1/'")
        #expect(reason("1/2/3") == "--shard takes i/n, such as 0/4, not '1/2/3'")
        #expect(reason(" 1/2") == "--shard takes i/n, such as 0/4, not ' 1/2'")
    }

    @Test func everyPathFallsInExactlyOneShard() throws {
        let paths = (0..<2000).map { "folder\($0 % 7)/article-\($0).md" }
        for count in [1, 2, 3, 8] {
            let shards = try (0..<count).map { try Shard(parsing: "\($0)/\(count)") }
            for path in paths { #expect(shards.filter { $0.contains(path: path) }.count == 1) }
            // FNV-1a spreads these names evenly enough that no shard is starved.
            let sizes = shards.map { shard in paths.filter(shard.contains).count }
            #expect(sizes.min()! > 2000 / count / 2, "sizes \(sizes)")
        }
    }

    @Test func shardPathIsRelativeToTheFolderArgumentSoMountPointsDoNotMatter() {
        #expect(Shard.shardPath(of: "/mnt/a/corpus/en/x.md", arguments: ["/mnt/a/corpus"]) == "en/x.md")
        #expect(Shard.shardPath(of: "/srv/corpus/en/x.md", arguments: ["/srv/corpus/"]) == "en/x.md")
        #expect(Shard.shardPath(of: "./en/x.md", arguments: ["."]) == "en/x.md")
        #expect(Shard.shardPath(of: "notes/a.md", arguments: ["notes/a.md"]) == "notes/a.md")
        #expect(Shard.shardPath(of: "b/c.md", arguments: ["b/c.md", "b"]) == "c.md")
    }

    @Test func selectKeepsInputOrderAndPartitionsTheInputs() throws {
        let inputs = (0..<50).map { Input(location: .file(path: "/m/root/f\($0).md"), displayPath: "/m/root/f\($0).md") }
        let moved = (0..<50).map { Input(location: .file(path: "/other/root/f\($0).md"), displayPath: "/other/root/f\($0).md") }
        var seen: [String] = []
        for index in 0..<3 {
            let shard = try Shard(parsing: "\(index)/3")
            let here = shard.select(inputs, arguments: ["/m/root"]).map(\.displayPath)
            let there = shard.select(moved, arguments: ["/other/root"]).map { $0.displayPath.replacingOccurrences(of: "/other/", with: "/m/") }
            #expect(here == there)
            #expect(inputs.map(\.displayPath).filter(Set(here).contains) == here)
            seen += here
        }
        #expect(seen.sorted() == inputs.map(\.displayPath).sorted())
        #expect(Set(seen).count == 50)
    }
}
