/// A tidy tree layout: Reingold and Tilford's rules in Walker's algorithm,
/// with Buchheim, Jünger and Leipert's linear-time corrections (2002).
/// Parents sit centred over their children, subtrees are packed as close as
/// `distance` allows, and identical subtrees are drawn identically.
///
/// Both walks are iterative (a post-order and a pre-order pass) so a deep
/// chain cannot exhaust the stack.
struct TidyTreeLayout {
    /// Breadth position of each node's centre and its depth, both from 0.
    var breadth: [Double]
    var depth: [Int]

    init(children: [[Int]], roots: [Int], distance: Double) {
        let real = children.count
        // A virtual root holds the forest together and is not drawn.
        let root = real
        var children = children
        children.append(roots)
        let count = real + 1
        var parent = [Int](repeating: -1, count: count)
        var number = [Int](repeating: 0, count: count)
        for node in 0..<count {
            for (position, child) in children[node].enumerated() {
                parent[child] = node
                number[child] = position + 1
            }
        }
        var prelim = [Double](repeating: 0, count: count)
        var mod = [Double](repeating: 0, count: count)
        var shift = [Double](repeating: 0, count: count)
        var change = [Double](repeating: 0, count: count)
        var thread = [Int](repeating: -1, count: count)
        var ancestor = Array(0..<count)
        var defaultAncestor = [Int](repeating: -1, count: count)

        func leftSibling(_ v: Int) -> Int? {
            let p = parent[v]
            guard p >= 0, number[v] > 1 else { return nil }
            return children[p][number[v] - 2]
        }
        func leftmostSibling(_ v: Int) -> Int { children[parent[v]][0] }
        func nextLeft(_ v: Int) -> Int? { children[v].first ?? (thread[v] >= 0 ? thread[v] : nil) }
        func nextRight(_ v: Int) -> Int? { children[v].last ?? (thread[v] >= 0 ? thread[v] : nil) }

        func moveSubtree(_ wl: Int, _ wr: Int, _ amount: Double) {
            let subtrees = Double(number[wr] - number[wl])
            guard subtrees > 0 else { return }
            change[wr] -= amount / subtrees
            shift[wr] += amount
            change[wl] += amount / subtrees
            prelim[wr] += amount
            mod[wr] += amount
        }

        func apportion(_ v: Int, _ defaultAncestor: Int) -> Int {
            var defaultAncestor = defaultAncestor
            guard let w = leftSibling(v) else { return defaultAncestor }
            var vir = v, vor = v, vil = w, vol = leftmostSibling(v)
            var sir = mod[vir], sor = mod[vor], sil = mod[vil], sol = mod[vol]
            while let nextVil = nextRight(vil), let nextVir = nextLeft(vir) {
                vil = nextVil
                vir = nextVir
                vol = nextLeft(vol) ?? vol
                vor = nextRight(vor) ?? vor
                ancestor[vor] = v
                let amount = (prelim[vil] + sil) - (prelim[vir] + sir) + distance
                if amount > 0 {
                    let a = parent[ancestor[vil]] == parent[v] ? ancestor[vil] : defaultAncestor
                    moveSubtree(a, v, amount)
                    sir += amount
                    sor += amount
                }
                sil += mod[vil]
                sir += mod[vir]
                sol += mod[vol]
                sor += mod[vor]
            }
            if let next = nextRight(vil), nextRight(vor) == nil {
                thread[vor] = next
                mod[vor] += sil - sor
            }
            if let next = nextLeft(vir), nextLeft(vol) == nil {
                thread[vol] = next
                mod[vol] += sir - sol
                defaultAncestor = v
            }
            return defaultAncestor
        }

        // Post-order: a node is finished after all its children, and each
        // child is apportioned right after it is finished, as in the recursion.
        var order: [Int] = []
        order.reserveCapacity(count)
        var stack: [(Int, Bool)] = [(root, false)]
        while let (node, expanded) = stack.popLast() {
            if expanded { order.append(node); continue }
            stack.append((node, true))
            for child in children[node].reversed() { stack.append((child, false)) }
        }
        for v in order {
            if children[v].isEmpty {
                prelim[v] = leftSibling(v).map { prelim[$0] + distance } ?? 0
            } else {
                var s = 0.0, c = 0.0
                for w in children[v].reversed() {
                    prelim[w] += s
                    mod[w] += s
                    c += change[w]
                    s += shift[w] + c
                }
                let midpoint = (prelim[children[v].first!] + prelim[children[v].last!]) / 2
                if let w = leftSibling(v) {
                    prelim[v] = prelim[w] + distance
                    mod[v] = prelim[v] - midpoint
                } else {
                    prelim[v] = midpoint
                }
            }
            let p = parent[v]
            if p >= 0 {
                if defaultAncestor[p] < 0 { defaultAncestor[p] = children[p][0] }
                defaultAncestor[p] = apportion(v, defaultAncestor[p])
            }
        }

        var x = [Double](repeating: 0, count: count)
        var level = [Int](repeating: 0, count: count)
        var walk: [(Int, Double, Int)] = [(root, 0, -1)]
        while let (v, m, d) = walk.popLast() {
            x[v] = prelim[v] + m
            level[v] = d
            for w in children[v] { walk.append((w, m + mod[v], d + 1)) }
        }
        let drawn = x.prefix(real)
        let minimum = drawn.min() ?? 0
        breadth = drawn.map { $0 - minimum }
        depth = Array(level.prefix(real))
    }
}
