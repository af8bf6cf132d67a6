/// A word, number or mark of a sentence, as a tokenizer found it.
///
/// Japanese and English tokens share this one value: the fields a language
/// does not supply stay nil (English has no reading, Japanese no lowercased
/// form), so later stages handle both without asking which produced it.
public struct Token: Sendable, Codable, Hashable {
    /// The exact text the token covers.
    public var surface: String
    /// UTF-8 byte offset of the first byte, in the text that was tokenized.
    public var start: Int
    /// UTF-8 byte offset just past the last byte.
    public var end: Int
    public var kind: Kind
    public var partOfSpeech: PartOfSpeech
    /// The dictionary form (原形: した → する); for a word the dictionary does
    /// not know, the surface. English sets it only for clitics whose full
    /// form is certain (n't → not, 're → are).
    public var baseForm: String?
    /// The reading in katakana (ハッピョウ); nil when the dictionary has none.
    public var reading: String?
    /// The lowercased surface of an English word, for matching lexicons.
    public var lowercased: String?
    /// MeCab's IPADIC analysis, for Japanese tokens only.
    public var ipadic: IPADICFeatures?

    public init(surface: String, start: Int, end: Int, kind: Kind, partOfSpeech: PartOfSpeech,
                baseForm: String? = nil, reading: String? = nil, lowercased: String? = nil,
                ipadic: IPADICFeatures? = nil) {
        self.surface = surface
        self.start = start
        self.end = end
        self.kind = kind
        self.partOfSpeech = partOfSpeech
        self.baseForm = baseForm
        self.reading = reading
        self.lowercased = lowercased
        self.ipadic = ipadic
    }

    /// The byte range in the tokenized text.
    public var range: Range<Int> { start..<end }

    /// What sort of thing the token is, whatever its part of speech.
    public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
        case word
        case number
        case punctuation
        case symbol
        /// A full-width space, which MeCab keeps as a token (ASCII spaces it skips).
        case whitespace
        /// A clitic split off a word as the Penn Treebank does: n't, 's, 're.
        case contraction
        /// A word kept whole with its period: Mr., U.S., e.g.
        case abbreviation
        case url
        case email
    }
}

/// The coarse word class, enough for rules that ask "is this a noun".
public enum PartOfSpeech: String, Sendable, Codable, Hashable, CaseIterable {
    case noun
    case properNoun = "proper-noun"
    case verb
    case adjective
    case adverb
    case particle
    case auxiliary
    case numeral
    case symbol
    case punctuation
    case prefix
    case suffix
    case conjunction
    case interjection
    case other
}

/// The IPADIC feature fields MeCab reports for a Japanese token, as written
/// in the dictionary. IPADIC's `*` ("not applicable") becomes nil.
public struct IPADICFeatures: Sendable, Codable, Hashable {
    /// 品詞: 名詞, 動詞, 助詞, …
    public var pos: String
    /// 品詞細分類1–3: 固有名詞 / 組織 / …
    public var posDetail1: String?
    public var posDetail2: String?
    public var posDetail3: String?
    /// 活用型: サ変・スル, 五段・ラ行, …
    public var conjugationType: String?
    /// 活用形: 連用形, 基本形, …
    public var conjugationForm: String?
    /// 発音: ハッピョー
    public var pronunciation: String?
    /// True when the word is not in the dictionary and MeCab guessed its class
    /// from its characters.
    public var isUnknownWord: Bool

    public init(pos: String, posDetail1: String? = nil, posDetail2: String? = nil, posDetail3: String? = nil,
                conjugationType: String? = nil, conjugationForm: String? = nil, pronunciation: String? = nil,
                isUnknownWord: Bool = false) {
        self.pos = pos
        self.posDetail1 = posDetail1
        self.posDetail2 = posDetail2
        self.posDetail3 = posDetail3
        self.conjugationType = conjugationType
        self.conjugationForm = conjugationForm
        self.pronunciation = pronunciation
        self.isUnknownWord = isUnknownWord
    }

    /// The part of speech as textlint and MeCab users write it: `名詞,固有名詞,組織`.
    public var posPath: String {
        var path = pos
        for detail in [posDetail1, posDetail2, posDetail3] {
            guard let detail else { break }
            path += "," + detail
        }
        return path
    }
}
