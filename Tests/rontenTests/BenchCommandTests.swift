import Foundation
import Testing

/// `ronten-bench`, the program behind `make bench`: what it says when it
/// is asked for help or given options it cannot use. (Its measurements
/// need the benchmark corpus and take half a minute; docs/performance.md
/// holds their figures.)
@Suite struct BenchCommandTests {
    static let bench = builtProduct("ronten-bench")

    @Test func helpListsEveryOption() throws {
        let result = try Ronten.run(["--help"], executable: Self.bench)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("usage: ronten-bench [options]\n"))
        for option in ["--corpus DIR", "--ronten PATH", "--scratch DIR", "--output DIR", "--repeat N",
                       "--runs N", "--command ARGS", "--markdown", "-h, --help"] {
            #expect(result.stdout.contains(option), "\(option)")
        }
        #expect(result.stderr.isEmpty)
    }

    @Test func aMissingOrUnusableValueIsAUsageErrorOfOneLine() throws {
        let cases: [([String], String)] = [
            (["--runs"], "ronten-bench: --runs needs a value (see ronten-bench --help)\n"),
            (["--runs", "x"], "ronten-bench: --runs needs a whole number of at least 1, not 'x' (see ronten-bench --help)\n"),
            (["--runs", "0"], "ronten-bench: --runs needs a whole number of at least 1, not '0' (see ronten-bench --help)\n"),
            (["--repeat", "1"], "ronten-bench: --repeat needs a whole number of at least 2, not '1' (see ronten-bench --help)\n"),
            (["--markdown", "--corpus"], "ronten-bench: --corpus needs a value (see ronten-bench --help)\n"),
            (["--fast"], "ronten-bench: unknown option --fast (see ronten-bench --help)\n"),
        ]
        for (arguments, message) in cases {
            let result = try Ronten.run(arguments, executable: Self.bench)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr == message, "\(arguments)")
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
    }

    @Test func aCorpusWithoutArticlesNamesBothFoldersItSearched() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Ronten.run(["--corpus", folder.path, "--scratch", folder.appendingPathComponent("scratch").path],
                                    executable: Self.bench)
        #expect(result.status == 1)
        #expect(result.stderr == "ronten-bench: no articles under \(folder.path)/ja or \(folder.path)/en (give the corpus with --corpus DIR)\n")
    }
}
