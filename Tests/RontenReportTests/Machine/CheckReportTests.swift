import RontenCore
import Testing
@testable import RontenReport

/// The report every format test prints: four inputs given out of order (a
/// clean file, a path with a space, a Japanese file name, one that could
/// not be read), findings out of order, two on one range, a message with a
/// line break, a percent sign, colons, commas, quotes and XML markup, and a
/// finding of a rule the registry does not list.
enum Sample {
    static func range(_ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int, offset: Int, length: Int) -> SourceRange {
        SourceRange(start: SourcePosition(offset: offset, line: line, column: column),
                    end: SourcePosition(offset: offset + length, line: endLine, column: endColumn))
    }

    static let strongClaim = Finding(
        rule: "unsupported-strong-claim", severity: .error,
        message: LocalizedText(ja: "根拠なしに「必ず」と断定しています。",
                               en: "\"Always\" <asserted> & unsupported:\n50% of readers, at least"),
        range: range(3, 5, 3, 12, offset: 20, length: 21), sentence: "s2", evidence: ["必ず"])

    static let vague = Finding(
        rule: "vague-quantity", severity: .warning,
        message: LocalizedText(ja: "「多く」は数を示していません。", en: "\"many\" gives no number"),
        range: range(7, 1, 8, 4, offset: 60, length: 30), sentence: "s4", evidence: ["多く"])

    static let attribution = Finding(
        rule: "anonymous-attribution", severity: .info,
        message: LocalizedText(ja: "誰の声かが書かれていません。", en: "Who says so is not named"),
        range: range(7, 1, 8, 4, offset: 60, length: 30), sentence: "s4", evidence: ["という声もある"])

    static let prediction = Finding(
        rule: "overconfident-prediction", severity: .error,
        message: LocalizedText(ja: "予測を断定しています。", en: "States a prediction as certain"),
        range: range(1, 1, 1, 9, offset: 0, length: 24), sentence: "s1", evidence: ["だろう"])

    static let rules: [RuleDescriptor] = [
        RuleDescriptor(
            id: "unsupported-strong-claim", defaultSeverity: .error,
            summary: LocalizedText(ja: "根拠のない強い主張", en: "A strong claim without support"),
            description: LocalizedText(ja: "「必ず」などで強めた主張に根拠がないものを示します。",
                                       en: "Flags a claim made stronger by a booster (always, clearly) with no evidence near it."),
            help: LocalizedText(ja: "根拠を示すか、表現を弱めてください。",
                                en: "Cite a source or a figure, or soften the claim: *likely* instead of [always].")),
        RuleDescriptor(
            id: "vague-quantity", defaultSeverity: .warning,
            summary: LocalizedText(ja: "あいまいな数量", en: "A vague quantity"),
            description: LocalizedText(ja: "「多く」など数を示さない量を示します。", en: "Flags amounts given without a number."),
            help: LocalizedText(ja: "数値を示してください。", en: "Give the number.")),
        RuleDescriptor(
            id: "overconfident-prediction", defaultSeverity: .error,
            summary: LocalizedText(ja: "断定的な予測", en: "An overconfident prediction"),
            description: LocalizedText(ja: "未来を断定する文を示します。", en: "Flags predictions stated as certain."),
            help: LocalizedText(ja: "見込みとして書いてください。", en: "State it as a likelihood.")),
    ]

    static let files: [CheckedFile] = [
        CheckedFile(path: "記事.md", findings: [prediction], sentences: ["s1": "AIは必ず市場を支配するだろう。"]),
        CheckedFile(path: "missing.md", failure: "no such file or folder"),
        CheckedFile(path: "docs/a b.md", findings: [vague, strongClaim, attribution],
                    sentences: ["s2": "この戦略は必ず\n成功する。", "s4": "多くの企業が追随したという声もある。"]),
        CheckedFile(path: "clean.md", findings: []),
    ]

    static let report = CheckReport(files: files, rules: rules)
    static let readable = CheckReport(files: files.filter(\.isReadable), rules: rules)
    static let workingDirectory = "/work/repo"
}

@Suite struct CheckReportTests {
    @Test func filesComeInByteOrderOfTheirPaths() {
        #expect(Sample.report.files.map(\.path) == ["clean.md", "docs/a b.md", "missing.md", "記事.md"])
    }

    @Test func findingsComeByPositionThenRule() {
        #expect(Sample.report.files[1].findings.map(\.rule) == ["unsupported-strong-claim", "anonymous-attribution", "vague-quantity"])
    }

    @Test func theSummaryCountsSeveritiesAndFiles() {
        let summary = Sample.report.summary
        #expect([summary.errors, summary.warnings, summary.infos] == [2, 1, 1])
        #expect([summary.checkedFiles, summary.filesWithFindings, summary.unreadableFiles] == [3, 2, 1])
        #expect(summary.sentence == "2 errors, 1 warning, 1 info in 2 of 3 files; 1 file could not be read")
        #expect(CheckReport(files: [CheckedFile(path: "a.md", findings: [])], rules: []).summary.sentence == "no findings in 1 file")
    }

    @Test func anUnreadableInputExitsWithTwoWhateverTheThreshold() {
        #expect(Sample.report.exitStatus(failingOn: .error) == 2)
        #expect(Sample.report.exitStatus(failingOn: .never) == 2)
    }

    @Test func theThresholdDecidesBetweenZeroAndOne() {
        let warningsOnly = CheckReport(files: [CheckedFile(path: "a.md", findings: [Sample.vague, Sample.attribution])], rules: [])
        #expect(warningsOnly.exitStatus(failingOn: .error) == 0)
        #expect(warningsOnly.exitStatus(failingOn: .warning) == 1)
        #expect(warningsOnly.exitStatus(failingOn: .info) == 1)
        #expect(warningsOnly.exitStatus(failingOn: .never) == 0)
        let infoOnly = CheckReport(files: [CheckedFile(path: "a.md", findings: [Sample.attribution])], rules: [])
        #expect(infoOnly.exitStatus(failingOn: .warning) == 0)
        #expect(infoOnly.exitStatus(failingOn: .info) == 1)
        #expect(Sample.readable.exitStatus(failingOn: .error) == 1)
    }

    @Test func aCheckedFileTakesTheTextsOfTheSentencesItsFindingsName() {
        let sentence = Sentence(id: "s1", text: "論点は一つだ。", language: .japanese, range: Sample.prediction.range)
        let other = Sentence(id: "s2", text: "Unrelated.", language: .english, range: Sample.vague.range)
        let document = Document(
            source: SourceInfo(path: "x.md", encoding: .utf8, sha256: "", byteCount: 0, format: .markdown),
            sections: [Section(id: "sec1", heading: nil, blocks: [
                Block(id: "p1", kind: .paragraph, text: "", range: Sample.prediction.range, language: .japanese,
                      sentences: [sentence, other]),
            ])])
        let file = CheckedFile(analysis: Analysis(document: document, findings: [Sample.prediction]))
        #expect(file.path == "x.md")
        #expect(file.sentences == ["s1": "論点は一つだ。"])
        #expect(CheckedFile(analysis: Analysis(document: document)).findings.isEmpty)
    }
}
