import Foundation
import RontenCore
import Testing
@testable import RontenLanguage

@Suite struct MeCabTests {
    @Test func sharesOneLoadedModelAcrossCalls() throws {
        #expect(try MeCabModel.shared() === MeCabModel.shared())
        let configured = ProcessInfo.processInfo.environment["RONTEN_MECAB_DICDIR"].flatMap { $0.isEmpty ? nil : $0 }
        #expect(try MeCabModel.shared().dictionaryDirectory == configured)
    }

    @Test func loadsADictionaryFromAnExplicitDirectory() throws {
        let model = try MeCabModel(dictionaryDirectory: "/var/lib/mecab/dic/debian")
        let tokens = try JapaneseTokenizer(model: model).tokenize("発表した")
        #expect(tokens.map(\.surface) == ["発表", "し", "た"])
        #expect(tokens[1].baseForm == "する")
    }

    @Test func explainsAMissingDictionaryDirectoryAndHowToInstallOne() {
        #expect {
            _ = try MeCabModel(dictionaryDirectory: "/nonexistent/ipadic")
        } throws: { error in
            guard let error = error as? MeCabLoadError else { return false }
            return error.problem == .missingDictionary && error.path == "/nonexistent/ipadic/dicrc"
                && error.localizedDescription == """
                MeCab cannot load its dictionary: /nonexistent/ipadic/dicrc is missing. Install MeCab and the UTF-8 \
                IPADIC dictionary with `apt-get install mecab-ipadic-utf8 libmecab-dev` (Homebrew: `brew install \
                mecab mecab-ipadic`), or set RONTEN_MECAB_DICDIR to a dictionary directory (one that holds sys.dic \
                and dicrc). (MeCab said: param.cpp(69) [ifs] no such file or directory: /nonexistent/ipadic/dicrc)
                """
        }
    }

    @Test func tellsAMissingMecabrcFromAMissingDictionary() {
        let error = MeCabLoadError(mecabMessage: "param.cpp(69) [ifs] no such file or directory: /etc/mecabrc",
                                   dictionaryDirectory: nil)
        #expect(error.problem == .missingConfiguration)
        #expect(error.path == "/etc/mecabrc")
        #expect(error.description.hasPrefix(
            "MeCab cannot start because its configuration file (mecabrc) was not found: /etc/mecabrc is missing. "
                + "Install MeCab and the UTF-8 IPADIC dictionary with `apt-get install mecab-ipadic-utf8 libmecab-dev`"))
        let dictionary = MeCabLoadError(
            mecabMessage: "param.cpp(69) [ifs] no such file or directory: /var/lib/mecab/dic/debian/dicrc",
            dictionaryDirectory: nil)
        #expect(dictionary.problem == .missingDictionary)
    }

    @Test func letsEachTaskUseItsOwnTaggerConcurrently() async throws {
        let model = try MeCabModel.shared()
        let text = "過剰投資を疑う声もあった。"
        let expected = try JapaneseTokenizer(model: model).tokenize(text)
        let results = try await withThrowingTaskGroup(of: [Token].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    let tokenizer = try JapaneseTokenizer(model: model)
                    var last: [Token] = []
                    for _ in 0..<50 { last = tokenizer.tokenize(text) }
                    return last
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func splitsFeatureFieldsWithQuotedCommas() {
        let feature = Array("記号,一般,*,*,*,*,\"a,\"\"b\"\"\",エー,エー".utf8)
        let entry = feature.withUnsafeBufferPointer { IPADICEntry(feature: $0, isUnknown: false) }
        #expect(entry.features.pos == "記号")
        #expect(entry.features.posDetail1 == "一般")
        #expect(entry.features.posDetail2 == nil)
        #expect(entry.baseForm == "a,\"b\"")
        #expect(entry.reading == "エー")
        #expect(entry.features.pronunciation == "エー")
        #expect(entry.kind == .symbol)
    }

    // MeCab's unknown-word grouping is quadratic in the length of a run of one
    // character class and fails on long digit runs; these would take seconds or
    // fail without the cuts of LatticeSpans.
    @Test(arguments: [
        ("過剰投資を疑う声もあり、", 8_334),
        ("a", 100_000),
        ("1", 100_000),
        ("ア", 100_000),
        (" ab", 33_334),
    ])
    func analysesAHundredThousandCharacterSentenceInLinearTime(_ unit: String, _ repetitions: Int) throws {
        let text = String(repeating: unit, count: repetitions)
        #expect(text.count >= 100_000)
        let clock = ContinuousClock()
        var tokens: [Token] = []
        let elapsed = try clock.measure { tokens = try JapaneseTokenizer().tokenize(text) }
        #expect(tokens.count > 0)
        #expect(tokens.last?.end == text.utf8.count)
        #expect(zip(tokens, tokens.dropFirst()).allSatisfy { $0.end <= $1.start && $0.start < $0.end })
        #expect(tokens.reduce(0) { $0 + $1.surface.utf8.count } == text.utf8.count - text.utf8.filter { $0 == 0x20 }.count)
        #expect(elapsed < .seconds(20), "\(unit) × \(repetitions) took \(elapsed)")
    }

    @Test func cutsLongTextAfterPunctuationAndNeverInsideACharacter() {
        let text = Array(String(repeating: "投資を疑う声もあり、", count: 200).utf8)
        let spans = text.withUnsafeBufferPointer { LatticeSpans.spans($0) }
        #expect(spans.first?.lowerBound == 0)
        #expect(spans.last?.upperBound == text.count)
        #expect(zip(spans, spans.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        #expect(spans.dropLast().allSatisfy { text[$0.upperBound - 3..<$0.upperBound] == ArraySlice("、".utf8) })
        #expect(spans.allSatisfy { $0.count <= LatticeSpans.defaultLimit })
        let letters = Array(String(repeating: "é", count: 2_000).utf8)
        let letterSpans = letters.withUnsafeBufferPointer { LatticeSpans.spans($0) }
        #expect(letterSpans.map(\.count) == [1024, 1024, 1024, 928])
    }
}
