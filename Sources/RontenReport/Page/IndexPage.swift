import RontenCore

/// The run's index: every article with its language, thesis, counts and
/// most severe finding, linked to its page. The table is complete without
/// script; the template's few lines of script only add sorting.
public struct IndexPage {
    public let entries: [IndexEntry]
    public let options: ReportOptions
    let labels: Labels

    public init(_ entries: [IndexEntry], options: ReportOptions = ReportOptions()) {
        self.entries = entries
        self.options = options
        labels = Labels(locale: options.locale ?? Self.majorityLocale(entries))
    }

    /// Japanese when at least half the articles read as Japanese.
    static func majorityLocale(_ entries: [IndexEntry]) -> ReportLocale {
        let japanese = entries.filter { ReportLocale(for: $0.language) == .ja }.count
        return !entries.isEmpty && japanese * 2 >= entries.count ? .ja : .en
    }

    public func html() -> String {
        let context: [String: Any] = [
            "lang": labels.locale.rawValue,
            "version": ReportVersion.string,
            "count": labels.locale == .ja ? "\(entries.count) 件" : "\(entries.count) article\(entries.count == 1 ? "" : "s")",
            "labels": labels.templateValues,
            "body": body(.html),
        ]
        return options.templates.render("index", context)
    }

    public func markdown() -> String {
        body(.markdown)
    }

    /// Rows are rendered a chunk at a time: one cmark tree for a folder of
    /// ten thousand articles held tens of megabytes at the end of a run whose
    /// every other part is bounded. The renderer starts each row on a fresh
    /// line, so the chunks join into the very bytes of one tree.
    static let rowsPerChunk = 256

    private func body(_ target: BodyTarget) -> String {
        target == .html ? htmlBody() : markdownBody()
    }

    private func htmlBody() -> String {
        let headers = [labels.articles, labels.language, labels.thesis, labels.claims, labels.findings, labels.worst, labels.figures]
        let frame = CMarkDocument()
        frame.table("articles", headers: headers) {}
        let empty = frame.renderHTML()
        let closing = HTMLTable.closing.description + "\n"
        guard empty.hasSuffix(closing) else { return empty }
        var body = String(empty.dropLast(closing.count))
        var start = entries.startIndex
        while start < entries.endIndex {
            let end = min(start + Self.rowsPerChunk, entries.endIndex)
            let chunk = CMarkDocument()
            for entry in entries[start..<end] { row(chunk, entry) }
            body += chunk.renderHTML()
            start = end
        }
        return body + closing
    }

    private func row(_ document: CMarkDocument, _ entry: IndexEntry) {
        document.row {
            document.cell(sortKey: entry.title ?? entry.source) { articleLink(document, entry) }
            document.cell { document.text(entry.language.rawValue) }
            document.cell { document.text(entry.thesis ?? "—") }
            document.cell(sortKey: String(entry.claims ?? -1)) { document.text(labels.count(entry.claims)) }
            document.cell(sortKey: String(entry.findingCount ?? -1)) { findingCounts(document, entry) }
            document.cell(sortKey: String(Self.rank(entry.worstFinding?.severity))) { worst(document, entry) }
            document.cell(sortKey: String(entry.figures ?? -1)) { document.text(labels.count(entry.figures)) }
        }
    }

    private func markdownBody() -> String {
        let document = CMarkDocument()
        document.heading(1) { document.text(labels.index) }
        document.list {
            for entry in entries {
                document.item {
                    document.paragraph {
                        articleLink(document, entry, markdown: true)
                        document.text(" (" + entry.language.rawValue + ")")
                        document.lineBreak()
                        document.text(labels.thesis + ": " + (entry.thesis ?? "—"))
                        document.lineBreak()
                        document.text(labels.claims + ": " + labels.count(entry.claims) + " · " + labels.findings + ": ")
                        findingCounts(document, entry)
                        document.text(" · " + labels.figures + ": " + labels.count(entry.figures))
                        if entry.worstFinding != nil {
                            document.lineBreak()
                            document.text(labels.worst + ": ")
                            worst(document, entry)
                        }
                    }
                }
            }
        }
        return document.renderCommonMark()
    }

    private func articleLink(_ document: CMarkDocument, _ entry: IndexEntry, markdown: Bool = false) {
        // "./" keeps a file name such as `javascript:x.html` a relative path.
        let target = markdown ? entry.markdownPage ?? entry.page : entry.page
        let page = target.hasPrefix("./") || target.hasPrefix("../") ? target : "./" + target
        document.link(Self.percentEncoded(page)) { document.text(entry.title ?? labels.untitled) }
        if entry.title != nil {
            document.text(" ")
            document.code(entry.source)
        }
    }

    private func findingCounts(_ document: CMarkDocument, _ entry: IndexEntry) {
        guard let findings = entry.findings else { return document.text("—") }
        let parts = Severity.allCases.reversed().map { labels.severity($0) + " " + String(findings[$0] ?? 0) }
        document.text(parts.joined(separator: " · "))
    }

    private func worst(_ document: CMarkDocument, _ entry: IndexEntry) {
        guard let worst = entry.worstFinding else { return document.text(entry.findings == nil ? "—" : labels.none) }
        document.strong { document.text(labels.severity(worst.severity)) }
        document.text(" ")
        document.code(worst.rule)
        document.text(" " + worst.message.text(for: labels.locale.language))
    }

    static func rank(_ severity: Severity?) -> Int {
        switch severity {
        case nil: return 0
        case .info: return 1
        case .warning: return 2
        case .error: return 3
        }
    }

    /// Path segments percent-encoded byte by byte, `/` kept.
    static func percentEncoded(_ path: String) -> String {
        var out: [UInt8] = []
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.append(byte)
            default:
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
