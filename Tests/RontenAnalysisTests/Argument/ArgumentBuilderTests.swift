import Testing
import Ronten
import RontenAnalysis
import RontenCore

@Suite(.enabled(if: ArgumentFixtures.hasSeed, "needs ../shared/seed"))
struct SeedArgumentTests {
    let analysis: Analysis
    init() throws { analysis = try ArgumentFixtures.analysis(ArgumentFixtures.seed) }

    @Test func theThesisIsTheArticlesCentralClaimNotAHeading() throws {
        let thesis = try #require(analysis.tree.thesis)
        #expect(thesis.text == "Metaは単一のブレークスルー製品に賭けたり、才能を競り合ったりしているわけではない。むしろ、計算アクセス、エコシステムの影響力、実行速度の面で構造的な優位性を築いている。")
        #expect(thesis.sentences == ["s37", "s38"])
        let headings = analysis.document.sections.compactMap { section in section.heading.map(\.text) }
        #expect(!headings.contains(thesis.text))
        #expect(analysis.tree.nodes.filter { $0.role == .thesis }.count == 1)
    }

    @Test func eachOfTheFourSectionsHasItsClaim() {
        let sections = analysis.document.sections.map(\.id)
        #expect(sections.count == 4)
        // The thesis stands in the last section and is that section's claim.
        #expect(analysis.tree.thesis?.section == "sec4")
        for section in sections where section != "sec4" {
            let claims = analysis.tree.nodes.filter { $0.section == section && $0.role == .claim }
            #expect(claims.count == 1, "section \(section) has \(claims.count) claims")
            // A section claim supports the thesis.
            #expect(claims.allSatisfy { analysis.tree.parentRelation(of: $0.id)?.to == analysis.tree.thesis?.id })
        }
    }

    @Test func theAWSAndAndroidComparisonsAreAnalogiesSupportingTheirClaims() throws {
        for fragment in ["15年前のAWSと同じ戦略だ", "Androidがモバイルコンピューティングで勝利したのと同じ戦略だ"] {
            let node = try #require(analysis.node(containing: fragment))
            #expect(node.role == .analogy)
            let relation = try #require(analysis.tree.parentRelation(of: node.id))
            #expect(relation.type == .supports)
            #expect(analysis.tree.node(relation.to)?.role == .claim)
        }
    }

    @Test func theDoubtAboutOverinvestmentIsAnOpponentCounterpointAnsweredByARebuttal() throws {
        let counterpoint = try #require(analysis.node(containing: "過剰投資を疑う声もあった"))
        #expect(counterpoint.role == .counterpoint)
        #expect(counterpoint.stance == .opponent)
        #expect(analysis.tree.parentRelation(of: counterpoint.id)?.type == .attacks)
        let answers = analysis.tree.relations.filter { $0.to == counterpoint.id && $0.type == .attacks }
        let rebuttal = try #require(answers.first.flatMap { analysis.tree.node($0.from) })
        #expect(rebuttal.role == .rebuttal)
        #expect(rebuttal.stance == .proponent)
        #expect(rebuttal.text.hasPrefix("両陣営が見落としたのは"))
    }

    @Test func theClosingPredictionIsAConclusion() throws {
        let prediction = try #require(analysis.node(containing: "明らかになるだろう"))
        #expect(prediction.role == .conclusion)
        #expect(analysis.tree.parentRelation(of: prediction.id)?.to == analysis.tree.thesis?.id)
    }

    @Test func everyRelationSaysWhyAndHowSure() {
        for relation in analysis.tree.relations {
            #expect(!relation.basis.isEmpty)
            #expect(relation.confidence > 0 && relation.confidence <= 1)
        }
        let marked = analysis.tree.relations.first { $0.marker == "を称賛する声もあれば" }
        #expect(marked?.basis == ["attribution"])
    }
}

struct ExampleArgumentTests {
    @Test func theEnglishExampleReadsLikeItsJapaneseCounterpart() throws {
        let analysis = try ArgumentFixtures.example("en-northwind-usage-pricing.md")
        #expect(analysis.tree.thesis?.text == "In short, Northwind is trading a predictable year for a larger platform.")
        let critics = try #require(analysis.node(containing: "Critics argue"))
        #expect(critics.role == .counterpoint && critics.stance == .opponent)
        let rebuttal = try #require(analysis.node(containing: "However, that reading misses"))
        #expect(rebuttal.role == .rebuttal)
        #expect(analysis.tree.parentRelation(of: rebuttal.id)?.type == .attacks)
        #expect(analysis.tree.node(analysis.tree.parentRelation(of: rebuttal.id)!.to)?.stance == .opponent)
        let analogy = try #require(analysis.node(containing: "just as AWS did with compute"))
        #expect(analogy.role == .analogy)
        #expect(analysis.tree.parentRelation(of: analogy.id)?.type == .supports)
        #expect(analysis.node(containing: "undoubtedly too confident")?.role == .conclusion)
    }

    @Test func theMixedExampleUsesBothLexiconsInOneTree() throws {
        let analysis = try ArgumentFixtures.example("mixed-ai-platform-briefing.txt")
        #expect(analysis.tree.thesis?.text == "つまり、モデルの選定よりも、データと運用の基盤を先に決めるべきだ。")
        #expect(analysis.node(containing: "Some say the models")?.stance == .opponent)
        #expect(analysis.node(containing: "Critics argue that betting")?.role == .counterpoint)
        let granted = try #require(analysis.node(containing: "確かに、最先端の推論性能"))
        #expect(granted.stance == .opponent)
        let answer = try #require(analysis.node(containing: "だが、業務の大半は"))
        #expect(answer.role == .rebuttal)
        #expect(analysis.tree.parentRelation(of: answer.id)?.to == granted.id)
        #expect(analysis.node(containing: "スマートフォン時代にAndroidが取った戦略と同じだ")?.role == .analogy)
    }

    @Test func theJapaneseExampleHasItsAnalogyCounterpointAndConclusion() throws {
        let analysis = try ArgumentFixtures.example("ja-hokuto-battery-strategy.md")
        #expect(analysis.node(containing: "かつてのインテルと同じ戦略だ")?.role == .analogy)
        #expect(analysis.node(containing: "過剰投資だと批判する声もある")?.stance == .opponent)
        #expect(analysis.node(containing: "しかし、この批判は投資の性格を読み違えている")?.role == .rebuttal)
        #expect(analysis.node(containing: "必ず国内市場の3割を握る")?.role == .conclusion)
    }
}

struct SegmentedArgumentTests {
    @Test func givesExactlyOneNodePerLineOneThesisAndOneRelationForEveryOtherNode() throws {
        let lines = [
            "Yes, it is costly to separate waste.",
            "The bins take up room in every kitchen.",
            "But far too many resources are lost when waste is burnt.",
            "So the city should make separation mandatory.",
        ]
        let tree = try Pipeline().tree(units: lines, path: "units.txt")
        #expect(tree.nodes.count == lines.count)
        #expect(tree.nodes.map(\.text) == lines)
        #expect(tree.nodes.filter { $0.role == .thesis }.count == 1)
        #expect(tree.thesis?.text == "So the city should make separation mandatory.")
        for node in tree.nodes where node.role != .thesis {
            #expect(tree.relations.filter { $0.from == node.id }.count == 1)
        }
        #expect(tree.relations.filter { $0.from == tree.thesis!.id }.isEmpty)
        #expect(tree.nodes.map(\.stance) == [.opponent, .opponent, .proponent, .proponent])
    }
}
