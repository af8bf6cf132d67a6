import RontenCore

/// SARIF 2.1.0 as code-scanning hosts read it: every rule of the registry
/// under `tool.driver.rules`, one result per finding with a location
/// relative to `%SRCROOT%` (the working directory), UTF-16 columns, a
/// fingerprint that survives edits elsewhere in the file, and unreadable
/// inputs as tool execution notifications.
///
/// `informationUri` is left out: the project has no public address yet,
/// and a made-up one would send users nowhere.
public struct SARIFFormat: CheckFormat {
    /// The `$id` of the official schema, as OASIS publishes it.
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    static let sourceRoot = "%SRCROOT%"
    static let unreadableInput = "unreadable-input"

    public var toolVersion: String
    /// Absolute; paths inside it are written relative to it.
    public var workingDirectory: String

    public init(toolVersion: String, workingDirectory: String) {
        self.toolVersion = toolVersion
        self.workingDirectory = workingDirectory
    }

    public var separator: [UInt8] { [0x2C] }

    public func fragment(_ file: CheckedFile, context: CheckContext) -> CheckFragment {
        var part = CheckFragment()
        part.summary.count(file)
        let artifact = ArtifactPath(file.path, workingDirectory: workingDirectory)
        if let failure = file.failure {
            // Members of "toolExecutionNotifications", whose bracket is at depth 5.
            var json = PrettyJSON(listDepth: 5)
            json.openObject()
            json.string("level", "error")
            json.openObject("message")
            json.string("text", "\(file.path): \(failure)")
            json.close()
            json.openArray("locations")
            json.openObject()
            json.openObject("physicalLocation")
            location(artifact, into: &json)
            json.close()
            json.close()
            json.close()
            json.openObject("descriptor")
            json.string("id", Self.unreadableInput)
            json.close()
            json.close()
            part.notice = json.bytes
            return part
        }
        // Members of "results", whose bracket is at depth 3.
        var json = PrettyJSON(listDepth: 3)
        let fingerprints = Fingerprint.values(for: file, path: artifact.path ?? "-")
        for (finding, fingerprint) in zip(file.findings, fingerprints) {
            json.openObject()
            json.string("ruleId", finding.rule)
            if let index = context.ruleIndex[finding.rule] {
                json.int("ruleIndex", index)
            } else {
                part.unknownRules.append(.init(rule: finding.rule, severity: finding.severity,
                                               offset: json.deferredValue("ruleIndex")))
            }
            json.string("level", Self.level(finding.severity))
            json.openObject("message")
            json.string("text", context.message(finding))
            json.close()
            json.openArray("locations")
            json.openObject()
            json.openObject("physicalLocation")
            location(artifact, into: &json)
            Self.region(finding.range, into: &json)
            json.close()
            json.close()
            json.close()
            json.openObject("partialFingerprints")
            json.string(Fingerprint.key, fingerprint)
            json.close()
            json.close()
        }
        part.body = json.bytes
        return part
    }

    public func head(_ totals: CheckTotals, context: CheckContext) -> [UInt8] {
        var json = opening(totals, context)
        return json.take()
    }

    public func tail(_ totals: CheckTotals, context: CheckContext) -> [UInt8] {
        var json = opening(totals, context)
        _ = json.take()
        json.splice([], members: totals.listed)
        json.close()
        json.string("columnKind", "utf16CodeUnits")
        json.close()
        json.close()
        json.close()
        return json.bytes + [0x0A]
    }

    /// The log up to the open list of results.
    private func opening(_ totals: CheckTotals, _ context: CheckContext) -> PrettyJSON {
        var json = PrettyJSON()
        json.openObject()
        json.string("$schema", Self.schemaURI)
        json.string("version", "2.1.0")
        json.openArray("runs")
        json.openObject()
        json.openObject("tool")
        json.openObject("driver")
        json.string("name", "ronten")
        json.string("version", toolVersion)
        json.string("semanticVersion", toolVersion)
        json.openArray("rules")
        for rule in ruleList(totals, context) { descriptor(rule, context.language, into: &json) }
        json.close()
        json.close()
        json.close()
        json.openArray("invocations")
        json.openObject()
        json.bool("executionSuccessful", totals.noticeCount == 0)
        if totals.noticeCount > 0 {
            json.openArray("toolExecutionNotifications")
            json.splice(totals.notices, members: totals.noticeCount)
            json.close()
        }
        json.close()
        json.close()
        json.openObject("originalUriBaseIds")
        json.openObject(Self.sourceRoot)
        json.string("uri", ArtifactPath.baseURI(workingDirectory))
        json.close()
        json.close()
        json.openArray("results")
        return json
    }

    /// The registry's rules, then any rule a finding names that the
    /// registry does not know (sorted, at the severity of its first
    /// finding), so every `ruleIndex` points somewhere.
    private func ruleList(_ totals: CheckTotals, _ context: CheckContext) -> [RuleDescriptor] {
        context.rules + totals.unknownRules.keys.sorted().map { id in
            let text = LocalizedText(ja: "ルール \(id)（この版のルール一覧にないもの）", en: "Rule \(id) (not in this build's rule list)")
            return RuleDescriptor(id: id, defaultSeverity: totals.unknownRules[id]!, summary: text, description: text, help: text)
        }
    }

    private func descriptor(_ rule: RuleDescriptor, _ language: Language, into json: inout PrettyJSON) {
        let help = rule.help.text(for: language)
        json.openObject()
        json.string("id", rule.id)
        json.openObject("shortDescription")
        json.string("text", rule.summary.text(for: language))
        json.close()
        json.openObject("fullDescription")
        json.string("text", rule.description.text(for: language))
        json.close()
        json.openObject("help")
        json.string("text", help)
        json.string("markdown", MarkdownText.escaped(help))
        json.close()
        json.openObject("defaultConfiguration")
        json.string("level", Self.level(rule.defaultSeverity))
        json.close()
        json.close()
    }

    /// The range as a SARIF region. A range no rule should produce (line 0,
    /// an end before the start) is pulled into the schema's bounds, since
    /// hosts reject a whole log over one invalid region.
    static func region(_ range: SourceRange, into json: inout PrettyJSON) {
        let startLine = max(1, range.start.line)
        let startColumn = max(1, range.start.column)
        let endLine = max(startLine, range.end.line)
        // SARIF's endColumn is the column just past the region, as ours is.
        let endColumn = endLine == startLine ? max(startColumn, range.end.column) : max(1, range.end.column)
        let byteOffset = max(0, range.start.offset)
        json.openObject("region")
        json.int("startLine", startLine)
        json.int("startColumn", startColumn)
        json.int("endLine", endLine)
        json.int("endColumn", endColumn)
        json.int("byteOffset", byteOffset)
        json.int("byteLength", max(0, range.end.offset - byteOffset))
        json.close()
    }

    private func location(_ artifact: ArtifactPath, into json: inout PrettyJSON) {
        json.openObject("artifactLocation")
        if let uri = artifact.uri {
            json.string("uri", uri)
            if artifact.isRelative { json.string("uriBaseId", Self.sourceRoot) }
        } else {
            json.openObject("description")
            json.string("text", "standard input")
            json.close()
        }
        json.close()
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }
}
