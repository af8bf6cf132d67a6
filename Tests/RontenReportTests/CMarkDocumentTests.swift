import Testing
@testable import RontenReport

@Suite struct CMarkDocumentTests {
    @Test func textNodesAreEscapedInHTMLAndMarkdown() {
        let document = CMarkDocument()
        document.paragraph { document.text("<script>alert(1)</script> & \"q\" *x* [l](javascript:y)") }
        #expect(document.renderHTML() == "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; *x* [l](javascript:y)</p>\n")
        #expect(document.renderCommonMark() == "\\<script\\>alert(1)\\</script\\> & \"q\" \\*x\\* \\[l\\](javascript:y)\n")
    }

    @Test func customMarkupGoesOutAsBuiltAndTextInsideItStaysText() {
        let document = CMarkDocument()
        document.paragraph {
            document.inline(Markup { $0.raw("<mark"); $0.attribute("title", "a\"<b>"); $0.raw(">") }, Markup("</mark>")) {
                document.text("<b>")
            }
        }
        #expect(document.renderHTML() == "<p><mark title=\"a&quot;&lt;b&gt;\">&lt;b&gt;</mark></p>\n")
    }

    @Test func nulAndLineBreaksInInlineTextCannotCutOrStartBlocks() {
        let document = CMarkDocument()
        document.paragraph { document.text("a\0b\n# not a heading") }
        #expect(document.renderHTML() == "<p>a\u{FFFD}b # not a heading</p>\n")
    }

    @Test func codeBlocksKeepRawHTMLAsVisibleText() {
        let document = CMarkDocument()
        document.codeBlock("<div onclick=\"x()\">\n```\n</div>")
        #expect(document.renderHTML() == "<pre><code>&lt;div onclick=&quot;x()&quot;&gt;\n```\n&lt;/div&gt;\n</code></pre>\n")
        #expect(document.renderCommonMark() == "```` \n<div onclick=\"x()\">\n```\n</div>\n````\n")
    }

    @Test func linksToDangerousSchemesAreDroppedBecauseRenderingStaysSafe() {
        let document = CMarkDocument()
        document.paragraph { document.link("javascript:alert(1)") { document.text("x") } }
        #expect(document.renderHTML() == "<p><a href=\"\">x</a></p>\n")
    }
}
