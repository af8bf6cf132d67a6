import RontenCore

/// The article itself, annotated: every sentence anchored (`id="s12"`),
/// claims tagged, hedges, boosters, figures, entities and anonymous
/// attributions marked. The blocks (headings, paragraphs, lists, code) are
/// cmark nodes. In the Markdown report the text goes in as literal nodes; on
/// the page each sentence is one piece of Ronten's own markup, its text
/// escaped by `MarkupWriter` like every other text in that markup.
struct ArticleText {
    // Only the few tables the text needs, not all of ArticleFacts: closures
    // that build a sentence's nodes capture this struct, and copying it
    // (one retain a table) happens for every sentence and mark.
    let sections: [Section]
    let language: Language
    let claimsBySentence: SentenceTable<[Claim]>
    let marks: SentenceTable<[Mark]>
    let labels: Labels
    let target: BodyTarget
    let document: CMarkDocument

    init(facts: ArticleFacts, labels: Labels, target: BodyTarget, document: CMarkDocument) {
        sections = facts.sections
        language = facts.language
        claimsBySentence = facts.claimsBySentence
        marks = facts.marks
        self.labels = labels
        self.target = target
        self.document = document
    }

    func build() {
        let title = labels.article
        // A local function, not a closure held in a constant, which would
        // escape and be boxed on the heap.
        func content() {
            legend()
            let shift = headingShift
            for section in sections { self.section(section, headingShift: shift) }
        }
        if target == .html {
            document.section("article") {
                document.heading(2) { document.text(title) }
                document.block({ out in
                    out.raw("<div class=\"article-text\"")
                    out.attribute("lang", Self.languageTag(language) ?? labels.locale.rawValue)
                    out.raw(">")
                }, "</div>", content)
            }
        } else {
            document.heading(2) { document.text(title) }
            content()
        }
    }

    /// The BCP 47 tag of a language, nil when it is mixed or unknown.
    static func languageTag(_ language: Language) -> String? {
        switch language {
        case .japanese: return "ja"
        case .english: return "en"
        case .mixed, .undetermined: return nil
        }
    }

    private func legend() {
        if target == .html {
            document.block("<div class=\"legend text-legend\">", "</div>") {
                document.paragraph {
                    document.strong { document.text(labels.legend) }
                    for kind in MarkKind.allCases {
                        document.text(" ")
                        document.inline({ out in
                            out.raw("<mark class=\"")
                            out.text(kind.rawValue)
                            out.raw("\">")
                        }, "</mark>") { document.text(labels.mark(kind)) }
                    }
                    document.text(" ")
                    document.inline("<span class=\"s claim\">", "</span>") { document.text(labels.claims) }
                }
            }
        } else {
            document.paragraph {
                document.strong { document.text(labels.legend) }
                document.text(" ")
                document.emphasis { document.text(labels.mark(.hedge)) }
                document.text(" · ")
                document.strong { document.text(labels.mark(.booster)) }
                document.text(" · ")
                document.code(labels.mark(.figure))
                document.text(" · ⟨c1⟩ " + labels.claims)
            }
        }
    }

    /// The article's top heading level lands on h3, under the page's h2 parts.
    private var headingShift: Int {
        3 - (sections.compactMap { $0.heading?.level }.min() ?? 1)
    }

    private func section(_ section: Section, headingShift: Int) {
        if let heading = section.heading {
            document.heading(min(6, max(3, heading.level + headingShift))) { document.text(heading.text) }
        }
        var index = 0
        let blocks = section.blocks
        while index < blocks.count {
            let block = blocks[index]
            switch block.kind {
            case .listItem:
                // Consecutive items make one list.
                document.list {
                    while index < blocks.count && blocks[index].kind == .listItem {
                        let item = blocks[index]
                        document.item { document.paragraph { prose(item) } }
                        index += 1
                    }
                }
                continue
            case .blockQuote:
                document.blockQuote { document.paragraph { prose(block) } }
            case .code, .html, .table:
                document.codeBlock(block.text)
            case .paragraph, .unit:
                document.paragraph { prose(block) }
            }
            index += 1
        }
    }

