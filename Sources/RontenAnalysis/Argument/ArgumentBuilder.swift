import Foundation
import RontenCore

/// Reconstructs the argument of an evaluated document as a tree: a thesis,
/// each section's claim under it, and under those the premises, evidence,
/// examples and analogies that support them, the counterpoints the author
/// reports and the rebuttals that answer them, and the conclusion.
///
/// The method is a reader's: the title and the opening and closing
/// paragraphs point to the thesis, section leads and conclusion markers
/// (つまり, in short) to the section claims, discourse markers to the
/// relations (しかし and however attack, その結果 and therefore support),
/// and attributions to the voices (〜という声もある, critics argue). Its weights
/// are set by hand from these cues, not learnt from any corpus.
public struct ArgumentBuilder: Sendable {
    public init() {}

    public func build(_ evaluated: EvaluatedDocument) -> ArgumentTree {
        let units = makeUnits(evaluated)
        guard !units.isEmpty else { return ArgumentTree() }
        let segmented = evaluated.document.source.format == .segmented
        let title = evaluated.document.title?.text ?? ""

        var plan = Plan(count: units.count)
        markVoices(units, &plan, segmented: segmented)
        // Each unit is scored once: as the document's point and as its section's.
        let titleWords = Self.contentWords(title).map { Array($0.utf8) }
        var thesisScores: [Double] = []
        var sectionScores: [Double] = []
        thesisScores.reserveCapacity(units.count)
        sectionScores.reserveCapacity(units.count)
        for unit in units {
            let scores = score(unit, titleWords: titleWords)
            thesisScores.append(scores.thesis)
            sectionScores.append(scores.section)
        }
        let thesis = chooseThesis(units, scores: thesisScores, plan: plan)
        plan.roles[thesis] = .thesis
        plan.stances[thesis] = .proponent

        // Section claims: the best proponent unit of each section but the thesis's own.
        var sectionClaims: [Int: Int] = [:]
        if !segmented {
            let sections = Set(units.map(\.sectionIndex))
            for section in sections.sorted() {
                let candidates = units.indices.filter { units[$0].sectionIndex == section && $0 != thesis && plan.stances[$0] == .proponent && plan.roles[$0] == nil }
                guard units.contains(where: { $0.sectionIndex == section }) else { continue }
                // The thesis is its own section's claim.
                if units[thesis].sectionIndex == section { continue }
                if let best = candidates.max(by: { (sectionScores[$0], -$0) < (sectionScores[$1], -$1) }) {
                    sectionClaims[section] = best
                    plan.roles[best] = .claim
                }
            }
        }
        // The thesis heads its own section too.
        sectionClaims[units[thesis].sectionIndex] = sectionClaims[units[thesis].sectionIndex] ?? thesis

        attach(units, &plan, thesis: thesis, sectionClaims: sectionClaims, segmented: segmented)
        return tree(units, plan, evaluated)
    }

    // MARK: - Units

    private func makeUnits(_ evaluated: EvaluatedDocument) -> [ArgumentUnit] {
        var units: [ArgumentUnit] = []
        var sectionOrder: [String: Int] = [:]
        let segmented = evaluated.document.source.format == .segmented
        for facts in evaluated.sentences where facts.isClaim || segmented {
            let last = units.count - 1
            if !segmented, last >= 0, units[last].followers.isEmpty, units[last].facts.block == facts.block,
               ArgumentUnit.denies(units[last].facts), ArgumentUnit.corrects(facts) {
                units[units.count - 1].followers.append(facts)
                continue
            }
            var unit = ArgumentUnit(facts: facts, index: units.count)
            // Sentences of one section come together: ask the table only at a change.
            if last >= 0, units[last].facts.section == facts.section {
                unit.sectionIndex = units[last].sectionIndex
            } else {
                if sectionOrder[facts.section] == nil { sectionOrder[facts.section] = sectionOrder.count }
                unit.sectionIndex = sectionOrder[facts.section]!
            }
            units.append(unit)
        }
        for i in units.indices {
            units[i].isFirstInSection = i == 0 || units[i - 1].sectionIndex != units[i].sectionIndex
            units[i].isLastInSection = i == units.count - 1 || units[i + 1].sectionIndex != units[i].sectionIndex
            units[i].isFirstInDocument = i == 0
            units[i].isLastInDocument = i == units.count - 1
            units[i].isFirstInParagraph = i == 0 || units[i - 1].facts.block != units[i].facts.block
        }
        return units
    }

