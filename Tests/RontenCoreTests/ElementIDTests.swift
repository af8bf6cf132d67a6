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
