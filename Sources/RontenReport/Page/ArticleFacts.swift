import RontenCore

/// What every part of an article's report reads, computed once per article:
/// lookups by sentence id, counts, and the marks of the annotated text.
///
/// It keeps the parts of the analysis the report reads rather than the whole
/// analysis: the body's closures capture it, and each copy costs a retain
/// and a release per stored reference, thousands of times a page.
struct ArticleFacts {
    let sections: [Section]
    let language: Language
    let sourcePath: String
    let date: String?
    let author: String?
    let title: String?
    let argument: ArgumentTree?
    let claims: [Claim]?
    let quantities: [Mention<Quantity>]?
    let entities: [Entity]?
    let sentenceByID: SentenceTable<Sentence>
    let claimsBySentence: SentenceTable<[Claim]>
    let quantitiesBySentence: SentenceTable<[Mention<Quantity>]>
    let marks: SentenceTable<[Mark]>
    let findings: [Finding]?

    init(_ analysis: Analysis) {
        let document = analysis.document
        sections = document.sections
        language = document.language
        sourcePath = document.source.path
        date = document.metadata.date
        author = document.metadata.author
        if let text = document.title?.text, !text.isEmpty {
            title = text
        } else if let text = document.metadata.title, !text.isEmpty {
            title = text
        } else {
            title = nil
        }
        argument = analysis.argument
        claims = analysis.claims
        quantities = analysis.annotations?.quantities
        entities = analysis.annotations?.entities
        var count = 0
        for section in document.sections {
            for block in section.blocks { count += block.sentences.count }
        }
        var byID = SentenceTable<Sentence>(expected: count)
        for section in document.sections {
            for block in section.blocks {
                // The first sentence of an id stays.
                for sentence in block.sentences where !byID.contains(sentence.id) { byID[sentence.id] = sentence }
            }
        }
        sentenceByID = byID
        var claims = SentenceTable<[Claim]>(expected: count)
        for claim in analysis.claims ?? [] { claims.append(claim, to: claim.sentence) }
        claimsBySentence = claims
        var quantities = SentenceTable<[Mention<Quantity>]>(expected: count)
        for mention in analysis.annotations?.quantities ?? [] { quantities.append(mention, to: mention.sentence) }
        quantitiesBySentence = quantities
        marks = SentenceMarks.build(analysis, sentences: byID, expected: count)
        findings = analysis.findings.map { $0.sorted(by: Finding.ordered) }
    }

    var figureCount: Int? { quantities?.count }

    func findingCount(_ severity: Severity) -> Int? { findings.map { $0.filter { $0.severity == severity }.count } }

    /// The most severe finding, the first in reading order among equals.
    var worstFinding: Finding? {
        var worst: Finding?
        for finding in findings ?? [] where worst == nil || finding.severity > worst!.severity { worst = finding }
        return worst
    }

    /// The thesis: the argument tree's, else the first claim, else nothing.
    var thesis: String? {
        if let node = argument?.thesis { return node.text }
        return nil
    }

    func sentenceText(_ id: String?) -> String? { id.flatMap { sentenceByID[$0]?.text } }
}
