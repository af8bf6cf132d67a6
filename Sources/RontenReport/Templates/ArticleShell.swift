import Foundation
import RontenCore

/// The article page around its per-article values, rendered by Mustache once
/// per kind of page rather than once per article.
///
/// Everything an article page shows but its title, index link, fact values
/// and body is the same for every article of one locale, language tag and
/// list of facts: the labels, the table of contents, the style sheet. So
/// each such kind is rendered once, when the first page of that kind is
/// written (see ArticleShells), with marks where the per-article values
/// go, and a page is the shell's bytes with the values put in place of the
/// marks, escaped as Mustache escapes them.
/// Profiling put Mustache's own lookups at 2% of a whole-corpus report.
///
/// The values must reach the page only as `{{title}}`, `{{indexLink}}`,
/// `{{value}}` and `{{{body}}}` (TemplateTags checks); a template that uses
/// them otherwise, or a page of a kind not in `kinds`, goes through
/// Mustache as before.
struct ArticleShell: Sendable {
    /// What decides the shell: everything in the context but the per-article values.
    struct Kind: Hashable, Sendable {
        var locale: ReportLocale
        var titleLang: String?
        var factLabels: [String]
    }

    enum Piece: Sendable {
        case text(Range<Int>)
        case title, indexLink, body
        case factValue(Int)
    }

    let bytes: [UInt8]
    let pieces: [Piece]

    static let varying: Set<String> = ["title", "indexLink", "value"]

    static func allows(_ template: String) -> Bool {
        TemplateTags.allow(template, verbatim: ["body"], escaped: varying)
    }

    /// Every kind a page can be: each locale, a title language tag other
    /// than the locale's or none, a date or not, an author or not.
    static let kinds: [Kind] = {
        var kinds: [Kind] = []
        for locale in ReportLocale.allCases {
            let labels = Labels(locale: locale)
            let tags: [String?] = [nil] + Language.allCases.compactMap(ArticleText.languageTag)
            for titleLang in tags where titleLang != locale.rawValue {
                for hasDate in [false, true] {
                    for hasAuthor in [false, true] {
                        kinds.append(Kind(locale: locale, titleLang: titleLang,
                                          factLabels: PageFacts.labels(labels, hasDate: hasDate, hasAuthor: hasAuthor)))
                    }
                }
            }
        }
        return kinds
    }()

    /// The shell of one kind, rendered by `render` (the article template
    /// with the style sheet added); nil where it could not be read back.
    static func make(_ kind: Kind, _ render: ([String: Any]) -> String) -> ArticleShell? {
        var context = ArticleReport.constantContext(Labels(locale: kind.locale))
        context["title"] = BodySplice.mark("t")
        context["indexLink"] = BodySplice.mark("i")
        context["facts"] = kind.factLabels.enumerated().map { ["label": $1, "value": BodySplice.mark("v\($0)")] }
        context["body"] = BodySplice.mark
        if let titleLang = kind.titleLang { context["titleLang"] = titleLang }
        return ArticleShell(render(context), facts: kind.factLabels.count)
    }

    /// Reads the marks back out of a rendered shell.
    init?(_ rendered: String, facts: Int) {
        bytes = Array(rendered.utf8)
        let prefix = Array(BodySplice.markPrefix.utf8)
        var pieces: [Piece] = []
        var run = 0
        var i = 0
        while i + prefix.count <= bytes.count {
            guard bytes[i] == prefix[0], bytes[i..<(i + prefix.count)].elementsEqual(prefix) else {
                i += 1
                continue
            }
            var end = i + prefix.count
            while end < bytes.count, bytes[end] != UInt8(ascii: ".") { end += 1 }
            guard end < bytes.count else { return nil }
            let id = String(decoding: bytes[(i + prefix.count)..<end], as: UTF8.self)
            let piece: Piece
            switch id {
            case "t": piece = .title
            case "i": piece = .indexLink
            case "b": piece = .body
            default:
                guard id.first == "v", let index = Int(id.dropFirst()), index >= 0, index < facts else { return nil }
                piece = .factValue(index)
            }
            if run < i { pieces.append(.text(run..<i)) }
            pieces.append(piece)
            i = end + 1
            run = i
        }
        if run < bytes.count { pieces.append(.text(run..<bytes.count)) }
        self.pieces = pieces
    }

    /// The page of one article.
    func page(title: String, indexLink: String, factValues: [String], body: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var page: [UInt8] = []
        page.reserveCapacity(bytes.count + body.count + 512)
        bytes.withUnsafeBufferPointer { shell in
            for piece in pieces {
                switch piece {
                case .text(let range): page.append(contentsOf: UnsafeBufferPointer(rebasing: shell[range]))
                case .title: MustacheEscaping.append(title, to: &page)
                case .indexLink: MustacheEscaping.append(indexLink, to: &page)
                case .factValue(let index): MustacheEscaping.append(factValues[index], to: &page)
                case .body: page.append(contentsOf: body)
                }
            }
        }
        return page
    }
}

/// HTML escaping exactly as the Mustache library does it for `{{name}}`:
/// Character by Character, so a `<` that a combining mark follows is part
/// of another Character and stays as it is.
enum MustacheEscaping {
    static func append(_ text: String, to bytes: inout [UInt8]) {
        var native = text
        let done = native.withUTF8 { source in
            // No byte of the five: every Character passes unchanged.
            for byte in source where byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0x22 || byte == 0x27 { return false }
            bytes.append(contentsOf: source)
            return true
        }
        if done { return }
        for character in text {
            switch character {
            case "<": bytes.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B]) // &lt;
            case ">": bytes.append(contentsOf: [0x26, 0x67, 0x74, 0x3B]) // &gt;
            case "&": bytes.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B]) // &amp;
            case "\"": bytes.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]) // &quot;
            case "'": bytes.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B]) // &#39;
            default: bytes.append(contentsOf: character.utf8)
            }
        }
    }
}

/// The article page's shells, each rendered the first time a page of its
/// kind is written. Rendering all sixteen when the templates loaded was a
/// fifth of a one-article report's instructions (36 M of 196 M), and such a
/// report needs one. Shared by the workers, so the table is locked; a shell
/// is rendered once under the lock.
final class ArticleShells: @unchecked Sendable {
    private let render: (@Sendable ([String: Any]) -> String)?
    private let lock = NSLock()
    /// Guarded by `lock`: the kinds asked for so far, nil where none could be made.
    private var made: [ArticleShell.Kind: ArticleShell?] = [:]

    /// `render` nil: the template does not qualify, and every page goes through Mustache.
    init(render: (@Sendable ([String: Any]) -> String)?) {
        self.render = render
    }

    /// No shell is ever made (the template does not qualify, or splicing is off).
    var isEmpty: Bool { render == nil }

    /// The shell for `kind`, nil for a kind not in ``ArticleShell/kinds``
    /// (its page goes through Mustache, as before).
    subscript(kind: ArticleShell.Kind) -> ArticleShell? {
        guard let render else { return nil }
        lock.lock()
        defer { lock.unlock() }
        if let shell = made[kind] { return shell }
        let shell = ArticleShell.kinds.contains(kind) ? ArticleShell.make(kind, render) : nil
        made[kind] = shell
        return shell
    }
}
