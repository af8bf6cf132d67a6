import RontenCore

/// Turns evaluated sentences into claims: type, certainty with the cues that
/// decided it, and the evidence in the sentence or its neighbours.
enum ClaimBuilder {
    static func attachClaims(_ evaluated: inout EvaluatedDocument) {
        var claims: [Claim] = []
        var claimed: [Int] = []
        for i in evaluated.sentences.indices {
            let facts = evaluated.sentences[i]
            guard ClaimReader.isClaim(facts.sentence.text, kind: facts.blockKind) else { continue }
            let deciding = facts.cues.filter {
                $0.kind == .hedge || $0.kind == .booster || ($0.kind == .attribution && $0.source == .anonymous)
            }.map(\.text)
            let claim = Claim(
                id: ElementID.make("c", claims.count + 1), sentence: facts.sentence.id, text: facts.sentence.text,
                range: facts.sentence.range, type: ClaimReader.type(cues: facts.cues, quantities: facts.quantities),
                certainty: facts.certainty, certaintyCues: deciding,
                evidence: evidence(for: i, in: evaluated))
            claims.append(claim)
            claimed.append(i)
        }
        // Set afterwards: writing while reading the array would copy it.
        for (claim, i) in zip(claims, claimed) { evaluated.sentences[i].claim = claim }
        evaluated.claims = claims
    }

    /// Figures, named sources and dates in the sentence itself; figures,
    /// sources and examples in the sentences next to it in its paragraph.
    static func evidence(for index: Int, in evaluated: EvaluatedDocument) -> [Evidence] {
        var evidence: [Evidence] = []
        let sentences = evaluated.sentences
        let facts = sentences[index]
        func collect(from other: SentenceFacts, own: Bool) {
            let id = other.sentence.id
            for quantity in other.quantities {
                if ClaimReader.isStatistic(quantity) {
                    evidence.append(Evidence(kind: .figure, sentence: id, text: quantity.text,
                                             range: evaluated.range(of: quantity.range, in: other)))
                } else if own, ClaimReader.isDate(quantity) {
                    evidence.append(Evidence(kind: .date, sentence: id, text: quantity.text,
                                             range: evaluated.range(of: quantity.range, in: other)))
                }
            }
            for cue in other.cues where cue.kind == .attribution && cue.source == .named {
                evidence.append(Evidence(kind: .source, sentence: id, text: cue.text,
                                         range: evaluated.range(of: cue.start..<cue.end, in: other)))
            }
            if !own, other.cues.contains(where: { $0.kind == .discourseMarker && $0.relation == .example }) {
                evidence.append(Evidence(kind: .example, sentence: id, text: other.sentence.text, range: other.sentence.range))
            }
        }
        collect(from: facts, own: true)
        // The sentence before, then the one after (a stride, not an array
        // literal, which was allocated for every claim).
        for neighbour in stride(from: index - 1, through: index + 1, by: 2) where sentences.indices.contains(neighbour) {
            let other = sentences[neighbour]
            guard other.isInBlock(of: facts) else { continue }
            collect(from: other, own: false)
        }
        return evidence
    }
}
