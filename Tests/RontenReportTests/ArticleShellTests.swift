import Foundation
import Testing
@testable import RontenReport

/// A page assembled from a shell rendered ahead must be the page Mustache writes.
@Suite struct ArticleShellTests {
    static let hostile = """
        ---
        title: "A <b>title</b> & \\"q\\" 'x' <\u{338} e\u{301} ronten-0-t."
        date: 2026-01-02
        ---
        # A <b>title</b> & "q" 'x' <\u{338} e\u{301}

        Prices rose 35% in 2025. Some analysts say it will fall.
        """

    @Test func theShippedArticleTemplateIsRenderedAheadForEveryKind() {
        let shells = PageTemplates.embedded.articleShells.all()
        // Two locales, a title language tag of the other locale or none, a date or not, an author or not.
        #expect(shells.count == 2 * 2 * 4)
        for shell in shells.values {
            #expect(shell.pieces.contains { if case .body = $0 { true } else { false } })
            #expect(shell.pieces.contains { if case .title = $0 { true } else { false } })
        }
    }

    /// Shells are made when first asked for, from any worker: asked for by
    /// eight threads at once, each kind gives the shell a lone caller gets.
    @Test func shellsMadeOnDemandFromManyThreadsAreTheSame() throws {
        let shared = try PageTemplates(texts: EmbeddedTemplates.files)
        let kinds = ArticleShell.kinds
        let answers = Answers(count: kinds.count * 8)
        DispatchQueue.concurrentPerform(iterations: kinds.count * 8) { index in
            answers.set(index, shared.articleShells[kinds[index % kinds.count]]?.bytes)
        }
        let alone = try PageTemplates(texts: EmbeddedTemplates.files).articleShells.all()
        for index in 0..<kinds.count * 8 {
            let bytes = answers.get(index)
            #expect(bytes != nil && bytes == alone[kinds[index % kinds.count]]?.bytes)
        }
        let outside = ArticleShell.Kind(locale: .en, titleLang: "en", factLabels: [])
        #expect(shared.articleShells[outside] == nil)  // not a kind a page can be: Mustache renders it
    }

    private final class Answers: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [[UInt8]?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: [UInt8]?) { lock.lock(); values[index] = value; lock.unlock() }
        func get(_ index: Int) -> [UInt8]? { lock.lock(); defer { lock.unlock() }; return values[index] }
    }

    @Test func examplePagesTakeAShell() throws {
        for example in ["en-northwind-usage-pricing.md", "ja-hokuto-battery-strategy.md", "mixed-ai-platform-briefing.txt"] {
            let report = ArticleReport(try analyzeFile("Examples/" + example))
            let pageFacts = PageFacts.facts(report.facts, report.labels)
            let tag = ArticleText.languageTag(report.analysis.document.language)
            let kind = ArticleShell.Kind(locale: report.labels.locale, titleLang: tag == report.labels.locale.rawValue ? nil : tag,
                                         factLabels: pageFacts.map(\.label))
            #expect(PageTemplates.embedded.articleShells[kind] != nil, "\(example)")
        }
    }

    @Test func pagesFromShellsEqualMustachesPages() throws {
        let analyses = [try analyzeFile("Examples/en-northwind-usage-pricing.md"), try analyzeFile("Examples/ja-hokuto-battery-strategy.md"),
                        try analyzeFile("Examples/mixed-ai-platform-briefing.txt"), try analyzeText(Self.hostile)]
        let templates = [
            EmbeddedTemplates.files["article.html.mustache"]!,
            "{{#facts}}{{label}}={{value}};{{title}}{{/facts}}{{#parts}}{{title}}{{/parts}}[{{indexLink}}]{{{ body }}}{{titleLang}}",
            "{{{title}}}{{{body}}}",
            "{{#title}}T{{/title}}{{{body}}}",
            "{{title}}{{body}}",
        ]
        for text in templates {
            var texts = EmbeddedTemplates.files
            texts["article.html.mustache"] = text
            let fast = try PageTemplates(texts: texts)
            let slow = try PageTemplates(texts: texts, splice: false)
            #expect(slow.articleShells.isEmpty)
            for locale in [nil, ReportLocale.en, ReportLocale.ja] {
                for analysis in analyses {
                    let page = ArticleReport(analysis, options: ReportOptions(locale: locale, templates: fast)).htmlBytes(indexLink: "../in&dex.html")
                    let expected = ArticleReport(analysis, options: ReportOptions(locale: locale, templates: slow)).htmlBytes(indexLink: "../in&dex.html")
                    #expect(page == expected, "\(text) \(analysis.document.source.path)")
                }
            }
        }
    }

    @Test func onlyPlainEscapedTagsMayNameTheValuesOfOneArticle() {
        #expect(ArticleShell.allows("{{title}}{{indexLink}}{{#facts}}{{value}}{{/facts}}{{{body}}}{{#titleLang}}{{titleLang}}{{/titleLang}}"))
        // A dotted name that ends in one of them is refused too, to be safe.
        #expect(!ArticleShell.allows("{{labels.title}}"))
        #expect(!ArticleShell.allows("{{{title}}}"))
        #expect(!ArticleShell.allows("{{&indexLink}}"))
        #expect(!ArticleShell.allows("{{^title}}untitled{{/title}}"))
        #expect(!ArticleShell.allows("{{facts.0.value}}"))
        #expect(!ArticleShell.allows("{{lowercased(title)}}"))
        #expect(ArticleShell.allows("{{! {{{title}}} }}{{title}}"))
    }

    @Test func escapingIsMustachesCharacterByCharacter() {
        var bytes: [UInt8] = []
        MustacheEscaping.append("a<b>&\"'c <\u{338}d 論点", to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "a&lt;b&gt;&amp;&quot;&#39;c <\u{338}d 論点")
    }
}

extension ArticleShells {
    /// Every kind's shell, made now.
    func all() -> [ArticleShell.Kind: ArticleShell] {
        var shells: [ArticleShell.Kind: ArticleShell] = [:]
        for kind in ArticleShell.kinds { shells[kind] = self[kind] }
        return shells
    }
}