    /// What the builder decides per unit before the tree is drawn.
    struct Plan {
        var roles: [ArgumentNode.Role?]
        var stances: [ArgumentNode.Stance]
        var parents: [Int?]
        var kinds: [ArgumentRelation.Kind]
        var markers: [String?]
        var bases: [[String]]
        var confidences: [Double]

        init(count: Int) {
            roles = Array(repeating: nil, count: count)
            stances = Array(repeating: .proponent, count: count)
            parents = Array(repeating: nil, count: count)
            kinds = Array(repeating: .supports, count: count)
            markers = Array(repeating: nil, count: count)
            bases = Array(repeating: [], count: count)
            confidences = Array(repeating: 0.4, count: count)
        }

        mutating func link(_ unit: Int, to parent: Int, _ kind: ArgumentRelation.Kind, marker: String? = nil,
                           basis: [String], confidence: Double) {
            parents[unit] = parent
            kinds[unit] = kind
            markers[unit] = marker
            bases[unit] = basis
            confidences[unit] = confidence
        }
    }

    /// Opponent voices, and the proponent answers that follow them.
    private func markVoices(_ units: [ArgumentUnit], _ plan: inout Plan, segmented: Bool) {
        for i in units.indices where units[i].reportsOpposingView && !units[i].answersAView {
            plan.stances[i] = .opponent
            plan.roles[i] = .counterpoint
        }
        // "X. But Y": a unit that opens by turning against the one before
        // answers it, and so the one before is a view granted, not held
        // (Of course…, but…; 確かに…。しかし…).
        for i in units.indices.dropFirst() where units[i].answersAView && plan.stances[i] == .proponent {
            guard segmented || units[i].facts.block == units[i - 1].facts.block || plan.stances[i - 1] == .opponent else { continue }
            // Clauses of pre-segmented text grant and answer in one breath; whole
            // sentences of an article do so only when the first one hedges or grants.
            if plan.stances[i - 1] == .proponent && units[i - 1].openingRelation != .contrast
                && (segmented || units[i - 1].hedgesOrGrants) {
                plan.stances[i - 1] = .opponent
                plan.roles[i - 1] = .counterpoint
            }
            plan.roles[i] = .rebuttal
        }
        // The next sentence of the paragraph answers a reported view when it
        // denies it: 「過剰投資を疑う声もあった。両陣営が見落としたのは…ではない。」
        for i in units.indices.dropFirst() where plan.roles[i - 1] == .counterpoint && plan.stances[i] == .proponent && plan.roles[i] == nil {
            let unit = units[i]
            if segmented || unit.facts.block == units[i - 1].facts.block, !unit.answersAView,
               unit.isDenialAndCorrection || ArgumentUnit.denies(unit.facts) || unit.followers.contains(where: ArgumentUnit.denies) {
                plan.roles[i] = .rebuttal
            }
        }
        // A unit right after an opposing view that gives it a reason, without
        // turning against it, speaks for the same voice.
        for i in units.indices.dropFirst() where plan.stances[i - 1] == .opponent && plan.stances[i] == .proponent {
            let unit = units[i]
            if unit.answersAView || unit.openingRelation == .conclusion || unit.type == .recommendation { continue }
            if plan.roles[i] == .rebuttal { continue }
            if segmented || unit.facts.block == units[i - 1].facts.block, unit.openingRelation == .cause || unit.openingRelation == .addition
                || (units[i - 1].openingRelation == .concession && !unit.isLastInSection && !unit.isLastInDocument
                    && units[(i + 1)...].contains { $0.answersAView && $0.sectionIndex == unit.sectionIndex }) {
                plan.stances[i] = .opponent
                plan.roles[i] = .premise
            }
        }
    }

