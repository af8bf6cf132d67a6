import RontenCore

/// One input of `ronten check`: the path as the user gave it and either the
/// findings on it or the reason it could not be read.
public struct CheckedFile: Sendable, Hashable {
    /// As given on the command line (`-` for standard input).
    public var path: String
    /// In report order: position, then rule id.
    public var findings: [Finding]
    /// Why the file could not be read; nil when it was checked.
    public var failure: String?
    /// The text of each sentence a finding names, by sentence id, so that
    /// fingerprints follow the sentence rather than its number or line.
    public var sentences: [String: String]

    public init(path: String, findings: [Finding], sentences: [String: String] = [:]) {
        self.path = path
        self.findings = findings.sorted(by: Self.reportOrder)
        self.failure = nil
        self.sentences = sentences
    }

    /// A file that could not be read; `reason` leaves the path out.
    public init(path: String, failure reason: String) {
        self.path = path
        self.findings = []
        self.failure = reason
        self.sentences = [:]
    }

    /// The findings of an analysed document (none while no rule has run),
    /// with the texts of the sentences they name.
    public init(analysis: Analysis, path: String? = nil) {
        let findings = analysis.findings ?? []
        let named = Set(findings.compactMap(\.sentence))
        var sentences: [String: String] = [:]
        if !named.isEmpty {
            for sentence in analysis.document.sentences where named.contains(sentence.id) {
                sentences[sentence.id] = sentence.text
            }
        }
        self.init(path: path ?? analysis.document.source.path, findings: findings, sentences: sentences)
    }

    public var isReadable: Bool { failure == nil }

    /// `Finding.ordered`, then severity and message, so that two findings of
    /// one rule on one range still come out in the same order every run.
    static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if Finding.ordered(lhs, rhs) { return true }
        if Finding.ordered(rhs, lhs) { return false }
        if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
        return (lhs.message.en, lhs.message.ja) < (rhs.message.en, rhs.message.ja)
    }
}
