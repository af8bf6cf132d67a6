import RontenCore
import Testing
@testable import RontenReport

@Suite struct TextFormatTests {
    @Test func printsOneLinePerFindingGroupedByFileWithASummary() {
        let expected = #"""
            docs/a b.md:3:5: error unsupported-strong-claim "Always" <asserted> & unsupported: 50% of readers, at least
            docs/a b.md:7:1: info anonymous-attribution Who says so is not named
            docs/a b.md:7:1: warning vague-quantity "many" gives no number

            missing.md: could not be read: no such file or folder

            記事.md:1:1: error overconfident-prediction States a prediction as certain

            2 errors, 1 warning, 1 info in 2 of 3 files; 1 file could not be read

            """#
        #expect(TextFormat().render(Sample.report) == expected)
    }

    @Test func coloursPathsSeveritiesAndRuleIdsForATerminal() {
        let e = "\u{1B}["
        let expected = """
            \(e)1mdocs/a b.md\(e)0m:3:5: \(e)1;31merror\(e)0m \(e)2munsupported-strong-claim\(e)0m "Always" <asserted> & unsupported: 50% of readers, at least
            \(e)1mdocs/a b.md\(e)0m:7:1: \(e)1;36minfo\(e)0m \(e)2manonymous-attribution\(e)0m Who says so is not named
            \(e)1mdocs/a b.md\(e)0m:7:1: \(e)1;33mwarning\(e)0m \(e)2mvague-quantity\(e)0m "many" gives no number

            \(e)1mmissing.md\(e)0m: \(e)1;31mcould not be read\(e)0m: no such file or folder

            \(e)1m記事.md\(e)0m:1:1: \(e)1;31merror\(e)0m \(e)2moverconfident-prediction\(e)0m States a prediction as certain

            \(e)1;31m2 errors, 1 warning, 1 info in 2 of 3 files; 1 file could not be read\(e)0m

            """
        #expect(TextFormat(colour: true).render(Sample.report) == expected)
    }

    @Test func printsJapaneseMessagesWhenAskedTo() {
        let report = CheckReport(files: Sample.files, rules: Sample.rules, language: .japanese)
        let expected = #"""
            docs/a b.md:3:5: error unsupported-strong-claim 根拠なしに「必ず」と断定しています。
            docs/a b.md:7:1: info anonymous-attribution 誰の声かが書かれていません。
            docs/a b.md:7:1: warning vague-quantity 「多く」は数を示していません。

            missing.md: could not be read: no such file or folder

            記事.md:1:1: error overconfident-prediction 予測を断定しています。

            2 errors, 1 warning, 1 info in 2 of 3 files; 1 file could not be read

            """#
        #expect(TextFormat().render(report) == expected)
    }

    @Test func aCleanRunIsTheSummaryAlone() {
        let report = CheckReport(files: [CheckedFile(path: "a.md", findings: []), CheckedFile(path: "b.md", findings: [])], rules: [])
        #expect(TextFormat().render(report) == "no findings in 2 files\n")
    }

    @Test func controlCharactersAndBidiOverridesCannotReachTheTerminal() {
        var finding = Sample.prediction
        finding.message.en = "red\u{1B}[31m\ttab\u{202E}txet\u{2028}end"
        let report = CheckReport(files: [CheckedFile(path: "a\nb.md", findings: [finding])], rules: [])
        #expect(TextFormat().render(report) == "a b.md:1:1: error overconfident-prediction red [31m tabtxet end\n\n1 error in 1 of 1 file\n")
    }
}
