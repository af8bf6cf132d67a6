import RontenCore

/// The argument map for the Markdown report: a nested list, one item per
/// node, giving its relation to its parent, its role and stance, its text
/// and its sentence.
struct MapOutline {
    /// Deeper nodes are listed at this depth, so a pathological chain cannot
    /// nest lists (or the builder's recursion) without bound.
    static let maxDepth = 24

    let tree: MapTree
    let labels: Labels
    let body: ArticleBody

    func build() {
        body.document.list {
            for root in tree.roots { item(root, depth: 0) }
        }
    }

    private func item(_ index: Int, depth: Int) {
        let node = tree.nodes[index]
        body.document.item {
            body.document.paragraph {
                if let relation = tree.parentRelation[index] {
                    body.document.text((relation.type.isAttack ? "⊣ " : "↑ ") + labels.relation(relation.type) + " · ")
                }
                body.document.strong { body.document.text(labels.role(node.role)) }
                body.document.text(" (" + labels.stance(node.stance) + "): " + node.text + " ")
                body.sentenceReference(node.sentences.first)
            }
            let children = tree.children[index]
            if !children.isEmpty && depth < Self.maxDepth {
                body.document.list { for child in children { item(child, depth: depth + 1) } }
            }
        }
        if depth >= Self.maxDepth {
            // Flatten what lies below the cap into this level, iteratively.
            var stack = Array(tree.children[index].reversed())
            while let next = stack.popLast() {
                leaf(next)
                stack.append(contentsOf: tree.children[next].reversed())
            }
        }
    }

    private func leaf(_ index: Int) {
        let node = tree.nodes[index]
        body.document.item {
            body.document.paragraph {
                if let relation = tree.parentRelation[index] { body.document.text(labels.relation(relation.type) + " · ") }
                body.document.strong { body.document.text(labels.role(node.role)) }
                body.document.text(": " + node.text + " ")
                body.sentenceReference(node.sentences.first)
            }
        }
    }
}
