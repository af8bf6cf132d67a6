import Foundation
import Testing
@testable import RontenReport

/// The .md reports of two examples, byte for byte, from what the pipeline
/// gives today. When the pipeline learns more (claims, findings, the tree),
/// regenerate with `RONTEN_UPDATE_GOLDEN=1 swift test --filter GoldenMarkdown`
/// and review the diff.
@Suite struct GoldenMarkdownTests {
    static let golden = packageRoot.appendingPathComponent("Tests/RontenReportTests/Golden")

    func check(_ example: String) throws {
        let markdown = ArticleReport(try analyzeFile("Examples/" + example)).markdown()
        let url = Self.golden.appendingPathComponent(example)
        if ProcessInfo.processInfo.environment["RONTEN_UPDATE_GOLDEN"] == "1" {
            try markdown.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(markdown == expected, "run RONTEN_UPDATE_GOLDEN=1 swift test --filter GoldenMarkdown to accept")
    }

    @Test func theJapaneseExampleMatchesItsGoldenReport() throws { try check("ja-hokuto-battery-strategy.md") }

    @Test func theEnglishExampleMatchesItsGoldenReport() throws { try check("en-northwind-usage-pricing.md") }
}
