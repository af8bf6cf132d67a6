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

private extension Error {
    var reason: String { (self as? LexiconError)?.reason ?? "\(self)" }
}
