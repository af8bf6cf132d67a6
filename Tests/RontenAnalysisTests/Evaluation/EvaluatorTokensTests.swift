import Foundation
import Ronten
import RontenAnalysis
import RontenCore
import Testing

/// The evaluator keeps a sentence's tokens only when asked: the rules work
/// from what it read while they were at hand, so findings do not change.
@Suite struct EvaluatorTokensTests {
    static let text = "北斗電機の売上高は1,200億円だった。\n\n北斗電機の売上高は1,500億円だった。\n\nNorthwind's revenue was $1.2 billion.\n\n田中さんは東京で三菱商事の株を買った。\n"

    func evaluated(keepingTokens: Bool) throws -> EvaluatedDocument {
        var pipeline = Pipeline()
        pipeline.includeTokens = keepingTokens
        return try pipeline.session().evaluate(Array(Self.text.utf8), path: "t.md")
    }

    @Test func dropsEachSentencesTokensUnlessAsked() throws {
        #expect(try evaluated(keepingTokens: false).sentences.map(\.tokens.count) == [0, 0, 0, 0])
        let kept = try evaluated(keepingTokens: true).sentences
        #expect(kept[0].tokens.map(\.surface) == ["北斗", "電機", "の", "売上", "高", "は", "1", ",", "200", "億", "円", "だっ", "た", "。"])
        #expect(kept[2].tokens.prefix(4).map(\.surface) == ["Northwind", "'s", "revenue", "was"])
    }

    @Test func findsTheSameFiguresSubjectsAndEntitiesEitherWay() throws {
        let dropped = try evaluated(keepingTokens: false)
        let kept = try evaluated(keepingTokens: true)
        let findings = RuleRegistry.check(dropped)
        #expect(findings == RuleRegistry.check(kept))
        #expect(findings.filter { $0.rule == InconsistentFigure.descriptor.id }.map(\.evidence) == [["1,200億円", "1,500億円"]])
        #expect(dropped.sentences.map { $0.entities.map(\.name) } == kept.sentences.map { $0.entities.map(\.name) })
        #expect(dropped.sentences[3].entities.map { "\($0.name) \($0.kind)" } == ["田中 person", "Tokyo place", "三菱商事 organisation"])
        #expect(dropped.sentences.map(\.style) == [.plain, .plain, .none, .none])
    }
}
