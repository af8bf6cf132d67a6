import RontenCore

/// The body of an article's report as one cmark tree: summary, argument map,
/// claims, findings, the annotated article, figures and entities. Every part
/// says so plainly when the stage that fills it has not run.
///
/// A class, though it holds only constants: the parts' nested closures
/// capture it, and as a struct each claim's row copied all of it (the
/// facts' tables, the labels, the map tree), a retain and a release a field.
final class ArticleBody {
    let facts: ArticleFacts
    let labels: Labels
    let target: BodyTarget
    let document = CMarkDocument()
    /// The argument as drawn, made once for the summary and the map.
    let tree: MapTree?

    init(facts: ArticleFacts, labels: Labels, target: BodyTarget) {
        self.facts = facts
        self.labels = labels
        self.target = target
        tree = facts.argument.map(MapTree.init)
    }

    /// The page's parts in order, for the template's table of contents.
    static func parts(_ labels: Labels) -> [(id: String, title: String)] {
        [("summary", labels.summary), ("map", labels.map), ("claims", labels.claims), ("findings", labels.findings),
         ("article", labels.article), ("figures", labels.figures), ("entities", labels.entities)]
    }

    func render() -> String {
        build()
        return target == .html ? document.renderHTML() : document.renderCommonMark()
    }

    /// The HTML body, lent as the bytes cmark rendered.
    func renderHTML<R>(_ use: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        build()
        return document.withRenderedHTML(use)
    }

    private func build() {
        if target == .markdown { markdownHeader() }
        summary()
        map()
        claims()
        findings()
        ArticleText(facts: facts, labels: labels, target: target, document: document).build()
        figures()
        entities()
    }

    // MARK: Parts

    func part(_ id: String, _ title: String, _ content: () -> Void) {
        if target == .html {
            document.section(id) {
                document.heading(2) { document.text(title) }
                content()
            }
        } else {
            document.heading(2) { document.text(title) }
            content()
        }
    }

    func note(_ text: String) {
        if target == .html {
            document.block("<div class=\"note\">", "</div>") { document.paragraph { document.text(text) } }
        } else {
            document.paragraph { document.emphasis { document.text(text) } }
        }
    }

    /// `s12` as a link in the page, as plain `s12, line 21` in the Markdown report.
    func sentenceReference(_ id: String?) {
        guard let id else { return }
        let line = facts.sentenceByID[id]?.range.start.line
        func reference(_ out: inout LiteralWriter) {
            out.text(id)
            if let line {
                out.raw(" · ")
                out.text(labels.line)
                out.raw(" ")
                out.int(line)
            }
        }
        if target == .html {
            let title = labels.seeSentence
            document.link(anchor: id, title: { $0.text(title) }) { document.text(reference) }
        } else {
            document.text { $0.raw("("); reference(&$0); $0.raw(")") }
        }
    }

    private func markdownHeader() {
        document.heading(1) { document.text(facts.title ?? labels.untitled) }
        document.list {
            for fact in PageFacts.facts(facts, labels) {
                document.item { document.paragraph { document.strong { document.text(fact.label) }; document.text(": " + fact.value) } }
            }
        }
    }

    // MARK: Summary

    private func summary() {
        part("summary", labels.summary) {
            if let tree, !tree.isEmpty {
                let thesis = tree.roots.first.map { tree.nodes[$0] }
                if let thesis {
                    document.paragraph {
                        document.strong { document.text(labels.role(thesis.role)) }
                        document.text { $0.raw(": "); $0.text(thesis.text); $0.raw(" ") }
                        sentenceReference(thesis.sentences.first)
                    }
                }
                let points = tree.nodes.filter { ($0.role == .claim || $0.role == .conclusion) && $0.id != thesis?.id }
                if !points.isEmpty {
                    document.list {
                        for point in points {
                            document.item {
                                document.paragraph {
                                    document.strong { document.text(labels.role(point.role)) }
                                    document.text { $0.raw(": "); $0.text(point.text); $0.raw(" ") }
                                    sentenceReference(point.sentences.first)
                                }
                            }
                        }
                    }
                }
            } else if let claims = facts.claims, !claims.isEmpty {
                // No tree yet: each section's first claim stands for it.
                document.list {
                    for section in facts.sections {
                        let ids = section.blocks.flatMap { $0.sentences.map(\.id) }
                        guard let claim = ids.lazy.compactMap({ self.facts.claimsBySentence[$0]?.first }).first else { continue }
                        document.item {
                            document.paragraph {
                                if let heading = section.heading { document.strong { document.text(heading.text) }; document.text(": ") }
                                document.text { $0.text(claim.text); $0.raw(" ") }
                                sentenceReference(claim.sentence)
                            }
                        }
                    }
                }
            } else {
                note(labels.notAnalysed)
                headingOutline()
            }
        }
    }

