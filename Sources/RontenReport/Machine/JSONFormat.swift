import RontenCore

/// `ronten.check/1`: every file with its findings (or why it could not be
/// read) and the summary counts. docs/ci.md describes the fields.
public struct JSONFormat: CheckFormat {
    public static let schema = "ronten.check/1"

    public init() {}

    public var separator: [UInt8] { [0x2C] }

    public func fragment(_ file: CheckedFile, context: CheckContext) -> CheckFragment {
        var part = CheckFragment()
        part.summary.count(file)
        // Members of "files", whose bracket is at depth 1.
        var json = PrettyJSON(listDepth: 1)
        json.openObject()
        json.string("path", file.path)
        if let failure = file.failure {
            json.string("error", failure)
        } else {
            json.openArray("findings")
            for finding in file.findings { write(finding, context, into: &json) }
            json.close()
        }
        json.close()
        part.body = json.bytes
        return part
    }

    public func head(_ totals: CheckTotals, context: CheckContext) -> [UInt8] {
        var json = opening()
        return json.take()
    }

    public func tail(_ totals: CheckTotals, context: CheckContext) -> [UInt8] {
        var json = opening()
        _ = json.take()
        json.splice([], members: totals.listed)
        json.close()
        let summary = totals.summary
        json.openObject("summary")
        json.int("files", totals.files)
        json.int("checked", summary.checkedFiles)
        json.int("unreadable", summary.unreadableFiles)
        json.int("withFindings", summary.filesWithFindings)
        json.int("errors", summary.errors)
        json.int("warnings", summary.warnings)
        json.int("info", summary.infos)
        json.close()
        json.close()
        return json.bytes + [0x0A]
    }

    /// The document up to the open list of files.
    private func opening() -> PrettyJSON {
        var json = PrettyJSON()
        json.openObject()
        json.string("schema", Self.schema)
        json.openArray("files")
        return json
    }

    private func write(_ finding: Finding, _ context: CheckContext, into json: inout PrettyJSON) {
        json.openObject()
        json.string("rule", finding.rule)
        json.string("severity", finding.severity.rawValue)
        json.string("message", context.message(finding))
        Self.range(finding.range, into: &json)
        if let sentence = finding.sentence { json.string("sentence", sentence) }
        json.openArray("evidence")
        for evidence in finding.evidence { json.string(nil, evidence) }
        json.close()
        json.close()
    }

    static func range(_ range: SourceRange, into json: inout PrettyJSON) {
        json.openObject("range")
        json.position("start", offset: range.start.offset, line: range.start.line, column: range.start.column)
        json.position("end", offset: range.end.offset, line: range.end.line, column: range.end.column)
        json.close()
    }
}
