/// One article, as ingestion found it: where it came from, what its front
/// matter says, and its sections, blocks and sentences with their ranges.
public struct Document: Sendable, Codable {
    public var source: SourceInfo
    public var metadata: Metadata
    public var title: Title?
    public var language: Language
    public var sections: [Section]
    /// What ingestion decided on the reader's behalf (a dropped duplicate copy,
    /// a heading it inferred), so nothing happens silently.
    public var notes: [Note]
    /// The decoded text the ranges resolve against. Kept in memory only.
    public var text: SourceText?

    public init(source: SourceInfo, metadata: Metadata = Metadata(), title: Title? = nil,
                language: Language = .undetermined, sections: [Section] = [], notes: [Note] = [],
                text: SourceText? = nil) {
        self.source = source
        self.metadata = metadata
        self.title = title
        self.language = language
        self.sections = sections
        self.notes = notes
        self.text = text
    }

    private enum CodingKeys: String, CodingKey {
        case source, metadata, title, language, sections, notes
    }

    /// Every block in reading order.
    public var blocks: [Block] { sections.flatMap(\.blocks) }

    /// Every sentence in reading order.
    public var sentences: [Sentence] { sections.flatMap { $0.blocks.flatMap(\.sentences) } }
}

/// Where a document came from.
public struct SourceInfo: Sendable, Codable, Hashable {
    /// The path as given (relative paths stay relative), or `-` for stdin.
    public var path: String
    public var encoding: TextEncoding
    /// SHA-256 of the original bytes, lowercase hex.
    public var sha256: String
    public var byteCount: Int
    public var format: SourceFormat

    public init(path: String, encoding: TextEncoding, sha256: String, byteCount: Int, format: SourceFormat) {
        self.path = path
        self.encoding = encoding
        self.sha256 = sha256
        self.byteCount = byteCount
        self.format = format
    }

    private enum CodingKeys: String, CodingKey {
        case path, encoding, sha256, byteCount = "bytes", format
    }
}

public enum SourceFormat: String, Sendable, Codable, Hashable {
    case markdown
    case plainText = "text"
    /// One argumentative unit per line (`--segmented`).
    case segmented
}

/// Front matter, normalised: the keys every tool agrees on, the rest kept.
public struct Metadata: Sendable, Codable, Hashable {
    public var title: String?
    public var date: String?
    public var author: String?
    public var language: String?
    public var tags: [String]
    /// Other keys, their values rendered as text, sorted by key.
    public var extra: [String: String]
    /// `yaml`, `toml` or nil when the file has no front matter.
    public var frontMatter: String?

    public init(title: String? = nil, date: String? = nil, author: String? = nil, language: String? = nil,
                tags: [String] = [], extra: [String: String] = [:], frontMatter: String? = nil) {
        self.title = title
        self.date = date
        self.author = author
        self.language = language
        self.tags = tags
        self.extra = extra
        self.frontMatter = frontMatter
    }

    private enum CodingKeys: String, CodingKey {
        case title, date, author, language = "lang", tags, extra, frontMatter
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(date, forKey: .date)
        try container.encodeIfPresent(author, forKey: .author)
        try container.encodeIfPresent(language, forKey: .language)
        try container.encode(tags, forKey: .tags)
        // Dictionary order changes from run to run; output must not.
        try container.encode(SortedKeys(extra), forKey: .extra)
        try container.encodeIfPresent(frontMatter, forKey: .frontMatter)
    }
}

/// The document's title and where it was found.
public struct Title: Sendable, Codable, Hashable {
    public enum Origin: String, Sendable, Codable, Hashable {
        case frontMatter = "front-matter"
        /// The document's single top-level heading.
        case heading
        /// A short first line standing alone above the text.
        case firstLine = "first-line"
    }

    public var text: String
    public var origin: Origin
    public var range: SourceRange?

    public init(text: String, origin: Origin, range: SourceRange?) {
        self.text = text
        self.origin = origin
        self.range = range
    }
}

/// A heading and the blocks under it up to the next heading. Text before the
/// first heading forms a section without one.
public struct Section: Sendable, Codable, Hashable {
    public var id: String
    public var heading: Heading?
    public var blocks: [Block]

    public init(id: String, heading: Heading?, blocks: [Block]) {
        self.id = id
        self.heading = heading
        self.blocks = blocks
    }

    private enum CodingKeys: String, CodingKey {
        case id, heading, blocks = "paragraphs"
    }
}

public struct Heading: Sendable, Codable, Hashable {
    public var text: String
    /// 1 to 6, as in Markdown.
    public var level: Int
    public var range: SourceRange
    /// True when the heading was recognised in plain or flattened text rather
    /// than marked up as one.
    public var inferred: Bool

    public init(text: String, level: Int, range: SourceRange, inferred: Bool) {
        self.text = text
        self.level = level
        self.range = range
        self.inferred = inferred
    }
}

/// A paragraph-level unit of text: a paragraph, a list item, a quote, or a
/// block kept as it is (code, raw HTML, a table written as text).
public struct Block: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable, Hashable {
        case paragraph
        case listItem = "list-item"
        case blockQuote = "block-quote"
        case table
        /// Code, kept and never analysed as prose.
        case code
        /// Raw HTML, kept as text and never passed on as markup.
        case html
        /// One argumentative unit of pre-segmented input.
        case unit
    }

    public var id: String
    public var kind: Kind
    /// The flattened text (markup reduced to its words).
    public var text: String
    public var range: SourceRange
    public var language: Language
    public var sentences: [Sentence]
    /// Maps offsets in `text` to decoded-source offsets. Kept in memory only.
    public var textMap: TextMap?

    public init(id: String, kind: Kind, text: String, range: SourceRange, language: Language = .undetermined,
                sentences: [Sentence] = [], textMap: TextMap? = nil) {
        self.id = id
        self.kind = kind
        self.text = text
        self.range = range
        self.language = language
        self.sentences = sentences
        self.textMap = textMap
    }

    private enum CodingKeys: String, CodingKey {
        case id, kind, text, range, language, sentences
    }

    /// Whether the block is prose to segment and analyse.
    public var isProse: Bool { kind != .code && kind != .html }
}

public struct Sentence: Sendable, Codable, Hashable {
    /// `s1`, `s2`, … in reading order; stable for the same input.
    public var id: String
    public var text: String
    public var language: Language
    public var range: SourceRange
    /// How firmly the sentence states what it states; set by the evaluator.
    public var certainty: Certainty?
    /// Words with their parts of speech (offsets within the sentence), when asked for.
    public var tokens: [Token]?
    /// Where the sentence lies in its block's text (UTF-8 offsets), for the
    /// stages that place their marks. Kept in memory only.
    public var span: Range<Int>?

    public init(id: String, text: String, language: Language, range: SourceRange,
                certainty: Certainty? = nil, span: Range<Int>? = nil) {
        self.id = id
        self.text = text
        self.language = language
        self.range = range
        self.certainty = certainty
        self.span = span
    }

    private enum CodingKeys: String, CodingKey {
        case id, text, language, range, certainty, tokens
    }
}

/// Something ingestion or analysis decided that the reader should know.
public struct Note: Sendable, Codable, Hashable {
    /// A stable kebab-case code, such as `duplicate-dropped`.
    public var code: String
    public var message: String
    public var range: SourceRange?

    public init(code: String, message: String, range: SourceRange? = nil) {
        self.code = code
        self.message = message
        self.range = range
    }
}
