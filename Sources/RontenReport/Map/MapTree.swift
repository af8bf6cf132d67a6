import RontenCore

/// An argument tree made safe to draw: every node has at most one parent,
/// there are no cycles, and relations to unknown nodes are dropped. The
/// builder promises a tree, but a model read from JSON promises nothing.
struct MapTree {
    let nodes: [ArgumentNode]
    /// The relation to the parent, per node; nil for a root.
    let parentRelation: [ArgumentRelation?]
    let parent: [Int?]
    let children: [[Int]]
    /// The thesis first, then other roots in reading order.
    let roots: [Int]

    init(_ tree: ArgumentTree) {
        // A node listed twice is drawn once, where it is first listed.
        let first = ElementIndex(tree.nodes.map(\.id), prefix: "n")
        var slot = [Int](repeating: -1, count: tree.nodes.count)
        var nodes: [ArgumentNode] = []
        nodes.reserveCapacity(tree.nodes.count)
        for position in tree.nodes.indices where first[tree.nodes[position].id] == position {
            slot[position] = nodes.count
            nodes.append(tree.nodes[position])
        }
        func index(_ id: String) -> Int? { first[id].map { slot[$0] } }
        var parent = [Int?](repeating: nil, count: nodes.count)
        var relationOf = [ArgumentRelation?](repeating: nil, count: nodes.count)
        // Union-find over the forest built so far: a new edge closes a cycle
        // exactly when its two ends are already in one tree.
        var group = Array(0..<nodes.count)
        func find(_ x: Int) -> Int {
            var x = x
            while group[x] != x { group[x] = group[group[x]]; x = group[x] }
            return x
        }
        for relation in tree.relations {
            guard let from = index(relation.from), let to = index(relation.to), from != to, parent[from] == nil else { continue }
            let a = find(from), b = find(to)
            guard a != b else { continue }
            parent[from] = to
            relationOf[from] = relation
            group[a] = b
        }
        var children = [[Int]](repeating: [], count: nodes.count)
        for child in 0..<nodes.count { if let p = parent[child] { children[p].append(child) } }
        var roots = (0..<nodes.count).filter { parent[$0] == nil }
        if let thesis = roots.firstIndex(where: { nodes[$0].role == .thesis }), thesis != 0 {
            roots.insert(roots.remove(at: thesis), at: 0)
        }
        self.nodes = nodes
        self.parent = parent
        self.parentRelation = relationOf
        self.children = children
        self.roots = roots
    }

    var isEmpty: Bool { nodes.isEmpty }

    /// Nodes in depth-first reading order with their depth, without recursion.
    func preorder() -> [(node: Int, depth: Int)] {
        var out: [(Int, Int)] = []
        out.reserveCapacity(nodes.count)
        var stack: [(Int, Int)] = roots.reversed().map { ($0, 0) }
        while let (node, depth) = stack.popLast() {
            out.append((node, depth))
            for child in children[node].reversed() { stack.append((child, depth + 1)) }
        }
        return out
    }
}
