/// The argument of a document as a reader would outline it: a thesis, the
/// claims under it, and what supports or attacks each. Follows the Argument
/// Interchange Format: nodes are AIF I-nodes, `supports` relations become
/// RA-nodes and `attacks`/`undercuts` CA-nodes on export.
public struct ArgumentTree: Sendable, Codable, Hashable {
    public var nodes: [ArgumentNode]
    public var relations: [ArgumentRelation]

    public init(nodes: [ArgumentNode] = [], relations: [ArgumentRelation] = []) {
        self.nodes = nodes
        self.relations = relations
    }

    public var thesis: ArgumentNode? { nodes.first { $0.role == .thesis } }

    public func node(_ id: String) -> ArgumentNode? { nodes.first { $0.id == id } }

    /// The relation from a node to its parent (every node but the thesis has one).
    public func parentRelation(of id: String) -> ArgumentRelation? { relations.first { $0.from == id } }

    public func children(of id: String) -> [ArgumentNode] {
        relations.filter { $0.to == id }.compactMap { node($0.from) }
    }
}

public struct ArgumentNode: Sendable, Codable, Hashable {
    public enum Role: String, Sendable, Codable, Hashable, CaseIterable {
        case thesis, claim, premise, evidence, example, analogy, counterpoint, rebuttal, conclusion
    }

    /// Whose voice the node is: the author's, or one the author reports.
    public enum Stance: String, Sendable, Codable, Hashable, CaseIterable {
        case proponent
        case opponent
    }

    public var id: String
    public var role: Role
    public var stance: Stance
    /// Sentence ids, in reading order.
    public var sentences: [String]
    /// Claim ids of those sentences, where they are claims.
    public var claims: [String]
    public var text: String
    public var range: SourceRange
    /// The section the node sits in.
    public var section: String?

    public init(id: String, role: Role, stance: Stance, sentences: [String], claims: [String] = [],
                text: String, range: SourceRange, section: String? = nil) {
        self.id = id
        self.role = role
        self.stance = stance
        self.sentences = sentences
        self.claims = claims
        self.text = text
        self.range = range
        self.section = section
    }
}

public struct ArgumentRelation: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
        case supports
        /// Rebuts: says the target is false.
        case attacks
        /// Attacks the link between a premise and the claim it supports.
        case undercuts
        case elaborates
        case exemplifies

        /// Support-like relations become RA-nodes, the others CA-nodes.
        public var isAttack: Bool { self == .attacks || self == .undercuts }
    }

    public var from: String
    public var to: String
    public var type: Kind
    /// The discourse marker the relation was drawn from, if any.
    public var marker: String?
    /// Why the relation was drawn: `marker`, `position`, `shared-entity`,
    /// `shared-figure`, `section-lead`, `attribution`, …
    public var basis: [String]
    /// 0…1.
    public var confidence: Double

    public init(from: String, to: String, type: Kind, marker: String? = nil, basis: [String], confidence: Double) {
        self.from = from
        self.to = to
        self.type = type
        self.marker = marker
        self.basis = basis
        self.confidence = confidence
    }
}
