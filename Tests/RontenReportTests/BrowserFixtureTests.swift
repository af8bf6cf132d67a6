import Foundation
import Testing
@testable import RontenReport

/// Writes pages with every part filled (hand-built claims, findings, marks
/// and tree) for Tests/Browser/check_reports.py, which looks for the map,
/// the findings and the marks in a real browser. Runs only when
/// RONTEN_REPORT_FIXTURES names the folder to write to.
@Suite struct BrowserFixtureTests {
    static let folder = ProcessInfo.processInfo.environment["RONTEN_REPORT_FIXTURES"]

    @Test(.enabled(if: folder != nil)) func writesFilledPagesForTheBrowserCheck() throws {
        let folder = Self.folder!
        var articles = [("en-northwind", try analyzeFile("Examples/en-northwind-usage-pricing.md")),
                        ("ja-hokuto", try analyzeFile("Examples/ja-hokuto-battery-strategy.md")),
                        ("hostile", try analyzeText(hostileArticle))]
        if seedExists { articles.append(("seed", try analyzeFile(seedPath))) }
        var entries: [IndexEntry] = []
        for (name, analysis) in articles {
            let report = ArticleReport(Enrich.full(analysis))
            try AtomicFile.write(Array(report.html().utf8), to: folder + "/" + name + ".html")
            try AtomicFile.write(Array(report.markdown().utf8), to: folder + "/" + name + ".md")
            entries.append(report.indexEntry(page: name + ".html", markdown: name + ".md"))
        }
        try AtomicFile.write(Array(IndexPage(entries).html().utf8), to: folder + "/index.html")
        // The raw article too, for the run through the command line.
        try AtomicFile.write(Array(hostileArticle.utf8), to: folder + "-input/hostile.md")
        #expect(FileManager.default.fileExists(atPath: folder + "/index.html"))
    }
}
