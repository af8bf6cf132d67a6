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
                sentenceLink(claim.sentence, into: &out)
                out.raw("</td><td>")
                out.text(labels.claimType(claim.type))
                out.raw("</td><td>")
                out.text(labels.certainty(claim.certainty))
                if !claim.certaintyCues.isEmpty {
                    out.raw(" (")
                    for (index, cue) in claim.certaintyCues.enumerated() {
                        if index > 0 { out.raw(", ") }
                        out.text(cue)
                    }
                    out.raw(")")
                }
                out.raw("</td><td>")
                if claim.evidence.isEmpty { out.text(labels.none) }
                for (index, item) in claim.evidence.enumerated() {
                    if index > 0 { out.raw("; ") }
                    out.text(labels.evidenceKind(item.kind))
                    out.raw(": ")
                    code(item.text, into: &out)
                }
                out.raw("</td><td>")
                let figures = facts.quantitiesBySentence[claim.sentence] ?? []
                if figures.isEmpty { out.text(facts.figureCount == nil ? "—" : labels.none) }
                for (index, figure) in figures.enumerated() {
                    if index > 0 { out.raw(", ") }
                    code(figure.value.text, into: &out)
                }
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
                code(FigureText.normalised(mention.value), into: &out)
                out.raw("</td><td>")
                sentenceLink(mention.sentence, into: &out)
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
            let language = labels.locale.language
            for finding in group {
                out.raw("<li>")
                code(finding.rule, into: &out)
                out.raw(" ")
                out.text(finding.message.text(for: language))
                out.raw(" ")
                if finding.sentence != nil {
                    sentenceLink(finding.sentence, into: &out)
                } else {
                    out.raw("(")
                    out.text(labels.line)
                    out.raw(" ")
                    out.int(finding.range.start.line)
                    out.raw(")")
                }
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

    /// `sentenceReference`'s link, as markup: `s12 · line 21`, titled.
    private func sentenceLink(_ id: String?, into out: inout MarkupWriter) {
        guard let id else { return }
        out.raw("<a href=\"#")
        out.text(Anchor.id(id))
        out.raw("\" title=\"")
        out.text(labels.seeSentence)
        out.raw("\">")
        out.text(id)
        if let line = facts.sentenceByID[id]?.range.start.line {
            out.raw(" · ")
            out.text(labels.line)
            out.raw(" ")
            out.int(line)
        }
        out.raw("</a>")
    }

    private func code(_ text: String, into out: inout MarkupWriter) {
        guard !text.isEmpty else { return }
        out.raw("<code>")
        out.text(text)
        out.raw("</code>")
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