    private func prose(_ block: Block) {
        func inner() {
            guard !block.sentences.isEmpty else { return document.text(block.text) }
            var previous: Sentence?
            for sentence in block.sentences {
                if let previous, Self.needsSpace(between: previous.text, and: sentence.text) { document.text(" ") }
                self.sentence(sentence)
                previous = sentence
            }
        }
        let tag = Self.languageTag(block.language)
        if target == .html, let tag, block.language != language {
            document.inline({ out in out.raw("<span"); out.attribute("lang", tag); out.raw(">") }, "</span>", inner)
        } else {
            inner()
        }
    }

    /// Japanese sentences follow each other without a space; English ones take one.
    static func needsSpace(between previous: String, and next: String) -> Bool {
        guard let last = previous.unicodeScalars.last, let first = next.unicodeScalars.first else { return false }
        if last == " " || first == " " { return false }
        return !(NodeLabel.isWide(last) || NodeLabel.isWide(first))
    }

    private func sentence(_ sentence: Sentence) {
        let claims = self.claimsBySentence[sentence.id] ?? []
        guard target == .html else {
            for claim in claims { claimTag(claim) }
            return marked(sentence)
        }
        // On the page the whole sentence is one inline of markup: its span,
        // claim tags and marked text. As a node per text piece, mark and tag
        // (each made by C calls, then walked by the renderer) the annotated
        // article took 110 M instructions on the callgrind subset, now 75 M.
        document.inline({ out in
            out.raw("<span class=\"")
            out.raw(claims.isEmpty ? "s\"" : "s claim\"")
            out.attribute("id", Anchor.id(sentence.id))
            if sentence.language != .mixed, sentence.language != .undetermined,
               sentence.language != language, let tag = Self.languageTag(sentence.language) {
                out.attribute("lang", tag)
            }
            out.raw(">")
            for claim in claims {
                out.raw("<span class=\"claim-tag\"><a href=\"#")
                out.text(Anchor.id(claim.id))
                out.raw("\" title=\"")
                out.text(labels.claims)
                out.raw(" ")
                out.text(claim.id)
                out.raw("\">")
                out.text(claim.id)
                out.raw("</a></span>")
            }
            marked(sentence, into: &out)
        }, "</span>") {}
    }

    /// The sentence's text escaped, its marks as `<mark>` spans. Marks start
    /// and end where a whole mention's UTF-8 matched, so every cut falls
    /// between characters.
    private func marked(_ sentence: Sentence, into out: inout MarkupWriter) {
        guard let marks = self.marks[sentence.id], !marks.isEmpty else { return out.text(sentence.text) }
        var text = sentence.text
        text.withUTF8 { bytes in
            var position = 0
            for mark in marks where mark.start >= position && mark.end <= bytes.count {
                if mark.start > position { out.escape(UnsafeBufferPointer(rebasing: bytes[position..<mark.start])) }
                out.raw("<mark class=\"")
                out.text(mark.kind.rawValue)
                out.raw("\" title=\"")
                out.text(labels.mark(mark.kind))
                if !mark.note.isEmpty {
                    out.raw(": ")
                    out.text(mark.note)
                }
                out.raw("\">")
                out.escape(UnsafeBufferPointer(rebasing: bytes[mark.start..<mark.end]))
                out.raw("</mark>")
                position = mark.end
            }
            if position < bytes.count { out.escape(UnsafeBufferPointer(rebasing: bytes[position...])) }
        }
    }

    /// `⟨c3⟩` before a claim in the Markdown report.
    private func claimTag(_ claim: Claim) {
        document.text { $0.raw("⟨"); $0.text(claim.id); $0.raw("⟩ ") }
    }

    /// The sentence in the Markdown report: hedges emphasised, boosters
    /// strong, figures as code.
    private func marked(_ sentence: Sentence) {
        guard let marks = self.marks[sentence.id], !marks.isEmpty else { return document.text(sentence.text) }
        var text = sentence.text
        text.withUTF8 { bytes in
            var position = 0
            for mark in marks where mark.start >= position && mark.end <= bytes.count {
                if mark.start > position {
                    document.text { $0.append(UnsafeBufferPointer(rebasing: bytes[position..<mark.start])) }
                }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[mark.start..<mark.end]), as: UTF8.self)
                switch mark.kind {
                case .hedge: document.emphasis { document.text(text) }
                case .booster: document.strong { document.text(text) }
                case .figure: document.code(text)
                case .entity, .attribution: document.text(text)
                }
                position = mark.end
            }
            if position < bytes.count { document.text { $0.append(UnsafeBufferPointer(rebasing: bytes[position...])) } }
        }
    }
}
