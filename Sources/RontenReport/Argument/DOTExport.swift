import RontenCore

/// The tree as Graphviz DOT: nodes boxed and coloured by role (opponents
/// dashed), support edges green, attacks red, undercuts red and dotted;
/// claims above what supports them.
public enum DOTExport {
    public static func render(_ tree: ArgumentTree, title: String?) -> String {
        var out = "digraph argument {\n"
        out += "  graph [rankdir=BT, fontname=\"Noto Sans CJK JP,sans-serif\"\(title.map { ", label=\(quote($0))" } ?? "")];\n"
        out += "  node [shape=box, style=\"rounded,filled\", fontname=\"Noto Sans CJK JP,sans-serif\", fontsize=10];\n"
        out += "  edge [fontname=\"Noto Sans CJK JP,sans-serif\", fontsize=9];\n"
        for node in tree.nodes {
            var style = "rounded,filled"
            if node.stance == .opponent { style += ",dashed" }
            let label = [node.role.rawValue] + wrap(node.text)
            out += "  \(node.id) [label=\(quote(label)), fillcolor=\"\(fill(node.role))\", style=\"\(style)\"];\n"
        }
        for relation in tree.relations {
            let (color, style) = switch relation.type {
            case .supports, .elaborates, .exemplifies: ("#2e7d32", relation.type == .supports ? "solid" : "dashed")
            case .attacks: ("#c62828", "solid")
            case .undercuts: ("#c62828", "dotted")
            }
            out += "  \(relation.from) -> \(relation.to) [color=\"\(color)\", style=\(style), label=\(quote(relation.type.rawValue))];\n"
        }
        return out + "}\n"
    }

    static func fill(_ role: ArgumentNode.Role) -> String {
        switch role {
        case .thesis: return "#ffe082"
        case .claim: return "#bbdefb"
        case .premise: return "#e3f2fd"
        case .evidence: return "#c8e6c9"
        case .example: return "#dcedc8"
        case .analogy: return "#e1bee7"
        case .counterpoint: return "#ffcdd2"
        case .rebuttal: return "#ffe0b2"
        case .conclusion: return "#fff9c4"
        }
    }

    /// A DOT string literal: quotes and backslashes escaped, and line
    /// breaks as DOT's `\n`.
    static func quote(_ lines: [String]) -> String {
        var out = "\""
        for (index, line) in lines.enumerated() {
            if index > 0 { out += "\\n" }
            for character in line {
                switch character {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n", "\r": out += " "
                default: out.append(character)
                }
            }
        }
        return out + "\""
    }

    static func quote(_ text: String) -> String { quote([text]) }

    /// Lines of about 20 characters (CJK) or 32 (Latin), at most four.
    static func wrap(_ text: String) -> [String] {
        let isWide = text.unicodeScalars.contains { $0.value >= 0x3000 }
        let width = isWide ? 20 : 32
        var lines: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if current.count >= width, isWide || character == " " {
                lines.append(current)
                current = ""
                if lines.count == 4 { break }
            }
        }
        if !current.isEmpty && lines.count < 4 { lines.append(current) }
        if lines.count == 4 && text.count > lines.joined().count { lines[3] += "…" }
        return lines
    }
}
