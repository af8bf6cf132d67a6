import Foundation
import RontenLanguage
import Testing

/// The Golden Rules of the Pragmatic Segmenter (English and Japanese), read at
/// run time from the shared development data, never copied here.
struct GoldenRule: Sendable, Decodable, CustomTestStringConvertible {
    struct Options: Sendable, Decodable {
        var doc_type: String?
    }

    var lang: String
    var name: String
    var text: String
    var expected: [String]
    var options: Options
    var upstream_skipped: String?

    var testDescription: String { "\(lang) \(name)" }

    static let file: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                let file = folder.deletingLastPathComponent()
                    .appendingPathComponent("shared/data/segmentation/golden_rules_en_ja.jsonl")
                return FileManager.default.fileExists(atPath: file.path) ? file : nil
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }()

    static let all: [GoldenRule] = {
        guard let file, let data = try? Data(contentsOf: file) else { return [] }
        let decoder = JSONDecoder()
        return data.split(separator: UInt8(ascii: "\n")).compactMap { try? decoder.decode(GoldenRule.self, from: Data($0)) }
    }()

    /// The sentences this segmenter finds, as reported.
    var segmented: [String] {
        let segmenter = SentenceSegmenter(options: .init(joinLineBreaks: options.doc_type == "pdf"))
        let bytes = Array(text.utf8)
        return segmenter.split(bytes).map { segmenter.sentenceText(bytes, $0) }
    }
}

@Suite(.enabled(if: GoldenRule.file != nil, "needs ../shared/data/segmentation"))
struct GoldenRulesTests {
    @Test func theFileHoldsFiftySevenRules() {
        #expect(GoldenRule.all.count == 57)
        #expect(GoldenRule.all.filter { $0.upstream_skipped != nil }.map(\.name)
            == ["A.M. / P.M. as non sentence boundary and sentence boundary #018"])
    }

    @Test(arguments: GoldenRule.all.filter { $0.upstream_skipped == nil })
    func segmentsAsTheGoldenRuleExpects(_ rule: GoldenRule) {
        #expect(rule.segmented == rule.expected)
    }

    /// English #18 ("At 5 a.m. Mr. Smith went … at 6 P.M. Mr. Smith then went")
    /// asks for "a.m. Mr." to go on and "P.M. Mr." to end: no rule on the
    /// words alone can tell them apart, and the upstream marks it NOT
    /// IMPLEMENTED. It runs here as a known issue, asserting nothing.
    @Test(arguments: GoldenRule.all.filter { $0.upstream_skipped != nil })
    func upstreamSkippedRuleIsOnlyRecorded(_ rule: GoldenRule) {
        withKnownIssue("upstream skips it: \(rule.upstream_skipped ?? "")", isIntermittent: true) {
            #expect(rule.segmented == rule.expected)
        }
    }
}
