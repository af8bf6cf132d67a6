import RontenCore

/// How reports are made: in which language their labels are, and from which templates.
public struct ReportOptions: Sendable {
    /// The labels' language; nil takes each article's own (mixed → Japanese).
    public var locale: ReportLocale?
    public var templates: PageTemplates

    public init(locale: ReportLocale? = nil, templates: PageTemplates = .embedded) {
        self.locale = locale
        self.templates = templates
    }
}

/// One article's report: the HTML page, the Markdown report, and the line
/// the index shows for it. Each body is one cmark tree built and rendered once.
public struct ArticleReport {
    public let analysis: Analysis
    public let options: ReportOptions
    let facts: ArticleFacts
    let labels: Labels

    public init(_ analysis: Analysis, options: ReportOptions = ReportOptions()) {
        self.analysis = analysis
        self.options = options
        facts = ArticleFacts(analysis)
        labels = Labels(locale: options.locale ?? ReportLocale(for: analysis.document.language))
    }

    public var locale: ReportLocale { labels.locale }

    /// The page; `indexLink` is the relative address of the run's index.html.
    public func html(indexLink: String = "index.html") -> String {
        String(decoding: htmlBytes(indexLink: indexLink), as: UTF8.self)
    }

    /// The page as the UTF-8 bytes to write, made without a String of it.
    public func htmlBytes(indexLink: String = "index.html") -> [UInt8] {
        let title = facts.title ?? labels.untitled
        let pageFacts = PageFacts.facts(facts, labels)
        var titleLang = ArticleText.languageTag(analysis.document.language)
        if titleLang == labels.locale.rawValue { titleLang = nil }
        let body = ArticleBody(facts: facts, labels: labels, target: .html)
        let kind = ArticleShell.Kind(locale: labels.locale, titleLang: titleLang, factLabels: pageFacts.map(\.label))
        if let shell = options.templates.articleShells[kind] {
            return body.renderHTML { shell.page(title: title, indexLink: indexLink, factValues: pageFacts.map(\.value), body: $0) }
        }
        var context = Self.constantContext(labels)
        context["title"] = title
        context["indexLink"] = indexLink
        context["facts"] = pageFacts.map { ["label": $0.label, "value": $0.value] }
        if let titleLang { context["titleLang"] = titleLang }
        return body.renderHTML { options.templates.render("article", context, body: $0) }
    }

    /// What the article template is given that is the same for every article of a locale.
    static func constantContext(_ labels: Labels) -> [String: Any] {
        [
            "lang": labels.locale.rawValue,
            "version": ReportVersion.string,
            "labels": labels.templateValues,
            "parts": ArticleBody.parts(labels).map { ["id": $0.id, "title": $0.title] },
        ]
    }

    /// The same content in CommonMark.
    public func markdown() -> String {
        ArticleBody(facts: facts, labels: labels, target: .markdown).render()
    }

    /// What the index lists for this article, linked to `page`.
    public func indexEntry(page: String, markdown: String? = nil) -> IndexEntry {
        let worst = facts.worstFinding
        return IndexEntry(title: facts.title, source: analysis.document.source.path, page: page, markdownPage: markdown,
                          language: analysis.document.language, thesis: facts.thesis,
                          claims: analysis.claims?.count, figures: facts.figureCount,
                          findings: facts.findings.map { list in
                              Dictionary(grouping: list, by: \.severity).mapValues(\.count)
                          },
                          worstFinding: worst.map { IndexEntry.WorstFinding(rule: $0.rule, severity: $0.severity, message: $0.message) })
    }
}

enum ReportVersion {
    static let string = "0.1.0"
}

extension Labels {
    /// The labels a template can use as `{{labels.name}}`.
    var templateValues: [String: String] {
        ["report": report, "contents": contents, "index": index, "generated": generated, "sortHint": sortHint,
         "summary": summary, "map": map, "claims": claims, "findings": findings, "article": article,
         "figures": figures, "entities": entities]
    }
}
