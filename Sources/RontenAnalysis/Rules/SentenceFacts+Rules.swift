import RontenCore

/// What several rules ask of a sentence, answered one way for all of them.
extension SentenceFacts {
    /// Boosters that claim certainty outright (必ず, 間違いなく, inevitably,
    /// clearly). Emphasis such as "actually", "in fact" or もちろん (weight
    /// under 0.7) insists less, and alone it does not make a claim strong.
    public var certaintyWords: [Cue] { cues.filter(Self.isCertaintyWord) }

    static func isCertaintyWord(_ cue: Cue) -> Bool { cue.kind == .booster && cue.strength >= 0.7 }

    /// Whether the sentence gives a figure that measures something (money,
    /// shares, counts; not dates) and is more than an order of magnitude,
    /// asked of the figures in place rather than of a filtered copy.
    var hasExactStatistic: Bool {
        quantities.contains { ClaimReader.isStatistic($0) && $0.approximation != .vague }
    }

    /// A boosted sentence that says what will happen.
    var isOverconfidentPrediction: Bool {
        guard isClaim, certainty == .boosted, cues.contains(where: Self.isCertaintyWord) else { return false }
        return has(.prediction) || claim?.type == .predictive
    }
}

extension EvaluatedDocument {
    /// The indices into `sentences` of each paragraph (block), in reading
    /// order: a block's sentences lie side by side.
    public var paragraphs: [Range<Int>] {
        var groups: [Range<Int>] = []
        var start = 0
        for index in sentences.indices.dropFirst() where !sentences[index].isInBlock(of: sentences[index - 1]) {
            groups.append(start..<index)
            start = index
        }
        if !sentences.isEmpty { groups.append(start..<sentences.count) }
        return groups
    }
}

/// Quotes a phrase the way each language does: 「必ず」 and "inevitably".
enum Quote {
    static func ja(_ texts: [String]) -> String { texts.map { "「\($0)」" }.joined(separator: "、") }
    static func en(_ texts: [String]) -> String { texts.map { "\"\($0)\"" }.joined(separator: ", ") }
}
