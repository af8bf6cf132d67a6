import RontenCore

/// `ronten.check/1`: every file with its findings (or why it could not be
/// read) and the summary counts. docs/ci.md describes the fields.
public struct JSONFormat: CheckFormat {
    public static let schema = "ronten.check/1"

    public init() {}

    public func render(_ report: CheckReport) -> String {
        let files: [JSONValue] = report.files.map { file in
            if let failure = file.failure {
                return .object([("path", .string(file.path)), ("error", .string(failure))])
            }
            return .object([("path", .string(file.path)), ("findings", .array(file.findings.map { finding($0, report) }))])
        }
        let summary = report.summary
        return JSONValue.object([
            ("schema", .string(Self.schema)),
            ("files", .array(files)),
            ("summary", .object([
                ("files", .int(report.files.count)),
                ("checked", .int(summary.checkedFiles)),
                ("unreadable", .int(summary.unreadableFiles)),
                ("withFindings", .int(summary.filesWithFindings)),
                ("errors", .int(summary.errors)),
                ("warnings", .int(summary.warnings)),
                ("info", .int(summary.infos)),
            ])),
        ]).text()
    }

    private func finding(_ finding: Finding, _ report: CheckReport) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("rule", .string(finding.rule)),
            ("severity", .string(finding.severity.rawValue)),
            ("message", .string(report.message(finding))),
            ("range", Self.range(finding.range)),
        ]
        if let sentence = finding.sentence { members.append(("sentence", .string(sentence))) }
        members.append(("evidence", .array(finding.evidence.map { .string($0) })))
        return .object(members)
    }

    static func range(_ range: SourceRange) -> JSONValue {
        func position(_ p: SourcePosition) -> JSONValue {
            .object([("offset", .int(p.offset)), ("line", .int(p.line)), ("column", .int(p.column))])
        }
        return .object([("start", position(range.start)), ("end", position(range.end))])
    }
}
