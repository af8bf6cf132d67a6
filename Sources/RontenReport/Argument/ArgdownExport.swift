import RontenCore

/// The tree as Argdown source: each node a statement `[n1]: text` tagged
/// with its role (and `#opponent`), relations as `<+` (supported by), `<-`
/// (attacked by) and `<_` (undercut by) lines indented under their target.
/// Each section claim heads its own `##` heading and points to the thesis
/// with `+>`.
public enum ArgdownExport {
    public static func render(_ tree: ArgumentTree, title: String?) -> String {
        guard let thesis = tree.thesis else { return "" }
        var out = ""
        if let title { out += "# \(escape(title))\n\n" }
        var children: [String: [ArgumentRelation]] = [:]
        for relation in tree.relations { children[relation.to, default: []].append(relation) }
        let byID = Dictionary(uniqueKeysWithValues: tree.nodes.map { ($0.id, $0) })

        func statement(_ node: ArgumentNode) -> String {
            let tags = ["#" + node.role.rawValue] + (node.stance == .opponent ? ["#opponent"] : [])
            return "[\(node.id)]: \(escape(node.text)) \(tags.joined(separator: " "))"
        }
        func symbol(_ kind: ArgumentRelation.Kind) -> String {
            switch kind {
            case .supports, .elaborates, .exemplifies: return "<+"
            case .attacks: return "<-"
            case .undercuts: return "<_"
            }
        }
        func subtree(_ id: String, depth: Int) {
            for relation in children[id] ?? [] {
                guard let node = byID[relation.from] else { continue }
                // Section claims are written under their own heading below.
                if relation.to == thesis.id && node.role == .claim { continue }
                out += String(repeating: "    ", count: depth) + symbol(relation.type) + " " + statement(node) + "\n"
                subtree(node.id, depth: depth + 1)
            }
        }
        out += statement(thesis) + "\n"
        subtree(thesis.id, depth: 1)
        for relation in children[thesis.id] ?? [] {
            guard let claim = byID[relation.from], claim.role == .claim else { continue }
            out += "\n## \(escape(shortTitle(claim.text)))\n\n" + statement(claim) + "\n"
            out += "    \(relation.type.isAttack ? "->" : "+>") [\(thesis.id)]\n"
            subtree(claim.id, depth: 1)
        }
        return out
    }

    /// Argdown reads [ ] < > # and a few more as syntax; they are escaped so
    /// article text stays text.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text.split(whereSeparator: \.isNewline).joined(separator: " ") {
            if "[]<>#*_@\\".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    private static func shortTitle(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(39)) + "…"
    }
}
