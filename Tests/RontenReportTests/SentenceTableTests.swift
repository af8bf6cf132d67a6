import Testing
@testable import RontenReport

@Suite struct SentenceTableTests {
    @Test func canonicalAndOtherIdsAreKeptApart() {
        var table = SentenceTable<String>(expected: 3)
        for id in ["s0", "s1", "s01", "s3", "S1", "s", "s-1", "s1x", "論", "", "s12345678901", "s999999999", "s70"] {
            table[id] = "v:" + id
        }
        for id in ["s0", "s1", "s01", "s3", "S1", "s", "s-1", "s1x", "論", "", "s12345678901", "s999999999", "s70"] {
            #expect(table[id] == "v:" + id, "\(id)")
        }
        #expect(table["s2"] == nil)
        #expect(table["s4"] == nil)
        #expect(table["s1000"] == nil)
        #expect(!table.contains("s00"))
        table["s1"] = nil
        #expect(table["s1"] == nil)
        #expect(table["s01"] == "v:s01")
    }

    @Test func listsGrowInPlaceWhateverTheId() {
        var table = SentenceTable<[Int]>(expected: 2)
        for (index, id) in ["s1", "s2", "s1", "x", "x", "s99999", "s1"].enumerated() { table.append(index, to: id) }
        #expect(table["s1"] == [0, 2, 6])
        #expect(table["s2"] == [1])
        #expect(table["x"] == [3, 4])
        #expect(table["s99999"] == [5])
        #expect(table["s3"] == nil)
    }
}
