import Testing
@testable import RontenReport

@Suite struct NodeLabelTests {
    @Test func japaneseBreaksBetweenCharactersButNotBeforeClosingPunctuation() {
        let lines = NodeLabel.lines("今はコストを吸収し、後に優位性を獲得する。", width: 10, maxLines: 3)
        #expect(lines == ["今はコストを吸収し、", "後に優位性を獲得する。"])
    }

    @Test func englishBreaksAtSpaces() {
        let lines = NodeLabel.lines("Northwind will inevitably dominate the mid-market by 2028.", width: 14, maxLines: 3)
        #expect(lines == ["Northwind will inevitably", "dominate the mid-market by", "2028."])
    }

    @Test func longTextEndsWithAnEllipsisOnTheLastLine() {
        let lines = NodeLabel.lines(String(repeating: "議論", count: 200), width: 8, maxLines: 2)
        #expect(lines == ["議論議論議論議論", "議論議論議論議…"])
    }

    @Test func aWordLongerThanALineIsBroken() {
        let lines = NodeLabel.lines("Supercalifragilisticexpialidocious", width: 6, maxLines: 3)
        #expect(lines.count == 3)
        #expect(lines[0] == "Supercalifra")
    }
}
