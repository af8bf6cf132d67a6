import RontenCore

/// What every part of an article's report reads, computed once per article:
/// lookups by sentence id, counts, and the marks of the annotated text.
struct ArticleFacts {
    let analysis: Analysis
    let sentenceByID: [String: Sentence]
    let claimsBySentence: [String: [Claim]]
    let quantitiesBySentence: [String: [Mention<Quantity>]]
    let marks: [String: [Mark]]
    let findings: [Finding]?

    init(_ analysis: Analysis) {
        self.analysis = analysis
        var byID: [String: Sentence] = [:]
        for section in analysis.document.sections {
            for block in section.blocks {
                for sentence in block.sentences where byID[sentence.id] == nil { byID[sentence.id] = sentence }
            }
        }
        sentenceByID = byID
        var claims: [String: [Claim]] = [:]
        for claim in analysis.claims ?? [] { claims[claim.sentence, default: []].append(claim) }
        claimsBySentence = claims
        var quantities: [String: [Mention<Quantity>]] = [:]
        for mention in analysis.annotations?.quantities ?? [] { quantities[mention.sentence, default: []].append(mention) }
        quantitiesBySentence = quantities
        marks = SentenceMarks.build(analysis, sentences: byID)
        findings = analysis.findings.map { $0.sorted(by: Finding.ordered) }
    }

    // Not stored: the report's closures copy these facts, a retain a stored table.
    var document: Document { analysis.document }

    var title: String? {
        if let text = document.title?.text, !text.isEmpty { return text }
        if let text = document.metadata.title, !text.isEmpty { return text }
        return nil
    }

    var figureCount: Int? { analysis.annotations?.quantities.count }

    func findingCount(_ severity: Severity) -> Int? { findings.map { $0.filter { $0.severity == severity }.count } }

    /// The most severe finding, the first in reading order among equals.
    var worstFinding: Finding? {
        var worst: Finding?
        for finding in findings ?? [] where worst == nil || finding.severity > worst!.severity { worst = finding }
        return worst
    }

    /// The thesis: the argument tree's, else the first claim, else nothing.
    var thesis: String? {
        if let node = analysis.argument?.thesis { return node.text }
        return nil
    }

    func sentenceText(_ id: String?) -> String? { id.flatMap { sentenceByID[$0]?.text } }
}
