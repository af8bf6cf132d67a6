import RontenCore
import Testing
@testable import RontenReport

/// A tree read from JSON promises nothing: the map draws each node once,
/// drops relations to unknown nodes, and cuts cycles.
@Suite struct MapTreeTests {
    private func node(_ id: String, _ role: ArgumentNode.Role = .claim) -> ArgumentNode {
        let at = SourcePosition(offset: 0, line: 1, column: 1)
        return ArgumentNode(id: id, role: role, stance: .proponent, sentences: [], text: id, range: SourceRange(start: at, end: at))
    }

    private func relation(_ from: String, _ to: String) -> ArgumentRelation {
        ArgumentRelation(from: from, to: to, type: .supports, basis: [], confidence: 1)
    }

    @Test func nodesRontenNumberedAreLinkedByTheirIds() {
        let tree = ArgumentTree(nodes: [node("n1", .thesis), node("n2"), node("n3"), node("n4")],
                                relations: [relation("n2", "n1"), relation("n3", "n1"), relation("n4", "n2"),
                                            relation("n4", "n3"), relation("n5", "n1"), relation("n01", "n1")])
        let map = MapTree(tree)
        #expect(map.nodes.map(\.id) == ["n1", "n2", "n3", "n4"])
        #expect(map.parent == [nil, 0, 0, 1])  // a second parent and unknown nodes are dropped
        #expect(map.children == [[1, 2], [3], [], []])
        #expect(map.roots == [0])
    }

    @Test func otherIdsDuplicatesAndCyclesAreMadeSafe() {
        let tree = ArgumentTree(nodes: [node("b"), node("a", .thesis), node("b"), node("c"), node("d")],
                                relations: [relation("b", "a"), relation("c", "b"), relation("a", "c"),
                                            relation("d", "d"), relation("d", "zz"), relation("d", "c")])
        let map = MapTree(tree)
        #expect(map.nodes.map(\.id) == ["b", "a", "c", "d"])  // the second "b" is not drawn again
        #expect(map.parent == [1, nil, 0, 2])  // a → c would close a cycle; d → d and d → zz are dropped
        #expect(map.roots == [1])
        #expect(map.preorder().map(\.node) == [1, 0, 2, 3])
    }
}
