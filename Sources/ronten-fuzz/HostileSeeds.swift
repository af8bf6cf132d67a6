import Foundation

/// Small versions of the hostile inputs of Tests/*/Hostile*.swift, written
/// into the fuzzing corpus at run time (`make fuzz`) so libFuzzer starts from
/// the shapes that have broken readers before, not only from clean articles.
/// Each seed is written once per ingestion mode (the first byte, see `FuzzMode`).
enum HostileSeeds {
    static let japanese = "論点は一つだ。価格は上がる。\n"
    static let shiftJIS: [UInt8] = [
        152, 95, 147, 95, 130, 205, 136, 234, 130, 194, 130, 190, 129, 66,
        137, 191, 138, 105, 130, 205, 143, 227, 130, 170, 130, 233, 129, 66, 10,
    ]
    static let eucJP: [UInt8] = [
        207, 192, 197, 192, 164, 207, 176, 236, 164, 196, 164, 192, 161, 163,
        178, 193, 179, 202, 164, 207, 190, 229, 164, 172, 164, 235, 161, 163, 10,
    ]

    static var all: [(name: String, bytes: [UInt8])] {
        func text(_ string: String) -> [UInt8] { Array(string.utf8) }
        let utf16LE: [UInt8] = [0xFF, 0xFE] + japanese.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let utf16BE: [UInt8] = [0xFE, 0xFF] + japanese.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        return [
            ("empty", []),
            ("whitespace", text(" \t\n\n\u{3000}\r\n \n")),
            ("front-matter-only", text("---\ntitle: 論点\ntags: [a, b]\n---\n")),
            ("toml-front-matter-only", text("+++\ntitle = \"T\"\n+++\n")),
            // Every shape the plain front-matter reader takes, and its edges.
            ("plain-yaml-front-matter", text("---\ntitle: \"Q: \\u3042\\\"x\\\"\"\nsub: 'It''s'\ntags:\n  - 戦略\n  - AI\ncats: [a, b]\n"
                + "date: 2015-06-11 11:30:00 -4\n# note\nempty: []\n---\n本文。\n")),
            ("unclosed-front-matter", text("---\ntitle: x\n\nBody. More.\n")),
            ("binary", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]),
            ("nul-in-text", text("Prices rise.") + [0] + text(" Then fall.")),
            ("invalid-utf8-middle", text("正しい文だ。") + [0xFF, 0xFE, 0x80] + text("壊れた文だ。")),
            ("shift-jis", shiftJIS),
            ("euc-jp", eucJP),
            ("utf16-le-bom", utf16LE),
            ("utf16-be-bom", utf16BE),
            ("utf8-bom", [0xEF, 0xBB, 0xBF] + text(japanese)),
            ("nested-list", text(String(repeating: "- ", count: 300) + "deep\n")),
            ("nested-quote", text(String(repeating: ">", count: 300) + " deep\n")),
            ("nested-mixed", text(String(repeating: "> - 1. ", count: 100) + "deep\n")),
            ("long-sentence", text(String(repeating: "あ", count: 3000))),
            ("one-char-lines", text(String(repeating: "a\n", count: 2000))),
            ("long-number", text("売上は" + String(repeating: "9", count: 400) + "円だった。Revenue was "
                                 + String(repeating: "1", count: 400) + ".5 dollars.")),
            ("many-headings", text(String(repeating: "# 見出し\n本文だ。\n", count: 300))),
            ("setext-and-rules", text("Title\n=====\n\n---\n***\n___\nText\n---\n")),
            ("line-ends", text("One.\rTwo.\r\nThree.\n\rFour.")),
            ("html-and-code", text("<div>\n<script>x()</script>\n</div>\n\n```\ncode. more.\n```\n    indented.\n")),
            ("table", text("| a | b |\n|---|---|\n| 1. | 2. |\n")),
            ("links", text("[a](http://x \"t\") ![i](j) <http://k> [ref][r]\n\n[r]: http://r\n")),
            ("emphasis-run", text(String(repeating: "*_", count: 500) + "x")),
            ("brackets-run", text(String(repeating: "[", count: 1000) + String(repeating: "「", count: 500))),
            ("control-bytes", text("a\u{0B}b\u{0C}c\u{1B}d")),
            ("combining-and-surrogates", text("e\u{301}\u{301}\u{301} 🇯🇵👨‍👩‍👧 ｶﾀｶﾅ。")),
        ]
    }

    /// Writes every seed, and every file of each folder given, once per mode.
    static func write(into folder: String, examples: [String]) throws {
        var seeds = all
        for examplesFolder in examples {
            for name in try FileManager.default.contentsOfDirectory(atPath: examplesFolder).sorted() {
                if let data = FileManager.default.contents(atPath: examplesFolder + "/" + name) {
                    seeds.append(("example-" + name, [UInt8](data)))
                }
            }
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, bytes) in seeds {
            for (mode, tag) in [(UInt8(0), "md"), (1, "txt"), (2, "seg")] {
                let url = URL(fileURLWithPath: folder).appendingPathComponent("seed-\(name)-\(tag)")
                try Data([mode] + bytes).write(to: url)
            }
        }
        print("wrote \(seeds.count * 3) seeds to \(folder)")
    }
}
