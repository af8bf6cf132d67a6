import RontenCore

/// The argument as an indented outline for the terminal: each node with its
/// role, stance, a short text and the relation to its parent.
///
///     [thesis] むしろ、計算アクセス…を築いている。 (s38)
///       ├─ supports [claim] 計算能力のボトルネックは… (s5)
///       │    └─ attacks [counterpoint, opponent] 大胆さを称賛する声も… (s2)
public enum ArgumentOutline {
    public static func render(_ tree: ArgumentTree, width: Int = 60) -> String {
        guard let thesis = tree.thesis else { return "(no argument found)\n" }
        var lines: [String] = []
        var children: [String: [ArgumentRelation]] = [:]
        for relation in tree.relations { children[relation.to, default: []].append(relation) }
        let byID = Dictionary(uniqueKeysWithValues: tree.nodes.map { ($0.id, $0) })

        func label(_ node: ArgumentNode) -> String {
            let stance = node.stance == .opponent ? ", opponent" : ""
            let sentences = node.sentences.joined(separator: ",")
            return "[\(node.role.rawValue)\(stance)] \(shorten(node.text, width)) (\(sentences))"
        }
        func walk(_ id: String, prefix: String) {
            let edges = children[id] ?? []
            for (index, edge) in edges.enumerated() {
                guard let node = byID[edge.from] else { continue }
                let last = index == edges.count - 1
                let marker = edge.marker.map { " «\($0)»" } ?? ""
                lines.append(prefix + (last ? "└─ " : "├─ ") + "\(edge.type.rawValue)\(marker) " + label(node))
                walk(node.id, prefix: prefix + (last ? "   " : "│  "))
            }
        }
        lines.append(label(thesis))
        walk(thesis.id, prefix: "")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The first `width` characters, whole, with an ellipsis when cut.
    static func shorten(_ text: String, _ width: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard flat.count > width else { return flat }
        return String(flat.prefix(width - 1)) + "…"
    }
}
