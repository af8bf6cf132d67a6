import RontenCore
import Testing
@testable import RontenReport

@Suite struct GitHubAnnotationFormatTests {
    @Test func writesOneWorkflowCommandPerFindingAndUnreadableFile() {
        let expected = #"""
            ::error file=docs/a b.md,line=3,col=5,endLine=3,endColumn=12,title=unsupported-strong-claim::"Always" <asserted> & unsupported:%0A50%25 of readers, at least
            ::notice file=docs/a b.md,line=7,endLine=8,title=anonymous-attribution::Who says so is not named
            ::warning file=docs/a b.md,line=7,endLine=8,title=vague-quantity::"many" gives no number
            ::error file=missing.md,title=unreadable input::missing.md: no such file or folder
            ::error file=記事.md,line=1,col=1,endLine=1,endColumn=9,title=overconfident-prediction::States a prediction as certain

            """#
        #expect(GitHubAnnotationFormat(workingDirectory: Sample.workingDirectory).render(Sample.report) == expected)
    }

    @Test func escapesPercentAndLineBreaksInTheMessageAndAlsoColonAndCommaInProperties() {
        #expect(GitHubAnnotationFormat.escapeData("50% a:b,c\r\nd") == "50%25 a:b,c%0D%0Ad")
        #expect(GitHubAnnotationFormat.escapeProperty("50% a:b,c\r\nd") == "50%25 a%3Ab%2Cc%0D%0Ad")
    }

    @Test func pathsAreRelativeToTheWorkspaceAndRuleIdsWithOddCharactersAreEscaped() {
        var finding = Sample.prediction
        finding.rule = "odd:rule,id"
        let report = CheckReport(files: [
            CheckedFile(path: "/work/repo/./docs/../x.md", findings: [finding]),
            CheckedFile(path: "-", findings: [finding]),
        ], rules: [])
        let expected = """
            ::error line=1,col=1,endLine=1,endColumn=9,title=odd%3Arule%2Cid::States a prediction as certain
            ::error file=x.md,line=1,col=1,endLine=1,endColumn=9,title=odd%3Arule%2Cid::States a prediction as certain

            """
        #expect(GitHubAnnotationFormat(workingDirectory: "/work/repo").render(report) == expected)
    }

    @Test func aRangeEndingAtTheStartOfALineEndsOnTheLineBefore() {
        var finding = Sample.prediction
        finding.range = Sample.range(2, 3, 4, 1, offset: 10, length: 30)
        let report = CheckReport(files: [CheckedFile(path: "a.md", findings: [finding])], rules: [])
        #expect(GitHubAnnotationFormat(workingDirectory: "/w").render(report)
                == "::error file=a.md,line=2,endLine=3,title=overconfident-prediction::States a prediction as certain\n")
    }
}
