import RontenCore
import Testing
@testable import RontenReport

/// A report put together file by file, with its bodies spilled to a
/// temporary file, is the same bytes as the report rendered at once.
struct CheckReportWriterTests {
    static func written(_ report: CheckReport, _ format: any CheckFormat, spillThreshold: Int?) throws -> String {
        let context = CheckContext(rules: report.rules, language: report.language)
        var writer = CheckReportWriter(format: format, context: context, spillThreshold: spillThreshold)
        for file in report.files { writer.add(format.fragment(file, context: context)) }
        var bytes: [UInt8] = []
        try writer.finish { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func format(_ name: CheckFormatName) -> any CheckFormat {
        name.format(workingDirectory: Sample.workingDirectory, toolVersion: "9.9.9")
    }

    @Test(arguments: CheckFormatName.allCases)
    func spillingEveryFileToDiskGivesTheSameBytes(_ name: CheckFormatName) throws {
        let format = Self.format(name)
        for report in [Sample.report, Sample.readable, CheckReport(files: [], rules: Sample.rules)] {
            #expect(try Self.written(report, format, spillThreshold: 1) == format.render(report))
        }
    }

    /// 3,000 files of findings, one of a rule the registry lacks, make a body
    /// of several megabytes read back in 1 MB pieces: each deferred
    /// `ruleIndex` lands where it belongs, across piece boundaries too.
    @Test func unknownRulesAreNumberedAcrossPiecesOfALargeSpilledReport() throws {
        let files = (0..<3000).map { i in
            CheckedFile(path: "docs/\(100_000 + i).md", findings: Sample.files[0].findings + Sample.files[2].findings)
        }
        let report = CheckReport(files: files + Sample.files, rules: Sample.rules)
        let format = Self.format(.sarif)
        let spilled = try Self.written(report, format, spillThreshold: 64 << 10)
        #expect(spilled.utf8.count > 3 << 20)
        #expect(spilled == format.render(report))
        let unknownIndex = Sample.rules.count
        let unknownResults = spilled.components(separatedBy: "\"ruleIndex\": \(unknownIndex),").count - 1
        let unknownFindings = report.files.reduce(0) { $0 + $1.findings.filter { f in !Sample.rules.contains { $0.id == f.rule } }.count }
        #expect(unknownFindings > 0)
        #expect(unknownResults == unknownFindings)
    }

    @Test func totalsDecideTheExitStatusAsTheReportDoes() {
        let context = CheckContext(rules: Sample.rules)
        for report in [Sample.report, Sample.readable, CheckReport(files: [], rules: [])] {
            var writer = CheckReportWriter(format: JSONFormat(), context: context, spillThreshold: nil)
            for file in report.files { writer.add(JSONFormat().fragment(file, context: context)) }
            for threshold in FailureThreshold.allCases {
                #expect(writer.totals.exitStatus(failingOn: threshold) == report.exitStatus(failingOn: threshold))
            }
            #expect(writer.totals.summary == report.summary)
        }
    }
}