    // MARK: - Thesis

    private func chooseThesis(_ units: [ArgumentUnit], scores: [Double], plan: Plan) -> Int {
        let candidates = units.indices.filter { plan.stances[$0] == .proponent && plan.roles[$0] != .rebuttal }
        let pool = candidates.isEmpty ? Array(units.indices) : candidates
        return pool.max { (scores[$0], -$0) < (scores[$1], -$1) }!
    }

    /// How much a unit reads like the point: of the whole text (`thesis`)
    /// or of its section. What both share is weighed once, and in the same
    /// order of additions as before, so the sums stay bit for bit the same.
    func score(_ unit: ArgumentUnit, titleWords: [[UInt8]]) -> (thesis: Double, section: Double) {
        var score = 0.0
        // A denial and its correction read as one: the strongest type counts.
        var weight = unit.facts.claim.map { Self.typeWeight($0.type) }
        for follower in unit.followers {
            guard let type = follower.claim?.type else { continue }
            weight = max(weight ?? Self.typeWeight(type), Self.typeWeight(type))
        }
        score += weight ?? -0.5
        if unit.relations.contains(.conclusion) { score += 1.2 }
        if unit.openingRelation == .contrast { score += 0.6 }
        if unit.openingRelation == .example { score -= 1.2 }
        // From here on the two sums part.
        var section = score
        // "Therefore X", "X, that's why": X is what the reasons lead to.
        if unit.relations.contains(.result) { score += 1.0; section += 0.3 }
        func both(_ step: Double) {
            score += step
            section += step
        }
        if unit.openingRelation == .cause || unit.openingRelation == .addition { both(-0.6) }
        if unit.relations.contains(.condition) { both(-0.3) }
        if unit.facts.certainty == .hedged { both(-0.3) }
        if unit.facts.has(.weakPhrase) { both(-0.2) }
        if unit.facts.quantities.contains(where: ClaimReader.isStatistic) { both(-0.4) }
        if unit.facts.cues.contains(where: { $0.kind == .attribution }) { both(-0.6) }
        // Short sentences that point back (これは重要だ, This matters) lean on another.
        let text = unit.text
        if SentenceEnds.isShorter(text, than: 16) { both(-0.6) }
        if unit.pointsBack || Self.refersBack(unit.facts.text) { both(-0.6) }
        // "Not X but Y" is how a writer states a point against the expected one.
        if unit.isDenialAndCorrection { both(0.8) }
        if unit.isFirstInDocument { score += 0.6 }
        if unit.isLastInDocument { score += 0.5 }
        if unit.isLastInSection || unit.isFirstInSection { score += 0.2 }
        score += 1.2 * overlap(text, titleWords)
        if unit.isFirstInSection { section += 0.7 }
        if unit.isLastInSection { section += 0.3 }
        if unit.isFirstInParagraph { section += 0.3 }
        return (score, section)
    }

    /// これは, それは, This is, That is: the sentence leans on the one before.
    private static let pointingOpeners: [StaticString] = ["これは", "それは", "これが", "これも", "これらの", "このこと",
                                                          "This is", "That is", "This ", "That ", "It "]

    /// The first scalar of each opener.
    private static let pointingFirstScalars: [UInt32] = pointingOpeners.map { literal in
        literal.withUTF8Buffer { String(decoding: $0, as: UTF8.self).unicodeScalars.first!.value }
    }

    static func pointsBack(_ text: String) -> Bool {
        // A plain first scalar (a Character of its own, equal only to itself)
        // that starts no opener decides most sentences at once.
        if let first = text.unicodeScalars.first, SentenceEnds.isPlain(first.value),
           !pointingFirstScalars.contains(first.value) { return false }
        return SentenceEnds.starts(text, withAnyOf: pointingOpeners)
    }

