import RontenCore
import Testing
@testable import RontenAnalysis

struct LexiconTests {
    @Test func loadsEveryKindForBothLanguagesFromTheBundle() throws {
        let lexicon = try Lexicon.bundled()
        for language in [Language.japanese, .english] {
            let kinds = Set(lexicon.entries.filter { $0.language == language }.map(\.kind))
            #expect(kinds == Set(Cue.Kind.allCases))
        }
        #expect(lexicon.entries.allSatisfy { $0.id.hasPrefix($0.language.rawValue + ".") })
        #expect(lexicon.entries.first { $0.id == "ja.hedge.kamoshirenai" }?.weight == 0.9)
    }

    @Test func readsIdPatternAndOptionsColumns() throws {
        let entries = try Lexicon.parse("""
            # a comment, then a blank line

            ja.discourse.tashikani\t〜確かに…が|たしかに\trelation=concession start
            """, file: "ja/discourse.tsv")
        #expect(entries == [LexiconEntry(
            id: "ja.discourse.tashikani", language: .japanese, kind: .discourseMarker, relation: .concession,
            patterns: [CuePattern(pieces: [.init(text: "確かに"), .init(text: "が")]),
                       CuePattern(pieces: [.init(text: "たしかに")])],
            options: .sentenceStart)])
    }

    @Test func readsDigitMarksAndAddsTheTypographicApostrophe() throws {
        let entries = try Lexicon.parse("en.prediction.by-year\tby 20#\nen.weak.id\tI'd say\tweight=0.5",
                                        file: "en/predictions.tsv")
        #expect(entries[0].patterns == [CuePattern(pieces: [.init(text: "by 20", digitsAfter: true)])])
        #expect(entries[1].patterns.map { $0.pieces[0].text } == ["I'd say", "I\u{2019}d say"])
        #expect(entries[1].weight == 0.5)
    }

    @Test func reportsAWeightOutOfRangeWithFileAndLine() {
        #expect(throws: LexiconError(file: "en/hedges.tsv", line: 3, reason: "weight '2' is not a number from 0 to 1")) {
            try Lexicon.parse("# header\n\nen.hedge.x\tmay\tweight=2\n", file: "en/hedges.tsv")
        }
        let error = LexiconError(file: "en/hedges.tsv", line: 3, reason: "weight '2' is not a number from 0 to 1")
        #expect(error.description == "en/hedges.tsv:3: weight '2' is not a number from 0 to 1")
    }

    @Test func reportsMalformedLinesClearly() {
        #expect(throws: LexiconError(file: "en/hedges.tsv", line: 1,
                                     reason: "expected id<TAB>pattern[<TAB>options], found 1 column(s)")) {
            try Lexicon.parse("en.hedge.x may", file: "en/hedges.tsv")
        }
        #expect(throws: LexiconError(file: "ja/discourse.tsv", line: 2, reason: "discourse marker needs relation=…")) {
            try Lexicon.parse("ja.discourse.a\tだから\trelation=cause\nja.discourse.b\tしかし", file: "ja/discourse.tsv")
        }
        #expect(throws: LexiconError(file: "en/hedges.tsv", line: 1, reason: "unknown option 'wieght=0.5'")) {
            try Lexicon.parse("en.hedge.x\tmay\twieght=0.5", file: "en/hedges.tsv")
        }
        #expect(throws: LexiconError(file: "en/hedges.tsv", line: 1,
                                     reason: "empty piece in pattern 'may||might' (check | … * placement)")) {
            try Lexicon.parse("en.hedge.x\tmay||might", file: "en/hedges.tsv")
        }
        #expect(throws: LexiconError(file: "en/hedges.tsv", line: 1,
                                     reason: "'#' (digits) may stand only at either end of a piece in 'in 20#0s'")) {
            try Lexicon.parse("en.hedge.x\tin 20#0s", file: "en/hedges.tsv")
        }
        #expect(throws: LexiconError(file: "en/hedges.tsv", line: 1, reason: "relation= belongs in discourse.tsv only")) {
            try Lexicon.parse("en.hedge.x\tmay\trelation=cause", file: "en/hedges.tsv")
        }
    }

    @Test func rejectsAnUnknownFileName() throws {
        let error = try #require(throws: LexiconError.self) {
            try Lexicon.parse("", file: "en/hedgez.tsv")
        }
        #expect(error.line == 0)
        #expect(error.description.hasPrefix("en/hedgez.tsv: unknown lexicon file name; expected one of analogies.tsv"))
    }
}
