import Foundation
import RontenCore
import Testing
@testable import RontenReport

@Suite struct ArticlePageTests {
    @Test func thePartsComeInTheIssuesOrder() throws {
        let (html, _) = render(Enrich.full(try analyzeFile("Examples/en-northwind-usage-pricing.md")))
        let ids = ["summary", "map", "claims", "findings", "article", "figures", "entities"]
        let positions = ids.map { html.range(of: "<section id=\"\($0)\">")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test func everySentenceIsAnchoredAndClaimsAreTagged() throws {
        let analysis = Enrich.full(try analyzeFile("Examples/en-northwind-usage-pricing.md"))
        let (html, _) = render(analysis)
        for sentence in analysis.document.sentences { #expect(html.contains("id=\"\(sentence.id)\"")) }
        #expect(html.contains("<span class=\"s claim\" id=\"s1\"><span class=\"claim-tag\"><a href=\"#c1\" title=\"Claims c1\">c1</a></span>"))
        #expect(html.contains("<tr id=\"c1\">"))
    }

    @Test func theTablesHoldOneRowALineWithBareCells() throws {
        let (html, markdown) = render(try analyzeFile("Examples/en-northwind-usage-pricing.md"))
        #expect(html.contains("<div class=\"table-frame\"><table class=\"claims\">\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Claims</th>"))
        #expect(html.contains("\n<tr id=\"c2\"><td>c2</td><td>The company expects the switch to cost $60–65 million in revenue during the transition, about 40% of one year&#39;s growth. <a href=\"#s2\" title=\"Go to sentence\">s2 · line 21</a></td><td>statistical</td><td>plain (about)</td><td>figure: <code>$60–65 million</code>; figure: <code>about 40%</code>; source: <code>announced that</code>; figure: <code>$1.2 billion</code></td><td><code>$60–65 million</code>, <code>about 40%</code>, <code>one year</code></td></tr>\n"))
        #expect(html.contains("\n<tr><td>$60–65 million</td><td>money</td><td><code>6e7–6.5e7 USD</code></td><td><a href=\"#s2\" title=\"Go to sentence\">s2 · line 21</a> The company expects the switch to cost $60–65 million in revenue during the transition, ab…</td></tr>\n"))
        #expect(html.contains("\n<tr><td>AWS</td><td>product</td><td>2</td><td><a href=\"#s7\">s7</a> <a href=\"#s8\">s8</a></td></tr>\n"))
        #expect(html.occurrences(of: "</tbody></table></div>") == 3)
        #expect(!html.contains("<td>\n<p>"))
        // The Markdown report lists the same facts.
        #expect(markdown.contains("- **AWS** (product, 2): s7 s8"))
    }

    @Test func hedgesBoostersFiguresAndAttributionsAreMarked() throws {
        let (html, markdown) = render(Enrich.full(try analyzeFile("Examples/en-northwind-usage-pricing.md")))
        #expect(html.contains("<mark class=\"booster\" title=\"booster: test.booster\">Clearly</mark>, the model"))
        #expect(html.contains("<mark class=\"figure\" title=\"figure: 0.35 (35%)\">35%</mark>"))
        #expect(html.contains("<mark class=\"attribution\" title=\"anonymous attribution: test.attribution\">Critics argue</mark>"))
        #expect(html.contains("<mark class=\"entity\" title=\"entity: Northwind\">Northwind</mark>"))
        #expect(markdown.contains("**Clearly**, the model rewards"))
        #expect(markdown.contains("The early data *suggests* that the bet *may* pay off."))
    }

    @Test func theMapIsAnSVGTreeWhoseNodesLinkToTheirSentences() throws {
        let analysis = Enrich.full(try analyzeFile("Examples/en-northwind-usage-pricing.md"))
        let (html, markdown) = render(analysis)
        let nodes = analysis.argument!.nodes
        #expect(html.occurrences(of: "<a class=\"node role-") == nodes.count)
        #expect(html.contains("<a class=\"node role-thesis proponent\" href=\"#s1\">"))
        #expect(html.contains("class=\"node role-counterpoint opponent\""))
        // Colours, strokes and arrowheads come from the style sheet's rules for these classes.
        #expect(html.contains("<a class=\"node role-counterpoint opponent\" href=\"#s4\"><title>Counterpoint (opponent): Critics argue that the move gives away pricing power for nothing.</title><rect x=\"524\" y=\"106\" width=\"196\" height=\"80\" rx=\"7\"/><text x=\"532\" y=\"125\" class=\"role\">Counterpoint · opponent</text><text class=\"label\"><tspan x=\"532\" y=\"142\">Critics argue that the move</tspan>"))
        #expect(html.contains("<path class=\"edge edge-attacks\" d=\"M524,146 C495,146 495,193 466,193\"><title>"))
        #expect(html.contains(".argument-map .opponent > rect { fill: #f6f6f6; stroke-dasharray: 6 4; }"))
        #expect(html.contains("marker-end: url(#arrow-attacks);"))
        #expect(html.contains("<marker id=\"arrow-attacks\""))
        #expect(html.contains("viewBox=\"0 0 "))
        #expect(markdown.contains("  - **Thesis** (author): In March, Northwind announced"))
        #expect(markdown.contains("⊣ attacks · **Counterpoint** (opponent):"))
    }

    @Test func wideMapsTurnSidewaysAndNarrowOnesStayUpright() throws {
        let analysis = try analyzeFile("Examples/ja-hokuto-battery-strategy.md")
        let wide = MapTree(Enrich.tree(analysis.document, perSection: 4))
        let narrow = MapTree(Enrich.tree(analysis.document, perSection: 0))
        #expect(ArgumentMapSVG(tree: wide, labels: Labels(locale: .ja)).isLeftToRight)
        #expect(!ArgumentMapSVG(tree: narrow, labels: Labels(locale: .ja)).isLeftToRight || narrow.children[0].count > 4)
    }

    @Test func findingsAreGroupedBySeverityWithMessagesInThePagesLanguage() throws {
        let analysis = Enrich.full(try analyzeFile("Examples/ja-hokuto-battery-strategy.md"))
        let (html, _) = render(analysis)
        let (english, _) = render(analysis, locale: .en)
        let error = html.range(of: "<div class=\"findings severity-error\">")
        let warning = html.range(of: "<div class=\"findings severity-warning\">")
        #expect(error != nil)
        if let error, let warning { #expect(error.lowerBound < warning.lowerBound) }
        #expect(html.contains("<code>overconfident-prediction</code> 断定が強すぎる予測です。"))
        #expect(english.contains("<code>overconfident-prediction</code> The prediction is stated too confidently."))
        #expect(html.contains("<html lang=\"ja\">"))
        #expect(english.contains("<html lang=\"en\">"))
    }

    @Test func everyPartSaysSoWhenItsStageHasNotRun() throws {
        // Results computed elsewhere may carry the document alone.
        let documentOnly = Analysis(document: try analyzeFile("Examples/en-northwind-usage-pricing.md").document)
        let (html, markdown) = render(documentOnly)
        #expect(html.occurrences(of: "This stage has not run yet.") == 5)
        #expect(html.contains("The argument has not been reconstructed yet."))
        #expect(!html.contains("<svg"))
        #expect(markdown.contains("  - **Claims**: —"))
        #expect(html.contains("<dt>Findings</dt><dd>Error — · Warning — · Info —</dd>"))
    }

    @Test func theIndexListsEveryArticleWithItsWorstFinding() throws {
        let english = ArticleReport(Enrich.full(try analyzeFile("Examples/en-northwind-usage-pricing.md")))
        let plain = ArticleReport(try analyzeFile("Examples/ja-hokuto-battery-strategy.md"))
        let index = IndexPage([english.indexEntry(page: "en.html", markdown: "en.md"), plain.indexEntry(page: "ja.html", markdown: "ja.md")])
        let html = index.html()
        #expect(html.contains("<a href=\"./en.html\">Northwind's Bet on Usage-Based Pricing</a>"))
        #expect(html.contains("<td data-sort=\"3\">"))
        #expect(html.contains("<strong>Error</strong> <code>overconfident-prediction</code>") || html.contains("<strong>エラー</strong> <code>overconfident-prediction</code>"))
        #expect(index.markdown().contains("[Northwind's Bet on Usage-Based Pricing](./en.md)"))
    }

    @Test(.enabled(if: seedExists)) func theSeedArticleGetsAJapanesePageWithItsMap() throws {
        let analysis = Enrich.full(try analyzeFile(seedPath))
        let (html, markdown) = render(analysis)
        #expect(html.contains("<html lang=\"ja\">"))
        #expect(html.contains("<h2>議論マップ</h2>"))
        #expect(html.contains("Metaの2025年AI賭けがテクノロジーの現実を再形成する可能性"))
        #expect(markdown.hasPrefix("# Metaの2025年AI賭けがテクノロジーの現実を再形成する可能性\n"))
    }

    /// The map writes roles and relation kinds as literals; they must spell the raw values.
    @Test func mapLiteralsSpellTheRawValues() {
        for role in ArgumentNode.Role.allCases {
            #expect(ArgumentMapSVG.name(role).description == role.rawValue)
        }
        for kind in ArgumentRelation.Kind.allCases {
            #expect(ArgumentMapSVG.name(kind).description == kind.rawValue)
        }
    }
}
