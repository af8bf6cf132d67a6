import Testing
@testable import RontenAnalysis

/// The gazetteer finds its spellings by where they may start; it must find
/// exactly what an Aho–Corasick scan of the same keys finds.
struct SpellingStartsTests {
    func bySpellingStarts(_ keys: [[UInt8]], _ text: [UInt8]) -> [String] {
        var found: [String] = []
        text.withUnsafeBufferPointer { bytes in
            SpellingStarts(keys).occurrences(in: bytes) { key, start in found.append("\(key)@\(start)") }
        }
        return found.sorted()
    }

    func byAutomaton(_ keys: [[UInt8]], _ text: [UInt8]) -> [String] {
        let automaton = KeywordAutomaton(keys: keys)
        var found: [String] = []
        text.withUnsafeBufferPointer { bytes in
            automaton.occurrences(in: bytes) { key, end in found.append("\(key)@\(end - keys[key].count)") }
        }
        return found.sorted()
    }

    @Test func findsWhatTheAutomatonFinds() {
        // Keys of one, two and three or more bytes, overlapping, nested and
        // repeated (a repeated key reports once, as its first copy).
        let words = ["EU", "US", "USA", "X", "メタ", "メタバース", "タ", "Meta", "Meta Platforms", "é", "日本", "日本銀行", "US"]
        let keys = words.map { Array($0.utf8) }
        let pieces = words + ["の", "は", " ", "a", "、", "Me", "メ", "銀行", "ﾒ", "\n"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(text.utf8)
            #expect(bySpellingStarts(keys, bytes) == byAutomaton(keys, bytes), "\(text.debugDescription)")
        }
        #expect(bySpellingStarts(keys, Array("USAのメタバース".utf8)) == ["1@0", "2@0", "4@6", "5@6", "6@9"])
    }

    @Test func readsTheGazetteerNamesInASentence() throws {
        let gazetteer = try Gazetteer.bundled()
        let found = "Meta PlatformsとメタはEUで".utf8.withContiguousStorageIfAvailable { gazetteer.matches(in: $0) } ?? []
        #expect(found.map(\.name.canonical) == ["Meta", "Meta", "European Union"])
        #expect(found.map(\.range) == [0..<14, 17..<23, 26..<28])
    }
}
