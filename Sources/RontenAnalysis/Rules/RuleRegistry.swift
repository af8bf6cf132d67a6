import RontenCore

/// Every rule Ronten has, in id order. `ronten rules`, docs/rules.md and
/// SARIF's rule list are generated from here, so they cannot disagree.
public enum RuleRegistry {
    public static let rules: [any Rule.Type] = [
        AcronymNotExpanded.self,
        AnalogyAsProof.self,
        AnonymousAttribution.self,
        FigureWithoutSource.self,
        HedgeStacking.self,
        InconsistentFigure.self,
        JaSentenceTooLong.self,
        MixedPoliteness.self,
        OverconfidentPrediction.self,
        SweepingGeneralisation.self,
        UnsupportedStrongClaim.self,
        VagueQuantity.self,
        WeakPhrasing.self,
    ]

    public static var descriptors: [RuleDescriptor] { rules.map { $0.descriptor }.sorted { $0.id < $1.id } }

    public static func rule(_ id: String) -> (any Rule.Type)? { rules.first { $0.descriptor.id == id } }

    /// Runs every rule, findings in the order every output uses.
    public static func check(_ document: EvaluatedDocument, enabled: (String) -> Bool = { _ in true }) -> [Finding] {
        var findings: [Finding] = []
        for rule in rules where enabled(rule.descriptor.id) {
            findings += rule.init().check(document)
        }
        // Sorted as Finding.ordered sorts them, stably, moving indices rather
        // than findings: a finding is a dozen strings to retain on every move.
        let keys = findings.map { ($0.range.start.offset, $0.range.end.offset) }
        let order = findings.indices.sorted { a, b in
            if keys[a] != keys[b] { return keys[a] < keys[b] }
            if findings[a].rule != findings[b].rule { return findings[a].rule < findings[b].rule }
            return a < b
        }
        return order.map { findings[$0] }
    }
}
