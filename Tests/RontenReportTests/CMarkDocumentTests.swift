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

    /// The scan for NUL and line breaks reads eight bytes at a time; each of
    /// them must still be found wherever it stands, tabs passing untouched.
    @Test func everyNulAndLineBreakIsFoundWhereverItStands() {
        for length in 0..<20 {
            for position in 0..<max(length, 1) {
                for special in ["\0", "\n", "\r", "\t"] {
                    var scalars = [String](repeating: "論", count: length)
                    if length > 0 { scalars[position] = special }
                    let text = scalars.joined()
                    let inline = CMarkDocument.literal(text, keepLineBreaks: false)
                    let block = CMarkDocument.literal(text, keepLineBreaks: true)
                    #expect(inline == text.replacingNulAndBreaks(keep: false), "\(text.debugDescription)")
                    #expect(block == text.replacingNulAndBreaks(keep: true), "\(text.debugDescription)")
                }
            }
        }
    }

    /// Each document allocates from its own arena, the calling thread's
    /// current one; building two at once must keep each tree whole.
    @Test func twoDocumentsBuiltInTurnEachRenderTheirOwnNodes() {
        let first = CMarkDocument(), second = CMarkDocument()
        first.paragraph {
            first.text("one")
            second.paragraph { second.text("two") }
            first.strong { first.text("three") }
        }
        second.paragraph { second.text("four") }
        #expect(first.renderHTML() == "<p>one<strong>three</strong></p>\n")
        #expect(second.renderHTML() == "<p>two</p>\n<p>four</p>\n")
        #expect(first.renderCommonMark() == "one**three**\n")
    }

    /// A page larger than the biggest chunk: nodes and the rendered buffer
    /// spill into new chunks, the buffer grown by copying and in place.
    @Test func aPageLargerThanAnArenaChunkRendersWhole() {
        let document = CMarkDocument()
        let line = String(repeating: "論点 <x> ", count: 40)
        for index in 0..<3_000 {
            document.paragraph { document.text(String(index)); document.text(line) }
        }
        let expected = (0..<3_000).map { "<p>\($0)" + String(repeating: "論点 &lt;x&gt; ", count: 40) + "</p>\n" }.joined()
        let html = document.renderHTML()
        #expect(html.utf8.count > 1 << 20)
        #expect(html == expected)
        document.withRenderedHTML { bytes in #expect(String(decoding: bytes, as: UTF8.self) == expected) }
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

private extension String {
    /// What CMarkDocument.literal must make of the text, scalar by scalar.
    func replacingNulAndBreaks(keep: Bool) -> String {
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == "\0" { out.append("\u{FFFD}") } else if !keep && (scalar == "\n" || scalar == "\r") { out.append(" ") } else { out.append(scalar) }
        }
        return String(out)
    }
}