    private func headingOutline() {
        let headings = facts.sections.compactMap(\.heading)
        guard !headings.isEmpty else { return }
        document.list {
            for heading in headings { document.item { document.paragraph { document.text(heading.text) } } }
        }
    }

    // MARK: Map

    private func map() {
        part("map", labels.map) {
            guard let tree else { return note(labels.noMap) }
            guard !tree.isEmpty else { return note(labels.noMap) }
            if target == .html {
                let svg = ArgumentMapSVG(tree: tree, labels: labels)
                document.block({ svg.write(&$0) }, "")
                mapLegend(tree)
            } else {
                MapOutline(tree: tree, labels: labels, body: self).build()
            }
        }
    }

    private func mapLegend(_ tree: MapTree) {
        // One pass over the nodes: asking per role copied every node nine times.
        var present: Set<ArgumentNode.Role> = []
        var anyOpponent = false
        for i in tree.nodes.indices {
            present.insert(tree.nodes[i].role)
            if tree.nodes[i].stance == .opponent { anyOpponent = true }
        }
        var drawn: Set<ArgumentRelation.Kind> = []
        for i in tree.parentRelation.indices { if let kind = tree.parentRelation[i]?.type { drawn.insert(kind) } }
        let roles = ArgumentNode.Role.allCases.filter(present.contains)
        let relations = ArgumentRelation.Kind.allCases.filter(drawn.contains)
        document.block("<div class=\"legend map-legend\">", "</div>") {
            document.paragraph {
                document.strong { document.text(labels.legend) }
                for role in roles {
                    document.text(" ")
                    let colours = ArgumentMapSVG.roleColours(role)
                    document.inline({ out in
                        out.raw("<span class=\"swatch\" style=\"background:")
                        out.raw(colours.fill)
                        out.raw(";border-color:")
                        out.raw(colours.stroke)
                        out.raw("\">")
                    }, "</span>") { document.text(labels.role(role)) }
                }
                if anyOpponent {
                    document.text(" ")
                    document.inline("<span class=\"swatch opponent\">", "</span>") { document.text(labels.opponent) }
                }
                for kind in relations {
                    document.text(" ")
                    document.inline({ out in
                        out.raw("<span class=\"edge-key\" style=\"color:")
                        out.raw(ArgumentMapSVG.edgeColour(kind))
                        out.raw("\">")
                    }, "</span>") { document.text((kind.isAttack ? "⊣ " : "→ ") + labels.relation(kind)) }
                }
            }
        }
    }

    // MARK: Claims

    private func claims() {
        part("claims", labels.claims) {
            guard let claims = facts.claims else { return note(labels.notAnalysed) }
            guard !claims.isEmpty else { return note(labels.noClaims) }
            if target == .html {
                claimsTable(claims)
            } else {
                document.list {
                    for claim in claims {
                        document.item {
                            document.paragraph {
                                document.strong { document.text(claim.id) }
                                document.text { $0.raw(" "); $0.text(claim.text); $0.raw(" ") }
                                sentenceReference(claim.sentence)
                                document.lineBreak()
                                var nodes = NodeWriter(body: self)
                                document.text(labels.type + ": " + labels.claimType(claim.type) + " · " + labels.certainty + ": ")
                                certainty(claim, into: &nodes)
                                document.text(" · " + labels.evidence + ": ")
                                evidence(claim, into: &nodes)
                                document.text(" · " + labels.figures + ": ")
                                claimFigures(claim, into: &nodes)
                            }
                        }
                    }
                }
            }
        }
    }

    // What a claim's certainty, evidence and figures say, and a finding's
    // line: one place for both outputs (see InlineWriter).

    func certainty<W: InlineWriter>(_ claim: Claim, into out: inout W) {
        out.text(labels.certainty(claim.certainty))
        if !claim.certaintyCues.isEmpty { out.text(" (" + claim.certaintyCues.joined(separator: ", ") + ")") }
    }

