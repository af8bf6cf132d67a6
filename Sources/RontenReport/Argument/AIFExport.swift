import RontenCore

/// The tree in the Argument Interchange Format's JSON, as AIFdb and OVA read
/// it: claims are I-nodes; each support (and elaboration or example) is an
/// RA-node between premise and claim; each attack a CA-node. An undercut
/// attacks the inference it targets, so its CA-node points at that RA-node.
public enum AIFExport {
    public struct Document: Encodable, Sendable {
        public var nodes: [Node]
        public var edges: [Edge]
        public var locutions: [String] = []
    }

    public struct Node: Encodable, Sendable, Hashable {
        public var nodeID: String
        public var text: String
        public var type: String
    }

    public struct Edge: Encodable, Sendable, Hashable {
        public var edgeID: String
        public var fromID: String
        public var toID: String
    }

    public static func document(_ tree: ArgumentTree) -> Document {
        var nodes: [Node] = []
        var edges: [Edge] = []
        var number: [String: String] = [:]
        for node in tree.nodes {
            number[node.id] = String(nodes.count + 1)
            nodes.append(Node(nodeID: String(nodes.count + 1), text: node.text, type: "I"))
        }
        func edge(_ from: String, _ to: String) {
            edges.append(Edge(edgeID: String(edges.count + 1), fromID: from, toID: to))
        }
        // Inference nodes first, so undercuts can point at them.
        var inference: [String: String] = [:]
        for relation in tree.relations where !relation.type.isAttack {
            guard let from = number[relation.from], let to = number[relation.to] else { continue }
            let id = String(nodes.count + 1)
            nodes.append(Node(nodeID: id, text: "Default Inference", type: "RA"))
            inference[relation.from] = id
            edge(from, id)
            edge(id, to)
        }
        for relation in tree.relations where relation.type.isAttack {
            guard let from = number[relation.from], let to = number[relation.to] else { continue }
            let id = String(nodes.count + 1)
            nodes.append(Node(nodeID: id, text: "Default Conflict", type: "CA"))
            edge(from, id)
            // An undercut attacks the target's own inference when it has one.
            if relation.type == .undercuts, let ra = inference[relation.to] { edge(id, ra) } else { edge(id, to) }
        }
        return Document(nodes: nodes, edges: edges)
    }
}
