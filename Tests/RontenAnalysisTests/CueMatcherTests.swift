import RontenCore
import Testing
@testable import RontenAnalysis

/// One line per cue: kind, relation or source, text, byte range, entry.
/// The stance and discourse cues of a sentence; the claim-signal kinds
/// (recommendation, comparison, evaluation, causation) are tested in
/// ClaimSignalTests so these expectations stay about what they test.
func found(_ text: String, _ language: Language, matcher: CueMatcher = .standard) -> [String] {
    let signals: Set<Cue.Kind> = [.recommendation, .comparison, .evaluation, .causation]
    return matcher.cues(in: text, language: language).filter { !signals.contains($0.kind) }.map { cue in
        let detail = cue.relation?.rawValue ?? cue.source?.rawValue
        return "\(cue.kind.rawValue)\(detail.map { "/" + $0 } ?? "") \(cue.text) \(cue.start)-\(cue.end) \(cue.entry)"
    }
}

struct CueMatcherTests {
    // MARK: The seed article

    @Test func findsBothAnonymousVoicesInTheSeedArticle() {
        #expect(found("大胆さを称賛する声もあれば、過剰投資を疑う声もあった。", .japanese) == [
            "attribution/anonymous を称賛する声もあれば 9-39 ja.attribution.koe",
            "attribution/anonymous を疑う声もあった 54-78 ja.attribution.koe",
        ])
    }

    @Test func findsTheAWSAnalogy() {
        #expect(found("これは、15年前のAWSと同じ戦略だ—最初に多額を投資してインフラを構築し、最終的に他者が依存する基盤を作る。", .japanese) == [
            "analogy と同じ戦略 26-41 ja.analogy.onaji",
            "discourse-marker/sequence 最初に 47-56 ja.discourse.mazu",
            "discourse-marker/sequence 最終的に 104-116 ja.discourse.mazu",
        ])
    }

    @Test func findsTheAndroidAnalogy() {
        #expect(found("これは、Androidがモバイルコンピューティングで勝利したのと同じ戦略だ。", .japanese) == [
            "analogy と同じ戦略 79-94 ja.analogy.onaji",
        ])
    }

    @Test func findsTheSettledTrajectoryAsABooster() {
        #expect(found("実行が依然として重要な変数だが、その軌道はすでに定まっている。", .japanese) == [
            "discourse-marker/contrast だが 39-45 ja.discourse.shikashi",
            "booster すでに定まっている 63-90 ja.booster.sadamatte",
        ])
    }

    @Test func findsDarouAsHedgeAndPredictionButNotAkirakaniAsBooster() {
        let sentence = "今後の数年間にわたり、この基盤が持続的な競争の堀へと変貌していく過程で明らかになるだろう。"
        #expect(found(sentence, .japanese) == [
            "prediction 今後 0-6 ja.prediction.kongo",
            "prediction になるだろう 114-132 ja.prediction.naru",
            "hedge だろう 123-132 ja.hedge.darou",
        ])
    }

    @Test func findsTheSeedArticlesDiscourseMarkers() {
        #expect(found("しかし、真の天才性は生のベンチマークの優越性ではなく、配布戦略にあった。", .japanese) == [
            "discourse-marker/contrast しかし 0-9 ja.discourse.shikashi",
            "discourse-marker/contrast ではなく 66-78 ja.discourse.dehanaku",
        ])
        #expect(found("その結果、強力なネットワーク効果が生まれた。", .japanese) == [
            "discourse-marker/result その結果 0-12 ja.discourse.kekka",
        ])
        #expect(found("むしろ、構造的な優位性を築いている。", .japanese) == [
            "discourse-marker/contrast むしろ 0-9 ja.discourse.mushiro",
        ])
        #expect(found("これらを合わせることで、勝つ確率を大きく傾けている。", .japanese) == [
            "discourse-marker/conclusion これらを合わせることで 0-33 ja.discourse.awaseru",
        ])
    }

    @Test func findsEveryoneAsAGeneralisation() {
        #expect(found("誰もがその上に構築できる普遍的なプラットフォームとなることで勝ったのだ。", .japanese) == [
            "generalisation 誰もが 0-9 ja.generalisation.daremo",
            "prediction となる 72-81 ja.prediction.naru",
        ])
    }

    // MARK: English equivalents

    @Test func findsEnglishAttributionsNamedAndAnonymous() {
        #expect(found("Some praised the boldness; critics argue it was overinvestment.", .english) == [
            "hedge Some 0-4 en.hedge.approximately",
            "attribution/anonymous critics argue 27-40 en.attribution.critics",
        ])
        #expect(found("According to Reuters, the plan will cost more.", .english) == [
            "attribution/named According to 0-12 en.attribution.according-to",
            "prediction will 31-35 en.prediction.will",
        ])
        #expect(found("According to some, it failed.", .english) == [
            "attribution/anonymous According to some 0-17 en.attribution.according-to-some",
            "hedge some 13-17 en.hedge.approximately",
        ])
    }

    @Test func findsEnglishAnalogies() {
        #expect(found("This is the same strategy AWS used 15 years ago.", .english) == [
            "analogy the same strategy 8-25 en.analogy.just-as",
        ])
        #expect(found("Meta wins like Android did.", .english) == [
            "analogy like Android did 10-26 en.analogy.like-did",
        ])
    }

    @Test func findsEnglishMarkersBoostersAndPredictions() {
        #expect(found("However, the trajectory is clearly set.", .english) == [
            "discourse-marker/contrast However 0-7 en.discourse.however",
            "booster clearly 27-34 en.booster.clearly",
        ])
        #expect(found("As a result, strong network effects emerged.", .english) == [
            "discourse-marker/result As a result 0-11 en.discourse.therefore",
        ])
        #expect(found("In short, everyone can build on it.", .english) == [
            "discourse-marker/conclusion In short 0-8 en.discourse.in-short",
            "generalisation everyone 10-18 en.generalisation.everyone",
        ])
        #expect(found("For example, startups adopted it by 2030.", .english) == [
            "discourse-marker/example For example 0-11 en.discourse.for-example",
            "prediction by 2030 33-40 en.prediction.by-year",
        ])
        #expect(found("Admittedly, the costs are high.", .english) == [
            "discourse-marker/concession Admittedly 0-10 en.discourse.admittedly",
        ])
    }

    // MARK: Matching rules

    @Test func tellsTheMonthMayFromTheModal() {
        #expect(found("In May 2024 the board met.", .english) == [])
        #expect(found("The board met in May.", .english) == [])
        #expect(found("May 5 was a holiday.", .english) == [])
        #expect(found("May we ask why?", .english) == ["hedge May 0-3 en.hedge.may"])
        #expect(found("The results may vary.", .english) == ["hedge may 12-15 en.hedge.may"])
    }

    @Test func matchesEnglishWholeWordsOnly() {
        #expect(found("The mayor couldn't say.", .english) == [])
        #expect(found("It’s possible that prices fall.", .english) == [
            "hedge It’s possible 0-15 en.hedge.it-is-possible",
        ])
    }

    @Test func prefersTheLongestMatchOfAKind() {
        #expect(found("本当にそうだろうか。", .japanese) == ["hedge だろうか 15-27 ja.hedge.darouka"])
        #expect(found("これは必ずしも正しくない。", .japanese) == ["hedge 必ずしも 9-21 ja.hedge.kanarazushimo"])
        #expect(found("これは明らかに間違っている。", .japanese) == ["booster 明らかに 9-21 ja.booster.akirakani"])
        #expect(found("It is not always clear.", .english) == [
            "hedge not always 6-16 en.hedge.not-necessarily",
        ])
    }

    @Test func doesNotFindAlwaysInsideVery() {
        #expect(found("AIにおける競争優位性にとって、これは非常に重要だ。", .japanese) == [])
        #expect(found("価格は常に変わる。", .japanese) == [
            "booster 常に 9-15 ja.booster.tsuneni",
            "generalisation 常に 9-15 ja.generalisation.tsuneni",
        ])
    }

    @Test func bridgesAGapWithinOneSentenceOnly() {
        #expect(found("確かにコストは高いが、効果は大きい。", .japanese) == [
            "discourse-marker/concession 確かにコストは高いが 0-30 ja.discourse.tashikani",
        ])
        #expect(found("確かにそうだ。安いが良い。", .japanese) == [
            "discourse-marker/concession 確かに 0-9 ja.discourse.tashikani",
            "hedge そうだ 9-18 ja.hedge.sou",
        ])
        let far = "確かに" + String(repeating: "あ", count: 41) + "が"
        #expect(found(far, .japanese) == ["discourse-marker/concession 確かに 0-9 ja.discourse.tashikani"])
    }

    @Test func findsWeakPhrasesOnlyWhereTheyEndTheSentence() {
        #expect(found("問題があるかも。", .japanese) == [
            "hedge かも 15-21 ja.hedge.kamo",
            "weak-phrase かも 15-21 ja.weak.kamo",
        ])
        #expect(found("どう工夫したのかも書いてみてください", .japanese) == [])
    }

    @Test func readsMixedTextWithBothLexicons() {
        #expect(found("この戦略はclearly正しいかもしれない。", .mixed) == [
            "booster clearly 15-22 en.booster.clearly",
            "weak-phrase かもしれ 31-43 ja.weak.kamoshire",
            "hedge かもしれない 31-49 ja.hedge.kamoshirenai",
        ])
    }

    @Test func takesUserAdditionsPerLanguage() throws {
        let matcher = try CueMatcher(additions: [
            .english: [.hedge: ["in all probability"]],
            .japanese: [.booster: ["断じて"]],
        ])
        #expect(found("In all probability it holds.", .english, matcher: matcher) == [
            "hedge In all probability 0-18 user.en.hedge.in all probability",
        ])
        #expect(found("それは断じて違う。", .japanese, matcher: matcher) == [
            "booster 断じて 9-18 user.ja.booster.断じて",
        ])
        #expect(throws: LexiconError.self) {
            try CueMatcher(additions: [.english: [.discourseMarker: ["whereupon"]]])
        }
    }

    @Test func givesTheSameCuesFromManyTasksAtOnce() async {
        let sentence = "Some say the plan may fail, but it is clearly the same strategy."
        let expected = CueMatcher.standard.cues(in: sentence, language: .english)
        let results = await withTaskGroup(of: [Cue].self) { group in
            for _ in 0..<8 {
                group.addTask { CueMatcher.standard.cues(in: sentence, language: .english) }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == expected })
        #expect(expected.count == 6)
    }

    @Test func readsAHundredThousandCharacterSentenceInOnePass() {
        let long = String(repeating: "しかしかもしれないを", count: 10_000) + "声もあった"
        let clock = ContinuousClock()
        var cues: [Cue] = []
        let elapsed = clock.measure { cues = CueMatcher.standard.cues(in: long, language: .japanese) }
        #expect(cues.filter { $0.kind == .hedge }.count == 10_000)
        #expect(cues.filter { $0.kind == .discourseMarker }.count == 10_000)
        #expect(cues.last?.text == "を声もあった")
        #expect(elapsed < .seconds(5))
    }

    @Test func ordersCueKindsAsTheyAreDeclared() {
        #expect(Cue.Kind.allCases.map(\.order) == Array(0..<Cue.Kind.allCases.count))
    }

    /// Sentences read two at a time find, sentence by sentence, exactly the
    /// cues each finds alone, whatever their lengths and languages: the
    /// shorter of a pair ends mid-scan, and a mixed sentence is read by both
    /// lexicons.
    @Test func readsSentencesInPairsAsItReadsThemAlone() {
        let sentences: [(String, Language)] = [
            ("確かにコストは高いが、必ず回収できるだろう。", .japanese),
            ("Some say it may fail; clearly, everyone will adapt.", .english),
            ("業界関係者によると、AWSと同じ戦略だ。", .japanese),
            ("", .english),
            ("In short, we should invest, because demand will grow.", .english),
            ("Metaは明らかにthe same playbook as AWSを使っている。", .mixed),
            ("だろう", .japanese),
            ("For example", .undetermined),
            ("恐らく", .japanese),
        ]
        let matcher = CueMatcher.standard
        let alone = sentences.map { matcher.cues(in: $0.0, language: $0.1) }
        for order in [Array(sentences.indices), Array(sentences.indices.reversed()), [5, 0, 7, 2, 3, 1, 8, 6, 4]] {
            // The texts end to end in one buffer, as the evaluator batches them.
            var bytes: [UInt8] = []
            var spans: [Range<Int>] = []
            for index in order {
                spans.append(bytes.count..<(bytes.count + sentences[index].0.utf8.count))
                bytes += sentences[index].0.utf8
            }
            let together = bytes.withUnsafeBufferPointer { all in
                matcher.cues(inEach: spans.map { UnsafeBufferPointer(rebasing: all[$0]) }, languages: order.map { sentences[$0].1 })
            }
            #expect(together == order.map { alone[$0] }, "order \(order)")
        }
        #expect(alone[0].map(\.text).contains("必ず"))
    }
}
