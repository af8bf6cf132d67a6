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

    public func render(_ report: CheckReport) -> String {
        let rules = ruleList(report)
        var index: [String: Int] = [:]
        for (i, rule) in rules.enumerated() where index[rule.id] == nil { index[rule.id] = i }

        var results: [JSONValue] = []
        var notifications: [JSONValue] = []
        for file in report.files {
            let artifact = ArtifactPath(file.path, workingDirectory: workingDirectory)
            if let failure = file.failure {
                notifications.append(.object([
                    ("level", .string("error")),
                    ("message", .object([("text", .string("\(file.path): \(failure)"))])),
                    ("locations", .array([.object([("physicalLocation", .object([("artifactLocation", location(artifact))]))])])),
                    ("descriptor", .object([("id", .string(Self.unreadableInput))])),
                ]))
                continue
            }
            let fingerprints = Fingerprint.values(for: file, path: artifact.path ?? "-")
            for (finding, fingerprint) in zip(file.findings, fingerprints) {
                results.append(result(finding, ruleIndex: index[finding.rule]!, artifact: artifact,
                                      fingerprint: fingerprint, report: report))
            }
        }

        var invocation: [(String, JSONValue)] = [("executionSuccessful", .bool(notifications.isEmpty))]
        if !notifications.isEmpty { invocation.append(("toolExecutionNotifications", .array(notifications))) }

        let driver: [(String, JSONValue)] = [
            ("name", .string("ronten")),
            ("version", .string(toolVersion)),
            ("semanticVersion", .string(toolVersion)),
            ("rules", .array(rules.map { descriptor($0, report.language) })),
        ]
        let run: [(String, JSONValue)] = [
            ("tool", .object([("driver", .object(driver))])),
            ("invocations", .array([.object(invocation)])),
            ("originalUriBaseIds", .object([
                (Self.sourceRoot, .object([("uri", .string(ArtifactPath.baseURI(workingDirectory)))])),
            ])),
            ("results", .array(results)),
            ("columnKind", .string("utf16CodeUnits")),
        ]
        return JSONValue.object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object(run)])),
        ]).text()
    }

    /// The registry's rules, then any rule a finding names that the
    /// registry does not know (sorted, at the severity of its first
    /// finding), so every `ruleIndex` points somewhere.
    private func ruleList(_ report: CheckReport) -> [RuleDescriptor] {
        let known = Set(report.rules.map(\.id))
        var unknown: [String: Severity] = [:]
        for file in report.files {
            for finding in file.findings where !known.contains(finding.rule) && unknown[finding.rule] == nil {
                unknown[finding.rule] = finding.severity
            }
        }
        return report.rules + unknown.keys.sorted().map { id in
            let text = LocalizedText(ja: "ルール \(id)（この版のルール一覧にないもの）", en: "Rule \(id) (not in this build's rule list)")
            return RuleDescriptor(id: id, defaultSeverity: unknown[id]!, summary: text, description: text, help: text)
        }
    }

    private func descriptor(_ rule: RuleDescriptor, _ language: Language) -> JSONValue {
        let help = rule.help.text(for: language)
        return .object([
            ("id", .string(rule.id)),
            ("shortDescription", .object([("text", .string(rule.summary.text(for: language)))])),
            ("fullDescription", .object([("text", .string(rule.description.text(for: language)))])),
            ("help", .object([("text", .string(help)), ("markdown", .string(MarkdownText.escaped(help)))])),
            ("defaultConfiguration", .object([("level", .string(Self.level(rule.defaultSeverity)))])),
        ])
    }

    private func result(_ finding: Finding, ruleIndex: Int, artifact: ArtifactPath, fingerprint: String,
                        report: CheckReport) -> JSONValue {
        let region = Self.region(finding.range)
        return .object([
            ("ruleId", .string(finding.rule)),
            ("ruleIndex", .int(ruleIndex)),
            ("level", .string(Self.level(finding.severity))),
            ("message", .object([("text", .string(report.message(finding)))])),
            ("locations", .array([.object([("physicalLocation", .object([
                ("artifactLocation", location(artifact)),
                ("region", region),
            ]))])])),
            ("partialFingerprints", .object([(Fingerprint.key, .string(fingerprint))])),
        ])
    }

    /// The range as a SARIF region. A range no rule should produce (line 0,
    /// an end before the start) is pulled into the schema's bounds, since
    /// hosts reject a whole log over one invalid region.
    static func region(_ range: SourceRange) -> JSONValue {
        let startLine = max(1, range.start.line)
        let startColumn = max(1, range.start.column)
        let endLine = max(startLine, range.end.line)
        // SARIF's endColumn is the column just past the region, as ours is.
        let endColumn = endLine == startLine ? max(startColumn, range.end.column) : max(1, range.end.column)
        let byteOffset = max(0, range.start.offset)
        return .object([
            ("startLine", .int(startLine)),
            ("startColumn", .int(startColumn)),
            ("endLine", .int(endLine)),
            ("endColumn", .int(endColumn)),
            ("byteOffset", .int(byteOffset)),
            ("byteLength", .int(max(0, range.end.offset - byteOffset))),
        ])
    }

    private func location(_ artifact: ArtifactPath) -> JSONValue {
        guard let uri = artifact.uri else {
            return .object([("description", .object([("text", .string("standard input"))]))])
        }
        if artifact.isRelative { return .object([("uri", .string(uri)), ("uriBaseId", .string(Self.sourceRoot))]) }
        return .object([("uri", .string(uri))])
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }
}
