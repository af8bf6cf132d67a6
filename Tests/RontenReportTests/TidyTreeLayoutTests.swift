import Testing
@testable import RontenReport

@Suite struct TidyTreeLayoutTests {
    @Test func parentsSitCentredOverTheirChildren() {
        // 0 → (1, 2, 3); 1 → (4, 5)
        let layout = TidyTreeLayout(children: [[1, 2, 3], [4, 5], [], [], [], []], roots: [0], distance: 10)
        #expect(layout.depth == [0, 1, 1, 1, 2, 2])
        #expect(layout.breadth == [15, 5, 15, 25, 0, 10])
    }

    @Test func smallSubtreesBetweenLargeOnesAreSpacedEvenly() {
        // Walker's case: the middle leaves spread between two wide subtrees.
        let children: [[Int]] = [[1, 2, 3, 4], [5, 6, 7], [], [], [8, 9, 10], [], [], [], [], [], []]
        let layout = TidyTreeLayout(children: children, roots: [0], distance: 1)
        #expect(layout.breadth[2] - layout.breadth[1] == layout.breadth[3] - layout.breadth[2])
        #expect(layout.breadth[3] - layout.breadth[2] == layout.breadth[4] - layout.breadth[3])
        #expect(layout.breadth[0] == (layout.breadth[1] + layout.breadth[4]) / 2)
    }

    @Test func noTwoNodesOfOneLevelOverlapInASixtyNodeTree() {
        var children = [[Int]](repeating: [], count: 60)
        var generator = SplitMix(seed: 7)
        for node in 1..<60 { children[Int(generator.next() % UInt64(node))].append(node) }
        let layout = TidyTreeLayout(children: children, roots: [0], distance: 5)
        for depth in Set(layout.depth) {
            let row = (0..<60).filter { layout.depth[$0] == depth }.map { layout.breadth[$0] }.sorted()
            for (a, b) in zip(row, row.dropFirst()) { #expect(b - a >= 5 - 1e-9) }
        }
    }

    @Test func aDeepChainIsLaidOutWithoutRecursion() {
        let count = 50_000
        let children = (0..<count).map { $0 + 1 < count ? [$0 + 1] : [] }
        let layout = TidyTreeLayout(children: children, roots: [0], distance: 1)
        #expect(layout.depth.last == count - 1)
        #expect(layout.breadth.allSatisfy { $0 == 0 })
    }

    @Test func aForestSitsSideBySide() {
        let layout = TidyTreeLayout(children: [[], [], []], roots: [0, 1, 2], distance: 3)
        #expect(layout.breadth == [0, 3, 6])
        #expect(layout.depth == [0, 0, 0])
    }
}

struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
