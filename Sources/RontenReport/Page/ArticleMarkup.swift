import RontenCore

/// The page's three tables (claims, figures, entities) and its findings,
/// written as markup in one piece rather than built as cmark nodes.
///
/// This is the page only (the Markdown report lists the same facts, and its
/// lists still go through cmark). As nodes, every cell was a
/// custom block, a paragraph and a text node, made one C call at a time and
/// then walked again by the renderer: on the 200-article callgrind subset the
/// three tables cost 255 M instructions to build, of 3,343 M for the report.
/// Written here they go into the page as one custom block, like the map.
///
/// Text enters only through `MarkupWriter.text` and `escape` (HTML-escaped,
/// controls made spaces), ids only through `Anchor.id`; the rest is literals.
/// A cell holds its content bare: the `<p>` cmark put in every cell had no
/// margin (`td p { margin: 0 }`) and so changed nothing but the page's size.
extension ArticleBody {
    func claimsTable(_ claims: [Claim]) {
        document.block({ out in
            HTMLTable.head("claims", headers: ["#", labels.claims, labels.type, labels.certainty, labels.evidence, labels.figures],
                           into: &out)
            for claim in claims {
                out.raw("<tr")
                out.attribute("id", Anchor.id(claim.id))
                out.raw("><td>")
                out.text(claim.id)
                out.raw("</td><td>")
                out.text(claim.text)
                out.raw(" ")
                out.reference(claim.sentence, in: self)
                out.raw("</td><td>")
                out.text(labels.claimType(claim.type))
                out.raw("</td><td>")
                certainty(claim, into: &out)
                out.raw("</td><td>")
                evidence(claim, into: &out)
                out.raw("</td><td>")
                claimFigures(claim, into: &out)
                out.raw("</td></tr>\n")
            }
            out.raw(HTMLTable.closing)
        }, "")
    }

    func figuresTable(_ quantities: [Mention<Quantity>]) {
        document.block({ out in
            HTMLTable.head("figures", headers: [labels.figure, labels.kind, labels.value, labels.sentence], into: &out)
            for mention in quantities {
                out.raw("<tr><td>")
                out.text(mention.value.text)
                out.raw("</td><td>")
                out.text(mention.value.kind.rawValue)
                out.raw("</td><td>")
                out.code(FigureText.normalised(mention.value))
                out.raw("</td><td>")
                out.reference(mention.sentence, in: self)
                if let text = facts.sentenceText(mention.sentence) {
                    out.raw(" ")
                    ArgumentMapSVG.excerpt(text, 90, into: &out)
                }
                out.raw("</td></tr>\n")
            }
            out.raw(HTMLTable.closing)
        }, "")
    }

    func entitiesTable(_ entities: [Entity]) {
        document.block({ out in
            HTMLTable.head("entities", headers: [labels.name, labels.kind, labels.mentions, labels.sentence], into: &out)
            for entity in entities {
                out.raw("<tr><td>")
                out.text(entity.name)
                out.raw("</td><td>")
                out.text(labels.entityKind(entity.kind))
                out.raw("</td><td>")
                out.int(entity.mentions.count)
                out.raw("</td><td>")
                var seen = Set<String>()
                for mention in entity.mentions where seen.insert(mention.sentence).inserted {
                    if seen.count > Self.referencesPerEntity { out.raw(" …"); break }
                    if seen.count > 1 { out.raw(" ") }
                    out.raw("<a href=\"#")
                    out.text(Anchor.id(mention.sentence))
                    out.raw("\">")
                    out.text(mention.sentence)
                    out.raw("</a>")
                }
                out.raw("</td></tr>\n")
            }
            out.raw(HTMLTable.closing)
        }, "")
    }

    /// One severity's findings on the page, as cmark wrote them from nodes:
    /// the group's frame and heading, then a tight list whose items hold the
    /// rule, message and place, and the sentence quoted.
    func findingsGroup(_ severity: Severity, _ group: [Finding]) {
        document.block({ out in
            out.raw("<div class=\"findings severity-")
            out.text(severity.rawValue)
            out.raw("\">\n<h3>")
            out.text(labels.severity(severity))
            out.raw(" (")
            out.int(group.count)
            out.raw(")</h3>\n<ul>\n")
            for finding in group {
                out.raw("<li>")
                findingLine(finding, into: &out)
                if let quoted = quote(finding) {
                    out.raw("\n<blockquote>\n<p>")
                    out.text(quoted)
                    out.raw("</p>\n</blockquote>\n")
                }
                out.raw("</li>\n")
            }
            out.raw("</ul>\n</div>")
        }, "")
    }

    /// How many of an entity's sentences a row lists before `…`.
    static let referencesPerEntity = 24

}

/// The page's markup as an ``InlineWriter``: text escaped, code in `<code>`,
/// a sentence as a titled link to it.
extension MarkupWriter: InlineWriter {
    mutating func code(_ text: String) {
        guard !text.isEmpty else { return }
        raw("<code>")
        self.text(text)
        raw("</code>")
    }

    mutating func reference(_ id: String?, in body: ArticleBody) {
        guard let id else { return }
        raw("<a href=\"#")
        text(Anchor.id(id))
        raw("\" title=\"")
        text(body.labels.seeSentence)
        raw("\">")
        text(id)
        if let line = body.facts.sentenceByID[id]?.range.start.line {
            raw(" · ")
            text(body.labels.line)
            raw(" ")
            int(line)
        }
        raw("</a>")
    }
}

/// The frame every table of a page shares: its scrolling wrapper and header row.
enum HTMLTable {
    /// Everything up to the first row, which starts on a line of its own.
    static func head(_ className: StaticString, headers: [String], into out: inout MarkupWriter) {
        out.raw("<div class=\"table-frame\"><table class=\"")
        out.raw(className)
        out.raw("\">\n<thead><tr>")
        for name in headers {
            out.raw("<th scope=\"col\">")
            out.text(name)
            out.raw("</th>")
        }
        out.raw("</tr></thead>\n<tbody>\n")
    }

    static let closing: StaticString = "</tbody></table></div>"
}
