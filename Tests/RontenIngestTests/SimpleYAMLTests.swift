import Testing
@testable import RontenIngest

/// The reader of plain front matter agrees with Yams wherever it reads a
/// text at all, and leaves to Yams what it is not sure of.
struct SimpleYAMLTests {
    typealias Fields = [(String, FrontMatter.Value)]

    func agree(_ fast: Fields, _ yaml: Fields) -> Bool {
        fast.map(\.0) == yaml.map(\.0) && fast.map(\.1) == yaml.map(\.1)
    }

    static let texts: [String] = [
        "title: A plain title\ndate: 2015-06-11 11:30:00 -4\nauthor: gray, kara, david, mhz\n",
        "title: 生成AI戦略の論点\ntags:\n  - 戦略\n  - AI\n",
        "tags:\n- events\n- hackathons\nlayout: post\n",
        "tags: [events, hackathons]\nempty: []\n",
        "title: \"Quoted: with a colon\"\nsubtitle: 'It''s single'\n",
        "title: \"Escapes \\\" \\\\ \\/ \\t \\u00e9 \\u3042\"\n",
        "count: 3\nratio: 1.5\nflag: true\nnothing: ~\nword: null\n",
        "url: https://example.com/a#b\npath: /assets/img.png\n",
        "# a comment\n\ntitle: After a comment   \n",
        "title: x # trailing comment\n",
        "title: trailing colon:\n",
        "description: >\n  folded\n  text\n",
        "description: |\n  literal\n",
        "title: first line\n  continued\n",
        "title: a\ntitle: b\n",
        "anchor: &a value\nalias: *a\n",
        "tagged: !!str 3\n",
        "nested:\n  inner: value\n",
        "key:\n",
        "list:\n  - a\n    - b\n",
        "list:\n  - [a]\n",
        "flow: [a, [b]]\n",
        "flow: [a, b,]\n",
        "tab:\tvalue\n",
        "crlf: value\r\n",
        "nel: a\u{85}b\n",
        "ls: a\u{2028}b\n",
        "bom: a\u{FEFF}b\n",
        "escape: \"\\x41\"\n",
        "unclosed: \"abc\n",
        "early: \"a\" b\n",
        "-dash: value\n",
        "value: -dash\n",
        "value: ---\n",
        "q: 'a\n",
        "mixed: 'ok'\nlist:\n  - 'quoted item'\n  - \"double\"\n  - plain\n",
        "",
        "\n\n",
        "unicode: 東京都千代田区\nemoji: 🎉 launch\n",
        "key.with.dots: v\n",
        "spaces in key: v\n",
        "k: a: b\n",
        "k: %percent\n",
        "k: @at\n",
        "k: `tick`\n",
    ]

    @Test(arguments: texts)
    func readsWhatYamsReads(text: String) throws {
        guard let fast = SimpleYAML.fields(text) else { return }
        let yaml = try FrontMatter.composedYAMLFields(text)
        #expect(agree(fast, yaml), "\(fast) against \(yaml)")
    }

    /// The differential test compares only what the reader accepts: this
    /// holds it to accepting the plain ones, so it cannot pass by declining all.
    @Test func acceptsThePlainTextsOfTheDifferentialTest() {
        let accepted = Self.texts.filter { SimpleYAML.fields($0) != nil }
        #expect(accepted.count == 13, "\(accepted)")
    }

    @Test func readsThePlainShapes() throws {
        let fields = try #require(SimpleYAML.fields(
            "title: \"Quoted: with a colon\"\ntags:\n  - 戦略\n  - AI\ncats: [a, b]\nsubtitle: 'It''s'\n"))
        #expect(fields.map(\.0) == ["title", "tags", "cats", "subtitle"])
        #expect(fields.map(\.1) == [.text("Quoted: with a colon"), .list(["戦略", "AI"]), .list(["a", "b"]), .text("It's")])
        #expect(SimpleYAML.fields("t: \"\\u00e9\\t\\\"x\\\"\"\n")?.first?.1 == .text("é\t\"x\""))
    }

    @Test(arguments: [
        "description: >\n  folded\n", "title: first\n  continued\n", "title: a\ntitle: b\n",
        "anchor: &a value\n", "nested:\n  inner: value\n", "key:\n", "tab:\tvalue\n", "crlf: value\r\n",
        "nel: a\u{85}b\n", "escape: \"\\x41\"\n", "title: x # comment\n", "list:\n  - a\n    - b\n",
    ])
    func leavesTheRestToYams(text: String) {
        #expect(SimpleYAML.fields(text) == nil)
    }
}
