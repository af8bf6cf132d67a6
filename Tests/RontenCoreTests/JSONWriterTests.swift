import Testing
@testable import RontenCore

/// The hand-written analysis writer must give the Codable path's bytes exactly.
struct JSONWriterTests {
    static func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: SourcePosition(offset: start, line: 1, column: start + 1),
                    end: SourcePosition(offset: end, line: 2, column: end + 1))
    }

    /// Every optional filled, lists short and long, text that needs escaping.
    static var full: Analysis {
        let sentence = Sentence(id: "s1", text: "He said \"no\"\t\\ \u{2028} \u{1} 論点。", language: .japanese,
                                range: range(0, 40), certainty: .boosted)
        var tokenised = Sentence(id: "s2", text: "b", language: .english, range: range(41, 42))
        tokenised.tokens = [
            Token(surface: "b", start: 0, end: 1, kind: .word, partOfSpeech: .noun),
            Token(surface: "走る", start: 0, end: 6, kind: .word, partOfSpeech: .verb, baseForm: "走る", reading: "ハシル",
                  lowercased: "x", ipadic: IPADICFeatures(pos: "動詞", posDetail1: "自立", isUnknownWord: true)),
            Token(surface: "c", start: 1, end: 2, kind: .symbol, partOfSpeech: .symbol,
                  ipadic: IPADICFeatures(pos: "記号", posDetail1: "a", posDetail2: "b", posDetail3: "c",
                                         conjugationType: "d", conjugationForm: "e", pronunciation: "f")),
        ]
        let document = Document(
            source: SourceInfo(path: "a/b.md", encoding: .shiftJIS, sha256: "abc", byteCount: 1234, format: .markdown),
            metadata: Metadata(title: "T", date: "2024-01-01", author: "A", language: "ja",
                               tags: ["x", "y"], extra: ["b": "2", "a": "1", "c": "3"], frontMatter: "yaml"),
            title: Title(text: "Title", origin: .frontMatter, range: range(0, 5)),
            language: .mixed,
            sections: [
                Section(id: "sec1", heading: Heading(text: "H", level: 2, range: range(0, 3), inferred: true),
                        blocks: [Block(id: "p1", kind: .listItem, text: "t", range: range(0, 40), language: .japanese,
                                       sentences: [sentence, tokenised])]),
                Section(id: "sec2", heading: nil, blocks: []),
            ],
            notes: [Note(code: "a", message: "m"), Note(code: "b", message: "n", range: range(1, 2))])
        let quantity = Quantity(text: "3.5%", start: 0, end: 4, kind: .percent, value: 0.035, low: -2, high: 1e20,
                                unit: "%", approximation: .about, magnitude: -3,
                                calendar: Quantity.CalendarDate(year: 2024, month: 12, day: 31, quarter: 4),
                                digits: "3.5", overflow: true)
        let bare = Quantity(text: "x", start: 1, end: 2, kind: .year, value: .infinity, calendar: Quantity.CalendarDate())
        let cue = Cue(kind: .attribution, relation: .cause, source: .anonymous, text: "some say", start: 0, end: 8,
                      entry: "some say", strength: 0.75)
        return Analysis(
            document: document,
            annotations: Annotations(
                quantities: [Mention(sentence: "s1", range: range(0, 4), value: quantity),
                             Mention(sentence: "s1", range: range(5, 6), value: bare)],
                entities: [Entity(name: "Apple", kind: .organisation,
                                  mentions: [EntityMention(sentence: "s1", text: "Apple", range: range(0, 5))]),
                           Entity(name: "None", kind: .other, mentions: [])],
                cues: [Mention(sentence: "s1", range: range(0, 8), value: cue),
                       Mention(sentence: "s1", range: range(0, 8), value: Cue(kind: .hedge, text: "may", start: 0, end: 3, entry: "may"))]),
            claims: [Claim(id: "c1", sentence: "s1", text: "t", range: range(0, 40), type: .causal, certainty: .hedged,
                           certaintyCues: ["may", "might"],
                           evidence: [Evidence(kind: .figure, sentence: "s1", text: "3.5%", range: range(0, 4))]),
                     Claim(id: "c2", sentence: "s2", text: "u", range: range(41, 42), type: .factual, certainty: .plain)],
            findings: [Finding(rule: "r", severity: .warning, message: LocalizedText(ja: "日本", en: "en"), range: range(0, 1),
                               sentence: "s1", evidence: Array(repeating: "e", count: 9)),
                       Finding(rule: "q", severity: .info, message: LocalizedText(ja: "", en: ""), range: range(0, 1))],
            argument: ArgumentTree(
                nodes: [ArgumentNode(id: "n1", role: .thesis, stance: .proponent, sentences: ["s1"], claims: [],
                                     text: "t", range: range(0, 40), section: "sec1"),
                        ArgumentNode(id: "n2", role: .premise, stance: .opponent, sentences: (1...9).map { "s\($0)" },
                                     text: "u", range: range(41, 42))],
                relations: [ArgumentRelation(from: "n2", to: "n1", type: .supports, marker: "because", basis: ["marker"],
                                             confidence: 0.6),
                            ArgumentRelation(from: "n3", to: "n1", type: .attacks, basis: [], confidence: 1)]))
    }

    static var bare: Analysis {
        Analysis(document: Document(source: SourceInfo(path: "-", encoding: .utf8, sha256: "", byteCount: 0, format: .plainText),
                                    title: Title(text: "x", origin: .firstLine, range: nil)))
    }

    @Test(arguments: [true, false])
    func writesAFullAnalysisAsCodableDoes(pretty: Bool) throws {
        let fast = try JSONText.encode(Self.full, pretty: pretty)
        let slow = try JSONText.encodeThroughCodable(Self.full, pretty: pretty)
        #expect(String(decoding: fast, as: UTF8.self) == String(decoding: slow, as: UTF8.self))
    }

    @Test(arguments: [true, false])
    func writesABareAnalysisAsCodableDoes(pretty: Bool) throws {
        let fast = try JSONText.encode(Self.bare, pretty: pretty)
        let slow = try JSONText.encodeThroughCodable(Self.bare, pretty: pretty)
        #expect(String(decoding: fast, as: UTF8.self) == String(decoding: slow, as: UTF8.self))
    }

    @Test(arguments: [true, false])
    func aLineIsTheEncodingAndALineFeed(pretty: Bool) throws {
        #expect(try JSONText.encodeLine(Self.full, pretty: pretty) == JSONText.encode(Self.full, pretty: pretty) + [0x0A])
        #expect(try JSONText.encodeLine(["a": 1], pretty: pretty) == Array("{\"a\": 1}\n".utf8).filter { pretty || $0 != 0x20 })
    }

    @Test func putsSmallLeavesOnOneLine() throws {
        let text = try JSONText.string(Self.bare, pretty: true)
        #expect(text.contains("\n  \"title\": {\"text\": \"x\", \"origin\": \"first-line\"},\n"))
        #expect(text.contains("\"tags\": [],\n    \"extra\": {}\n"))
    }

    @Test(arguments: [0, 7, 10, -1, -10, 99, 100, 101, 999, 1000, 1009, 123_456_789, 1_000_000_000_000_000_000,
                      Int.max, Int.min])
    func writesIntegersAsStringDoes(value: Int) {
        var writer = JSONWriter(pretty: false)
        writer.int(value)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == String(value))
    }

    /// Digits go in two at a time: every length, and every pair at either end.
    @Test func writesEveryLengthAndDigitPairAsStringDoes() {
        var values: [Int] = []
        var power = 1
        for _ in 0..<18 {
            for offset in [-1, 0, 1, 9, 10, 11, 99] { values += [power + offset, -(power + offset)] }
            power *= 10
        }
        values += (0..<1000).map { $0 * 10_001 }
        var writer = JSONWriter(pretty: false)
        for value in values {
            writer.int(value)
            writer.lineFeed()
        }
        #expect(String(decoding: writer.bytes, as: UTF8.self) == values.map { String($0) + "\n" }.joined())
    }

    /// A page that outgrows the array it was lent moves to the writer's own memory, all of it.
    @Test func aWriterThatOutgrowsTheStorageItWasLentKeepsEveryByte() {
        var lent = [UInt8](repeating: 0xEE, count: 64)
        lent.withUnsafeMutableBufferPointer { storage in
            var writer = JSONWriter(pretty: false, into: storage)
            for value in 0..<100 { writer.int(value); writer.lineFeed() }
            let owns = writer.ownsStorage
            #expect(owns)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == (0..<100).map { "\($0)\n" }.joined())
        }
        #expect(lent.starts(with: Array("0\n1\n2\n".utf8)))
    }

    @Test func aWriterThatFitsTheStorageItWasLentWritesOnlyThere() {
        var lent = [UInt8](repeating: 0xEE, count: 64)
        lent.withUnsafeMutableBufferPointer { storage in
            var writer = JSONWriter(pretty: false, into: storage)
            writer.string("論点")
            let (owns, count) = (writer.ownsStorage, writer.count)
            #expect(!owns)
            #expect(count == 8)
        }
        #expect(Array(lent[..<8]) == Array("\"論点\"".utf8))
    }

    /// Characters to escape at every offset, so each falls in and across the eight-byte scan.
    @Test func escapesStringsAsTheStreamDoesAtEveryOffset() {
        let specials = ["\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}", "\u{2026}",
                        "—", "論", "é", "😀", " ", "a"]
        var checked = 0
        for prefix in 0..<17 {
            for special in specials {
                for suffix in [0, 1, 3, 9] {
                    let text = String(repeating: "x", count: prefix) + special + String(repeating: "y", count: suffix) + special
                    var writer = JSONWriter(pretty: false)
                    writer.string(text)
                    let stream = JSONStream(pretty: false)
                    stream.appendString(text)
                    #expect(writer.bytes == stream.bytes, "\(text.debugDescription)")
                    checked += 1
                }
            }
        }
        #expect(checked == 17 * 17 * 4)
    }
}
