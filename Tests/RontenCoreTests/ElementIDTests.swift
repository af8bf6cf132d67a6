import RontenCore
import Testing

struct ElementIDTests {
    @Test func writesThePrefixAndTheNumberAsInterpolationDoes() {
        for number in [0, 1, 9, 10, 11, 99, 100, 12_345, 1_000_000, -7, -10, Int.max, Int.min] {
            #expect(ElementID.make("s", number) == "s\(number)")
            #expect(ElementID.make("sec", number) == "sec\(number)")
        }
        #expect(ElementID.make("n", 42) == "n42")
        #expect(ElementID.make("", 5) == "5")
    }
}

struct ElementIndexTests {
    @Test func readsTheNumberOfEveryIdMakeWrites() {
        for number in [1, 9, 10, 11, 99, 100, 12_345, 1_000_000] {
            #expect(ElementID.number(ElementID.make("n", number), prefix: "n") == number)
            #expect(ElementID.number(ElementID.make("sec", number), prefix: "sec") == number)
        }
        // One spelling per number, and only the given prefix.
        for other in ["n", "n0", "n01", "n-1", "n+1", "m1", "nn1", "n1a", " n1", "n１", "n" + String(repeating: "9", count: 19), "", "sec1"] {
            #expect(ElementID.number(other, prefix: "n") == nil, "\(other)")
        }
    }

    @Test func idsInOrderAreFoundByTheirNumbers() {
        let ids = (1...250).map { ElementID.make("p", $0) }
        let index = ElementIndex(ids, prefix: "p")
        #expect(index.isOrdered)
        for (position, id) in ids.enumerated() { #expect(index[id] == position) }
        for missing in ["p0", "p251", "p007", "s1", "p", "p2500"] { #expect(index[missing] == nil, "\(missing)") }
    }

    /// Any other list answers as a dictionary filled in order would, keeping
    /// the first place of an id listed twice.
    @Test func otherListsAnswerAsADictionary() {
        let lists: [[String]] = [
            ["p2", "p1"], ["p1", "p1", "p2"], ["p1", "x", "p3"], ["a", "b", "a"], ["p01", "p2"], ["p1", "p2", "p4"],
        ]
        for ids in lists {
            let index = ElementIndex(ids, prefix: "p")
            #expect(!index.isOrdered, "\(ids)")
            var first: [String: Int] = [:]
            for (position, id) in ids.enumerated() where first[id] == nil { first[id] = position }
            for id in Set(ids).union(["p1", "p2", "p3", "p4", "zz"]) { #expect(index[id] == first[id], "\(ids) \(id)") }
        }
        #expect(ElementIndex([], prefix: "p").isOrdered)
        #expect(ElementIndex([], prefix: "p")["p1"] == nil)
    }
}
