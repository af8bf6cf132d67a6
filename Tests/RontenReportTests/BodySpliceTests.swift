import Testing
@testable import RontenReport

/// A page whose body is spliced in as bytes must be the page Mustache writes.
@Suite struct BodySpliceTests {
    @Test func theShippedTemplatesQualify() {
        #expect(PageTemplates.embedded.splicing == ["article", "index"])
    }

    @Test func onlyVerbatimBodyTagsQualify() {
        #expect(BodySplice.allows("<main>{{{body}}}</main>{{title}}{{#facts}}{{label}}{{/facts}}"))
        #expect(BodySplice.allows("{{{ body }}}{{& body}}{{labels.report}}"))
        #expect(BodySplice.allows("no tags at all"))
        #expect(!BodySplice.allows("{{body}}"))
        #expect(!BodySplice.allows("{{{body}}}{{#body}}x{{/body}}"))
        #expect(!BodySplice.allows("{{{body}}}{{^body}}empty{{/body}}"))
        #expect(!BodySplice.allows("{{{uppercased(body)}}}"))
        #expect(!BodySplice.allows("{{{body}}}{{count(.)}}"))
        #expect(!BodySplice.allows("{{{body}}}{{{.}}}"))
        #expect(BodySplice.allows("{{{body}}}{{! the body goes above: {{body}} }}"))
        #expect(!BodySplice.allows("{{{body}}}{{> index}}"))
        #expect(!BodySplice.allows("{{=<% %>=}}<%body%>"))
        #expect(!BodySplice.allows("{{% CONTENT_TYPE: TEXT }}{{{body}}}"))
        #expect(!BodySplice.allows("{{{body}}}{{{x.body}}}"))
        #expect(!BodySplice.allows("{{{body"))
    }

    @Test func splicedPagesEqualMustachesForEveryKindOfTemplate() throws {
        let analysis = try analyzeFile("Examples/ja-hokuto-battery-strategy.md")
        let templates = [
            EmbeddedTemplates.files["article.html.mustache"]!,
            "<p>{{title}}</p>{{{ body }}}",
            "{{#facts}}<i>{{label}}</i>{{{body}}}{{/facts}}\n{{&body}}",
            "{{body}}",
            "{{! body }}{{{body}}}",
            "{{uppercased(title)}}{{{body}}}",
            "no body",
        ]
        for text in templates {
            var texts = EmbeddedTemplates.files
            texts["article.html.mustache"] = text
            let spliced = ArticleReport(analysis, options: ReportOptions(templates: try PageTemplates(texts: texts)))
            let rendered = ArticleReport(analysis, options: ReportOptions(templates: try PageTemplates(texts: texts, splice: false)))
            #expect(spliced.htmlBytes() == rendered.htmlBytes(), "\(text)")
            #expect(spliced.html() == rendered.html(), "\(text)")
        }
    }

    @Test func theMarkIsReplacedWhereverItStands() {
        let body = Array("<p>論点</p>".utf8)
        let shell = "a" + BodySplice.mark + "b" + BodySplice.mark
        let page = body.withUnsafeBufferPointer { BodySplice.splice(shell, $0) }
        #expect(String(decoding: page, as: UTF8.self) == "a<p>論点</p>b<p>論点</p>")
    }
}
