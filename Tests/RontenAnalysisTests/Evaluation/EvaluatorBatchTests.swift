import Foundation
import Ronten
import RontenAnalysis
import RontenCore
import Testing

/// The evaluator reads sentences in batches (cues for the whole batch, then
/// MeCab, then the rest), at most 256 sentences or 32 KB each, and a longer
/// sentence alone. None of that may show in what it finds: every sentence
/// read in a document of 600 sentences and one of 45 KB must read exactly
/// as it does in a document of its own.
@Suite struct EvaluatorBatchTests {
    static let pieces = [
        "北斗電機の売上高は2025年に1,200億円に達するかもしれない。",
        "Northwind's revenue will certainly reach $1.2 billion by 2027.",
        "専門家によれば、この戦略は明らかに正しい。",
        "田中さんは東京で三菱商事の株を3割買った。",
        "Some say the market is like a casino.",
    ]

    /// 600 one-sentence paragraphs, each different (a repeated paragraph
    /// would be dropped as a pasted duplicate), with a 45 KB sentence as the 301st.
    static let paragraphs: [String] = {
        var paragraphs = (0..<600).map { "(\($0 + 1)) " + pieces[$0 % pieces.count] }
        paragraphs.insert(String(repeating: "北斗電機は成長するだろうと考えられ", count: 900) + "る。", at: 300)
        return paragraphs
    }()

    static func read(_ text: String) throws -> [SentenceFacts] {
        try Pipeline().session().evaluate(Array(text.utf8), path: "t.md").sentences
    }

    static func summary(_ facts: SentenceFacts) -> String {
        let cues = facts.cues.map { "\($0.kind.rawValue):\($0.text)@\($0.start)-\($0.end)" }
        let figures = facts.quantities.map { "\($0.text)=\($0.value.map { String($0) } ?? "-")" }
        let names = facts.entities.map { "\($0.name)/\($0.kind.rawValue)" }
        return "\(facts.text.utf8.count) \(facts.certainty) \(facts.style) \(cues) \(figures) \(names) \(facts.claim?.type.rawValue ?? "-")"
    }

    @Test func aSentenceReadsTheSameInABatchAsOnItsOwn() throws {
        let together = try Self.read(Self.paragraphs.joined(separator: "\n\n"))
        try #require(together.count == Self.paragraphs.count)
        #expect(together[300].text.utf8.count > 32 * 1024)
        var alone: [String: String] = [:]
        for paragraph in Self.paragraphs {
            let facts = try Self.read(paragraph)
            #expect(facts.count == 1)
            alone[paragraph] = facts.first.map(Self.summary)
        }
        for (index, facts) in together.enumerated() {
            #expect(Self.summary(facts) == alone[Self.paragraphs[index]], "sentence \(index + 1)")
        }
        // And the batch found something to compare: cues, figures and names.
        let first = Self.summary(together[0])
        #expect(first.contains("hedge:かもしれない@"))
        #expect(first.contains("1,200億円=120000000000.0"))
        #expect(Self.summary(together[3]).contains("三菱商事/organisation"))
    }
}
