import RontenCore

/// The header's facts (source, language, date, counts), shared by the page
/// template and the Markdown report.
enum PageFacts {
    struct Fact {
        var label: String
        var value: String
    }

    static func facts(_ facts: ArticleFacts, _ labels: Labels) -> [Fact] {
        var out = [Fact(label: labels.source, value: facts.sourcePath),
                   Fact(label: labels.language, value: labels.languageName(facts.language))]
        if let date = facts.date, !date.isEmpty { out.append(Fact(label: labels.date, value: date)) }
        if let author = facts.author, !author.isEmpty { out.append(Fact(label: labels.author, value: author)) }
        out.append(Fact(label: labels.claims, value: labels.count(facts.claims?.count)))
        let severities = Severity.allCases.reversed().map { severity in
            labels.severity(severity) + " " + labels.count(facts.findingCount(severity))
        }
        out.append(Fact(label: labels.findings, value: severities.joined(separator: " · ")))
        out.append(Fact(label: labels.figures, value: labels.count(facts.figureCount)))
        return out
    }

    /// The labels `facts` gives, in order, for an article with or without a
    /// date and an author: what the page shells are rendered ahead for.
    static func labels(_ labels: Labels, hasDate: Bool, hasAuthor: Bool) -> [String] {
        var out = [labels.source, labels.language]
        if hasDate { out.append(labels.date) }
        if hasAuthor { out.append(labels.author) }
        out += [labels.claims, labels.findings, labels.figures]
        return out
    }
}