    func evidence<W: InlineWriter>(_ claim: Claim, into out: inout W) {
        guard !claim.evidence.isEmpty else { return out.text(labels.none) }
        for (index, item) in claim.evidence.enumerated() {
            if index > 0 { out.text("; ") }
            out.text(labels.evidenceKind(item.kind))
            out.text(": ")
            out.code(item.text)
        }
    }

    func claimFigures<W: InlineWriter>(_ claim: Claim, into out: inout W) {
        let figures = facts.quantitiesBySentence[claim.sentence] ?? []
        guard !figures.isEmpty else { return out.text(facts.figureCount == nil ? "—" : labels.none) }
        for (index, figure) in figures.enumerated() {
            if index > 0 { out.text(", ") }
            out.code(figure.value.text)
        }
    }

    /// The rule, the message and where: the sentence, else the line.
    func findingLine<W: InlineWriter>(_ finding: Finding, into out: inout W) {
        out.code(finding.rule)
        out.text(" ")
        out.text(finding.message.text(for: labels.locale.language))
        out.text(" ")
        if finding.sentence != nil {
            out.reference(finding.sentence, in: self)
        } else {
            out.text("(" + labels.line + " " + String(finding.range.start.line) + ")")
        }
    }

    // MARK: Findings

    private func findings() {
        part("findings", labels.findings) {
            guard let findings = facts.findings else { return note(labels.notAnalysed) }
            guard !findings.isEmpty else { return note(labels.noFindings) }
            for severity in Severity.allCases.reversed() {
                let group = findings.filter { $0.severity == severity }
                guard !group.isEmpty else { continue }
                if target == .html {
                    findingsGroup(severity, group)
                    continue
                }
                document.heading(3) { document.text { $0.text(labels.severity(severity)); $0.raw(" ("); $0.int(group.count); $0.raw(")") } }
                document.list {
                    for finding in group { document.item { self.finding(finding) } }
                }
            }
        }
    }

    /// A finding in the Markdown report: its rule, message and place, then the sentence quoted.
    private func finding(_ finding: Finding) {
        document.paragraph {
            var nodes = NodeWriter(body: self)
            findingLine(finding, into: &nodes)
        }
        if let quoted = quote(finding) { document.blockQuote { document.paragraph { document.text(quoted) } } }
    }

    /// What a finding quotes: its sentence, else the evidence it names.
    func quote(_ finding: Finding) -> String? {
        facts.sentenceText(finding.sentence) ?? (finding.evidence.isEmpty ? nil : finding.evidence.joined(separator: " … "))
    }

    // MARK: Figures and entities

    private func figures() {
        part("figures", labels.figures) {
            guard let quantities = facts.quantities else { return note(labels.notAnalysed) }
            guard !quantities.isEmpty else { return note(labels.noFigures) }
            if target == .html {
                figuresTable(quantities)
            } else {
                document.list {
                    for mention in quantities {
                        document.item {
                            document.paragraph {
                                document.code(mention.value.text)
                                document.text { $0.raw(" "); $0.text(mention.value.kind.rawValue); $0.raw(" → ") }
                                document.code(FigureText.normalised(mention.value))
                                document.text(" ")
                                sentenceReference(mention.sentence)
                            }
                        }
                    }
                }
            }
        }
    }

    private func entities() {
        part("entities", labels.entities) {
            guard let entities = facts.entities else { return note(labels.notAnalysed) }
            guard !entities.isEmpty else { return note(labels.noEntities) }
            let sorted = NameOrder.sorted(entities)
            if target == .html {
                entitiesTable(sorted)
            } else {
                func references(_ entity: Entity) {
                    var seen = Set<String>()
                    for mention in entity.mentions where seen.insert(mention.sentence).inserted {
                        if seen.count > Self.referencesPerEntity { document.text(" …"); break }
                        if seen.count > 1 { document.text(" ") }
                        document.text(mention.sentence)
                    }
                }
                document.list {
                    for entity in sorted {
                        document.item {
                            document.paragraph {
                                document.strong { document.text(entity.name) }
                                document.text(" (" + labels.entityKind(entity.kind) + ", " + String(entity.mentions.count) + "): ")
                                references(entity)
                            }
                        }
                    }
                }
            }
        }
    }
}
