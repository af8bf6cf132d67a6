import RontenCore

/// The argument map drawn as SVG by Ronten itself: a tidy tree, top-down
/// while it is narrow and left-to-right once it has more leaves than fit
/// across a page, so a 60-node map stays legible when scaled to the page.
///
/// Colours, strokes, dashes, arrowheads and type sizes are map.css rules
/// keyed on the classes each element carries, not attributes repeated
/// on every element; geometry stays here.
struct ArgumentMapSVG {
    static let boxWidth = 196.0
    static let fontSize = 12.5
    static let lineHeight = 16.0
    static let maxLines = 3
    static let margin = 12.0
    static var boxHeight: Double { 10 + 14 + Double(maxLines) * lineHeight + 8 }
    /// More leaves than this and the map turns sideways.
    static let maxLeavesTopDown = 4

    let tree: MapTree
    let labels: Labels

    struct Box {
        var x: Double
        var y: Double
    }

    var isLeftToRight: Bool {
        var leaves = 0
        for index in tree.children.indices where tree.children[index].isEmpty { leaves += 1 }
        return leaves > Self.maxLeavesTopDown
    }

    /// The map's markup, written into the page's buffer.
    func write(_ out: inout MarkupWriter) {
        let leftToRight = isLeftToRight
        let w = Self.boxWidth, h = Self.boxHeight
        let layout = TidyTreeLayout(children: tree.children, roots: tree.roots,
                                    distance: leftToRight ? h + 14 : w + 18)
        let levelStep = leftToRight ? w + 60 : h + 46
        var boxes: [Box] = []
        boxes.reserveCapacity(tree.nodes.count)
        var width = 0.0, height = 0.0
        for node in 0..<tree.nodes.count {
            let along = layout.breadth[node], level = Double(layout.depth[node]) * levelStep
            let box = leftToRight
                ? Box(x: Self.margin + level, y: Self.margin + along)
                : Box(x: Self.margin + along, y: Self.margin + level)
            width = max(width, box.x + w + Self.margin)
            height = max(height, box.y + h + Self.margin)
            boxes.append(box)
        }
        do {
            out.raw("<div class=\"map-frame\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"argument-map")
            out.raw(leftToRight ? " left-to-right\"" : " top-down\"")
            out.raw(" viewBox=\"0 0 ")
            out.number(width)
            out.raw(" ")
            out.number(height)
            out.raw("\" width=\"")
            out.number(width)
            out.raw("\" height=\"")
            out.number(height)
            out.raw("\">\n<title>")
            out.text(labels.map)
            out.raw("</title>\n<desc>")
            out.text(labels.mapDescription)
            out.raw("</desc>\n")
            Self.definitions(&out)
            for node in 0..<tree.nodes.count {
                guard let parent = tree.parent[node], let relation = tree.parentRelation[node] else { continue }
                edge(&out, from: boxes[node], to: boxes[parent], kind: relation.type, leftToRight: leftToRight)
            }
            for node in 0..<tree.nodes.count { self.node(&out, node, at: boxes[node]) }
            out.raw("</svg>\n</div>")
        }
    }

    private static func definitions(_ out: inout MarkupWriter) {
        out.raw("<defs>")
        for kind in ArgumentRelation.Kind.allCases {
            out.raw("<marker id=\"arrow-")
            out.raw(Self.name(kind))
            out.raw("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
            if kind.isAttack {
                // A bar at the tip: the arrow is blocked, it does not carry.
                out.raw("<g fill=\"")
                out.raw(edgeColour(kind))
                out.raw("\"><path d=\"M0,0 L7.5,5 L0,10 z\"/><rect x=\"8\" y=\"0\" width=\"2\" height=\"10\"/></g>")
            } else if kind == .supports {
                out.raw("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
                out.raw(edgeColour(kind))
                out.raw("\"/>")
            } else {
                out.raw("<path d=\"M0,1 L9,5 L0,9\" fill=\"none\" stroke-width=\"1.5\" stroke=\"")
                out.raw(edgeColour(kind))
                out.raw("\"/>")
            }
            out.raw("</marker>")
        }
        out.raw("</defs>\n")
    }

    /// An edge's colour, for its arrowhead and the legend; the edge itself
    /// takes it from map.css, which a test holds to this.
    static func edgeColour(_ kind: ArgumentRelation.Kind) -> StaticString {
        switch kind {
        case .supports: return "#2e7d32"
        case .attacks: return "#c62828"
        case .undercuts: return "#c62828"
        case .elaborates, .exemplifies: return "#6b7280"
        }
    }

    private func edge(_ out: inout MarkupWriter, from child: Box, to parent: Box, kind: ArgumentRelation.Kind, leftToRight: Bool) {
        let w = Self.boxWidth, h = Self.boxHeight
        let (x1, y1, x2, y2): (Double, Double, Double, Double)
        if leftToRight {
            (x1, y1, x2, y2) = (child.x, child.y + h / 2, parent.x + w + 2, parent.y + h / 2)
        } else {
            (x1, y1, x2, y2) = (child.x + w / 2, child.y, parent.x + w / 2, parent.y + h + 2)
        }
        out.raw("<path class=\"edge edge-")
        out.raw(Self.name(kind))
        out.raw("\" d=\"M")
        out.number(x1); out.raw(","); out.number(y1)
        if leftToRight {
            let mid = (x1 + x2) / 2
            out.raw(" C"); out.number(mid); out.raw(","); out.number(y1)
            out.raw(" "); out.number(mid); out.raw(","); out.number(y2)
        } else {
            let mid = (y1 + y2) / 2
            out.raw(" C"); out.number(x1); out.raw(","); out.number(mid)
            out.raw(" "); out.number(x2); out.raw(","); out.number(mid)
        }
        out.raw(" "); out.number(x2); out.raw(","); out.number(y2)
        out.raw("\"><title>")
        out.text(labels.relation(kind))
        out.raw("</title></path>\n")
    }

    /// `rawValue` as a literal, for class names and ids written as they are
    /// (the test of the map checks that the two agree).
    static func name(_ kind: ArgumentRelation.Kind) -> StaticString {
        switch kind {
        case .supports: return "supports"
        case .attacks: return "attacks"
        case .undercuts: return "undercuts"
        case .elaborates: return "elaborates"
        case .exemplifies: return "exemplifies"
        }
    }

    static func name(_ role: ArgumentNode.Role) -> StaticString {
        switch role {
        case .thesis: return "thesis"
        case .claim: return "claim"
        case .premise: return "premise"
        case .evidence: return "evidence"
        case .example: return "example"
        case .analogy: return "analogy"
        case .counterpoint: return "counterpoint"
        case .rebuttal: return "rebuttal"
        case .conclusion: return "conclusion"
        }
    }

    /// A role's colours, for the legend; the map's boxes take them from
    /// map.css, which a test holds to these.
    static func roleColours(_ role: ArgumentNode.Role) -> (fill: StaticString, stroke: StaticString) {
        switch role {
        case .thesis: return ("#dce8fb", "#1f4fa3")
        case .claim: return ("#eaf2fd", "#3b6fb6")
        case .premise: return ("#eef6e6", "#4a7f2c")
        case .evidence: return ("#e4f4e8", "#2e7d32")
        case .example: return ("#f2eefa", "#6a4fa3")
        case .analogy: return ("#fdf0e1", "#a65f00")
        case .counterpoint: return ("#fcebea", "#b3261e")
        case .rebuttal: return ("#fff5d6", "#806400")
        case .conclusion: return ("#def2f0", "#00695c")
        }
    }

    private func node(_ out: inout MarkupWriter, _ index: Int, at box: Box) {
        let w = Self.boxWidth, h = Self.boxHeight
        let role = tree.nodes[index].role, stance = tree.nodes[index].stance
        let opponent = stance == .opponent
        let target = tree.nodes[index].sentences.first
        out.raw(target == nil ? "<g class=\"node role-" : "<a class=\"node role-")
        out.raw(Self.name(role))
        out.raw(opponent ? " opponent\"" : " proponent\"")
        if let target {
            out.raw(" href=\"#")
            out.text(Anchor.id(target))
            out.raw("\"")
        }
        out.raw("><title>")
        out.text(labels.role(role))
        out.raw(" (")
        out.text(labels.stance(stance))
        out.raw("): ")
        Self.excerpt(tree.nodes[index].text, 280, into: &out)
        out.raw("</title><rect x=\"")
        out.number(box.x); out.raw("\" y=\""); out.number(box.y)
        out.raw("\" width=\""); out.number(w); out.raw("\" height=\""); out.number(h)
        out.raw("\" rx=\"7\"/><text x=\"")
        out.number(box.x + 8); out.raw("\" y=\""); out.number(box.y + 19)
        out.raw("\" class=\"role\">")
        out.text(labels.role(role))
        if opponent {
            out.raw(" · ")
            out.text(labels.stance(.opponent))
        }
        out.raw("</text><text class=\"label\">")
        var line = 0
        NodeLabel.withLines(tree.nodes[index].text, width: (w - 22) / Self.fontSize, maxLines: Self.maxLines) { bytes in
            out.raw("<tspan x=\"")
            out.number(box.x + 8)
            out.raw("\" y=\"")
            out.number(box.y + 19 + 17 + Double(line) * Self.lineHeight)
            out.raw("\">")
            out.escape(bytes)
            out.raw("</tspan>")
            line += 1
        }
        out.raw(target == nil ? "</text></g>\n" : "</text></a>\n")
    }

    /// `excerpt(text, limit)` escaped into `out`, without making the String.
    static func excerpt(_ text: String, _ limit: Int, into out: inout MarkupWriter) {
        var copy = text
        copy.withUTF8 { bytes in
            guard let cut = UTF8Scalars.cut(bytes, after: limit) else { return out.escape(bytes) }
            out.escape(UnsafeBufferPointer(rebasing: bytes[..<cut]))
            out.raw("…")
        }
    }

    /// The first `limit` scalars of `text`, and `…` if there were more.
    static func excerpt(_ text: String, _ limit: Int) -> String {
        var copy = text
        let cut: String? = copy.withUTF8 { bytes in
            var count = 0
            for i in 0..<bytes.count where bytes[i] & 0xC0 != 0x80 {
                if count == limit { return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<i]), as: UTF8.self) + "…" }
                count += 1
            }
            return nil
        }
        return cut ?? text
    }
}
