import RontenCore
import Testing
@testable import RontenReport

/// An article that tries everything: it must come out as visible text.
let hostileArticle = """
    ---
    title: "<script>window.pwned = 1</script>{{title}}"
    author: "<img src=x onerror=alert(1)>"
    ---

    # <b>Bold</b> claim {{#labels}}x{{/labels}}

    Click [here](javascript:window.pwned=2) now. <script>window.pwned = 3</script> It works.

    <img src=x onerror="window.pwned=4"> Some say {{{body}}} is safe. <!-- hidden --> Done.

    <div onclick="window.pwned=5">raw block</div>
    """

@Suite struct HostileInputTests {
    func pages() throws -> (html: String, markdown: String) {
        render(Enrich.full(try analyzeText(hostileArticle)), locale: .en)
    }

    @Test func noMarkupFromTheArticleSurvivesAsMarkup() throws {
        let (html, _) = try pages()
        #expect(!html.contains("<script>window"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<div onclick"))
        #expect(!html.contains("<!-- hidden"))
        #expect(!html.contains("href=\"javascript"))
        #expect(!html.contains("<b>Bold"))
        // The page's own script count: none on an article page.
        #expect(html.occurrences(of: "<script") == 0)
        // Every tag is one of the page's own (the check the fuzzer makes of every page).
        #expect(PageTags.unexpected(in: Array(html.utf8)) == [])
    }

    @Test func theTagCheckNamesWhatIsForeign() {
        #expect(PageTags.unexpected(in: Array("<!DOCTYPE html><p>a &lt;b&gt;</p><svg><tspan>x</tspan></svg>".utf8)) == [])
        #expect(PageTags.unexpected(in: Array("<p>x</p><SCRIPT>y</script><img src=x><1".utf8)) == ["script", "script", "img", "<"])
    }

    @Test func theMarkupIsVisibleAsText() throws {
        let (html, _) = try pages()
        #expect(html.contains("<title>&lt;script&gt;window.pwned = 1&lt;/script&gt;{{title}} — Ronten report</title>"))
        #expect(html.contains("&lt;script&gt;window.pwned = 3&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=&quot;window.pwned=4&quot;&gt;") || html.contains("&lt;img src=x onerror=&#39;"))
        #expect(html.contains("{{{body}}}"))
        #expect(html.contains("&lt;!-- hidden --&gt;"))
        #expect(html.contains("&lt;div onclick=&quot;window.pwned=5&quot;&gt;raw block&lt;/div&gt;"))
    }

    @Test func mustacheBracesInTheArticleAreDataNotTemplate() throws {
        let (html, markdown) = try pages()
        #expect(html.contains("{{#labels}}x{{/labels}}"))
        #expect(markdown.contains("{{{body}}}"))
    }

    @Test func theMarkdownReportEscapesMarkupToo() throws {
        let (_, markdown) = try pages()
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("\\<script\\>window.pwned = 3\\</script\\>"))
    }
}
