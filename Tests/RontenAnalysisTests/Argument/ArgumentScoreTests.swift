import Foundation
import Testing
import Ronten
import RontenCore

/// A regression floor on the development microtexts: the builder's rules
/// are written by hand, and these figures say they still hold.
@Suite(.enabled(if: ArgumentFixtures.hasMicrotexts, "needs ../shared/data/arg-microtexts"))
struct ArgumentScoreTests {
    @Test func scoresOnTheDevelopmentMicrotextsStayAboveThePublishedFigures() throws {
        let folder = ArgumentFixtures.microtexts
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xml") }.sorted()
        var scores = ArgumentScores()
        for file in files {
            let gold = try ArgGraph(contentsOf: folder.appendingPathComponent(file))
            scores.add(gold: gold, predicted: try Pipeline().tree(units: gold.units.map(\.text), path: file))
        }
        #expect(scores.texts == 112)
        #expect(scores.units == 576)
        #expect(scores.firstUnitIsCentral == 60)
        #expect(scores.centralClaim.macroF1 >= 0.86)
        #expect(scores.role.macroF1 >= 0.80)
        #expect(scores.function.macroF1 >= 0.76)
        #expect(scores.attachment.macroF1 >= 0.71)
    }
}
