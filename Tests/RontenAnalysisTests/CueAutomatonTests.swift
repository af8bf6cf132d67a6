import Testing
@testable import RontenAnalysis

struct CueAutomatonTests {
    func occurrences(_ keys: [String], in text: String) -> [String] {
        let automaton = KeywordAutomaton(keys: keys.map { Array($0.utf8) })
        var found: [String] = []
        var text = text
        text.withUTF8 { bytes in
            automaton.occurrences(in: bytes) { key, end in
                found.append("\(keys[key])@\(end - automaton.keyLengths[key])")
            }
        }
        return found
    }

    @Test func findsKeysInsideAFailedLongerKeyThroughFailureLinks() {
        #expect(occurrences(["abcd", "bc", "c"], in: "abcx") == ["bc@1", "c@2"])
    }

    @Test func findsOverlappingAndNestedKeysInEndOrder() {
        #expect(occurrences(["he", "she", "his", "hers"], in: "ushers") == ["she@1", "he@2", "hers@2"])
        #expect(occurrences(["だろう", "だろうか", "ろう"], in: "そうだろうか") == ["だろう@6", "ろう@9", "だろうか@6"])
    }
}
