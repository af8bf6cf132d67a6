import RontenAnalysis
import RontenCore
import RontenIngest

extension Pipeline {
    /// This pipeline with a configuration's lexicon additions compiled into
    /// its cue matcher and gazetteer (over the bundled lexicons); itself
    /// when the configuration adds nothing.
    public func adding(lexiconOf configuration: Configuration) throws(ConfigurationError) -> Pipeline {
        guard !configuration.cues.isEmpty || !configuration.entities.isEmpty else { return self }
        let file = configuration.path ?? "configuration"
        // Each pattern alone first, so a broken one is reported at its own line.
        for cue in configuration.cues {
            do {
                _ = try Lexicon.userEntry(pattern: cue.pattern, language: cue.language, kind: cue.kind)
            } catch {
                throw ConfigurationError(path: file, line: cue.line, reason: "lexicon: \(error.reason)")
            }
        }
        var pipeline = self
        do {
            pipeline.evaluator.cues = try CueMatcher(additions: configuration.cueAdditions)
            pipeline.evaluator.gazetteer = try Gazetteer.bundled(additions: configuration.entityAdditions)
        } catch let error as LexiconError {
            throw ConfigurationError(path: file, line: nil, reason: "lexicon: \(error.reason)")
        } catch {
            throw ConfigurationError(path: file, line: nil, reason: "lexicon: \(error)")
        }
        return pipeline
    }
}

extension Pipeline.Session {
    /// One document under a configuration: rules it switches off do not
    /// run, severities are overridden for the file's path, and findings the
    /// text's own `ronten-disable` directives cover are dropped. Directives
    /// the scanner could not use become notes on the document.
    ///
    /// The session should come from `pipeline.adding(lexiconOf: configuration)`
    /// for the configuration's lexicon additions to count.
    public func analyze(_ bytes: [UInt8], path: String, configuration: Configuration,
                        knownRules: Set<String> = Set(RuleRegistry.descriptors.map(\.id))) throws -> Analysis {
        let evaluated = try evaluate(bytes, path: path)
        let policy = RulePolicy(configuration: configuration, path: path)
        let findings = RuleRegistry.check(evaluated, enabled: policy.isEnabled)
        var document = evaluated.document
        let suppressions = document.text.map {
            DirectiveScanner(format: document.source.format, knownRules: knownRules).scan($0)
        } ?? .none
        document.notes += suppressions.notes
        return Analysis(document: document, annotations: evaluated.annotations, claims: evaluated.claims,
                        findings: FindingFilter(policy: policy, suppressions: suppressions).apply(findings))
    }
}

private extension Error {
    var reason: String { (self as? LexiconError)?.reason ?? "\(self)" }
}