    static func typeWeight(_ type: ClaimType) -> Double {
        switch type {
        case .recommendation: return 1.6
        case .evaluative: return 0.9
        case .comparative: return 0.6
        case .predictive: return 0.4
        case .causal: return 0.4
        case .factual: return 0
        case .analogical: return -0.8
        case .statistical: return -0.8
        }
    }

    private static let refersBackWords: [StaticString] = ["これは", "それは", "これが", "このこと", "これら", "それら"]

    /// これは / this early in the sentence: its subject is the sentence before.
    static func refersBack(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let head = UnsafeBufferPointer(rebasing: bytes.prefix(60))
            return refersBackWords.contains { word in
                contains(head, UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
            }
        }
    }

    /// The share of the title's content words (kanji, katakana and Latin
    /// runs) that recur in the text, by a byte search.
    func overlap(_ text: String, _ words: [[UInt8]]) -> Double {
        guard !words.isEmpty else { return 0 }
        var text = text
        let found = text.withUTF8 { bytes in
            words.reduce(0) { count, word in
                word.withUnsafeBufferPointer { Self.contains(bytes, $0) } ? count + 1 : count
            }
        }
        return Double(found) / Double(words.count)
    }

    /// The builder searches every unit's text for every title word, and a
    /// byte-at-a-time loop showed in profiles: libc's `memchr` finds each
    /// place where the needle's last byte stands (in UTF-8 Japanese the most
    /// varied byte of a character), and `memcmp` checks the rest there.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        let base = haystack.baseAddress!
        let last = Int32(needle[needle.count - 1])
        let tail = needle.count - 1
        var from = tail
        while from < haystack.count {
            guard let hit = memchr(base + from, last, haystack.count - from) else { return false }
            let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if tail == 0 || memcmp(base + (end - tail), needle.baseAddress!, tail) == 0 { return true }
            from = end + 1
        }
        return false
    }

    private static let titleStopWords: Set<String> = ["する", "こと", "ため", "から", "として", "the", "and", "for", "with", "that"]

    static func contentWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var currentClass = 0
        func flush() {
            if current.count >= 2, !titleStopWords.contains(current.lowercased()) {
                words.append(current)
            }
            current = ""
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            // Kanji, katakana and Latin runs carry content; hiragana joins.
            // The range is tested before the Unicode property, which is dear.
            let cls = (v >= 0x4E00 && v <= 0x9FFF) ? 1 : (v >= 0x30A0 && v <= 0x30FF) ? 2
                : v < 0x3000 && scalar.properties.isAlphabetic ? 3 : 0
            if cls != currentClass { flush(); currentClass = cls }
            if cls != 0 { current.unicodeScalars.append(scalar) }
        }
        flush()
        return words
    }

    // MARK: - Relations

    private func attach(_ units: [ArgumentUnit], _ plan: inout Plan, thesis: Int, sectionClaims: [Int: Int], segmented: Bool) {
        func head(of unit: Int) -> Int {
            let claim = sectionClaims[units[unit].sectionIndex] ?? thesis
            return claim == unit ? thesis : claim
        }
        // Section claims support the thesis.
        for (_, claim) in sectionClaims where claim != thesis {
            plan.link(claim, to: thesis, .supports, basis: ["section-lead"], confidence: 0.6)
        }
        var lastOpponent: Int?
        for i in units.indices where i != thesis && !(plan.roles[i] == .claim && plan.parents[i] != nil) {
            let unit = units[i]
            let marker = unit.opening?.text
            let previous = i > 0 ? i - 1 : nil
            // Pre-segmented units are the clauses of one paragraph.
            let sameBlockPrevious = previous.flatMap { segmented || units[$0].facts.block == unit.facts.block ? $0 : nil }

            if plan.stances[i] == .opponent {
                if plan.roles[i] == .premise, let p = previous, plan.stances[p] == .opponent {
                    plan.link(i, to: p, .supports, marker: marker, basis: ["voice", "position"], confidence: 0.5)
                } else {
                    plan.roles[i] = .counterpoint
                    let attribution = unit.facts.cues(.attribution).first?.text ?? marker
                    plan.link(i, to: head(of: i), .attacks, marker: attribution, basis: ["attribution"], confidence: 0.7)
                }
                lastOpponent = i
                continue
            }
            // An answer to a reported view: しかし / But after a counterpoint, or
            // the next sentence of the paragraph when it denies what was said.
            if let opponent = lastOpponent,
               unit.answersAView || (unit.relations.contains(.contrast) && i - opponent <= 2) || plan.roles[i] == .rebuttal,
               i - opponent <= 3, units[opponent].sectionIndex == unit.sectionIndex || i - opponent == 1 {
                plan.roles[i] = .rebuttal
                let target = plan.roles[opponent] == .premise ? (plan.parents[opponent] ?? opponent) : opponent
                plan.link(i, to: target, .attacks, marker: marker ?? unit.facts.cues(.discourseMarker).first?.text,
                          basis: ["marker", "position"], confidence: 0.7)
                lastOpponent = nil
                continue
            }
            if plan.roles[i] == .claim { continue }

            // The role from what the unit is.
            let isLast = unit.isLastInDocument || (unit.facts.block == units[units.count - 1].facts.block
                && (unit.type == .predictive || unit.facts.certainty == .boosted || unit.openingRelation == .conclusion))
            if unit.type == .analogical {
                plan.roles[i] = .analogy
            } else if unit.openingRelation == .example || unit.facts.cues.contains(where: { $0.relation == .example && $0.start < 24 }) {
                plan.roles[i] = .example
            } else if !segmented, isLast || (unit.sectionIndex == units[units.count - 1].sectionIndex
                        && (unit.openingRelation == .conclusion || (unit.type == .predictive && unit.isLastInSection))) {
                plan.roles[i] = .conclusion
            } else if unit.type == .statistical || unit.facts.cues.contains(where: { $0.kind == .attribution && $0.source == .named }) {
                plan.roles[i] = .evidence
            } else {
                plan.roles[i] = .premise
            }

            // The parent from the markers and the position.
            switch plan.roles[i]! {
            case .conclusion:
                plan.link(i, to: thesis, .supports, marker: marker, basis: unit.openingRelation == .conclusion ? ["marker", "position"] : ["position"],
                          confidence: unit.openingRelation == .conclusion ? 0.7 : 0.5)
            case .example:
                let target = sameBlockPrevious ?? head(of: i)
                plan.link(i, to: target, .exemplifies, marker: marker, basis: ["marker"], confidence: 0.7)
            default:
                if unit.openingRelation == .cause, let p = previous, plan.roles[p] != .counterpoint || plan.stances[i] == .opponent {
                    // "…, because Y" / "Since Y": Y is a reason for the unit before.
                    plan.link(i, to: p, .supports, marker: marker, basis: ["marker", "position"], confidence: 0.65)
                } else if unit.openingRelation == .result, let p = sameBlockPrevious ?? previous, plan.parents[p] != nil || p == thesis {
                    // "…。だから X" / "Therefore X": X follows from the unit before.
                    if p != thesis, plan.roles[p] != .claim {
                        let grand = plan.parents[p] ?? head(of: i)
                        plan.link(i, to: grand, plan.kinds[p] == .attacks ? .attacks : .supports, marker: marker, basis: ["marker", "position"], confidence: 0.6)
                        plan.link(p, to: i, .supports, marker: marker, basis: ["marker"], confidence: 0.6)
                    } else {
                        plan.link(i, to: p, .supports, marker: marker, basis: ["marker", "position"], confidence: 0.5)
                    }
                } else if unit.openingRelation == .addition, let p = sameBlockPrevious, let grand = plan.parents[p] {
                    plan.link(i, to: grand, plan.kinds[p], marker: marker, basis: ["marker", "position"], confidence: 0.6)
                } else if (unit.facts.cues.contains { $0.kind == .discourseMarker && $0.relation == .result && $0.start > 0 }
                           || unit.pointsBack) && plan.roles[i] == .premise, let p = sameBlockPrevious {
                    plan.link(i, to: p, unit.pointsBack ? .elaborates : .supports,
                              marker: marker, basis: ["marker", "position"], confidence: 0.5)
                } else {
                    let target = head(of: i)
                    let basis = sectionClaims[unit.sectionIndex] != nil ? ["section"] : ["position"]
                    let shares = sharesEntity(unit, units[target])
                    plan.link(i, to: target, .supports, marker: marker, basis: shares ? basis + ["shared-entity"] : basis,
                              confidence: shares ? 0.55 : 0.45)
                }
            }
        }
        breakCycles(&plan, thesis: thesis)
    }

    private func sharesEntity(_ a: ArgumentUnit, _ b: ArgumentUnit) -> Bool {
        let first = a.facts.entities, second = b.facts.entities
        guard !first.isEmpty, !second.isEmpty else { return false }
        // A sentence names a few entities: comparing each pair beats building
        // a set, as long as the pairs are few (a huge sentence may name many).
        if first.count * second.count <= 64 {
            return second.contains { entity in first.contains { $0.name == entity.name } }
        }
        let names = Set(first.map(\.name))
        return second.contains { names.contains($0.name) }
    }

    /// Re-attachments may close a loop; a unit on one goes to the thesis.
    private func breakCycles(_ plan: inout Plan, thesis: Int) {
        // seenFrom[node] == start: the walk from start has passed node.
        var seenFrom = Array(repeating: -1, count: plan.parents.count)
        for start in plan.parents.indices where start != thesis {
            seenFrom[start] = start
            var current = plan.parents[start]
            while let node = current, node != thesis {
                if seenFrom[node] == start {
                    plan.link(start, to: thesis, plan.kinds[start] == .attacks ? .attacks : .supports, basis: ["position"], confidence: 0.3)
                    break
                }
                seenFrom[node] = start
                current = plan.parents[node]
            }
            if plan.parents[start] == nil {
                plan.link(start, to: thesis, .supports, basis: ["position"], confidence: 0.3)
            }
        }
    }

    // MARK: - Tree

    private func tree(_ units: [ArgumentUnit], _ plan: Plan, _ evaluated: EvaluatedDocument) -> ArgumentTree {
        let ids = units.indices.map { ElementID.make("n", $0 + 1) }
        var nodes: [ArgumentNode] = []
        var relations: [ArgumentRelation] = []
        for i in units.indices {
            let unit = units[i]
            let node: ArgumentNode
            if unit.followers.isEmpty {
                // One sentence (most units): no members array to build.
                let sentence = unit.facts.sentence
                let claims = unit.facts.claim.map { [$0.id] } ?? []
                node = ArgumentNode(id: ids[i], role: plan.roles[i] ?? .premise, stance: plan.stances[i],
                                    sentences: [sentence.id], claims: claims,
                                    text: unit.text, range: sentence.range, section: unit.facts.section)
            } else {
                let members = unit.members
                let range = SourceRange(start: members[0].sentence.range.start, end: members[members.count - 1].sentence.range.end)
                node = ArgumentNode(id: ids[i], role: plan.roles[i] ?? .premise, stance: plan.stances[i],
                                    sentences: members.map(\.sentence.id), claims: members.compactMap { $0.claim?.id },
                                    text: unit.text, range: range, section: unit.facts.section)
            }
            nodes.append(node)
            if let parent = plan.parents[i] {
                relations.append(ArgumentRelation(from: ids[i], to: ids[parent], type: plan.kinds[i], marker: plan.markers[i],
                                                  basis: plan.bases[i], confidence: plan.confidences[i]))
            }
        }
        return ArgumentTree(nodes: nodes, relations: relations)
    }
}
