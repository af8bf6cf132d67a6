import RontenCore

/// Finds cues in sentences: every lexicon entry of a language compiled into
/// one byte automaton, so a sentence is read once whatever the lexicon size.
///
/// Built once (it compiles the lexicons) and shared: it is an immutable value,
/// safe to use from any number of tasks at once.
///
/// Where matches of one kind overlap, the longest wins (だろうか over だろう,
/// 必ずしも over 必ず); matches of different kinds may overlap (だろう is both
/// a hedge and a prediction).
public struct CueMatcher: Sendable {
    private let compiled: [Language: CompiledLexicon]

    /// The bundled lexicons; loading them fails only if the shipped files are
    /// broken, which the lexicon tests rule out.
    public static let standard: CueMatcher = {
        do {
            return try CueMatcher()
        } catch {
            fatalError("bundled cue lexicon is broken: \(error)")
        }
    }()

    /// Compiles `lexicon` (the bundled one by default) plus patterns a user
    /// added per language and kind, written in the lexicon pattern syntax.
    /// Added attributions count as anonymous; discourse markers need a
    /// relation, so they are added as lexicon lines, not here.
    public init(lexicon: Lexicon? = nil, additions: [Language: [Cue.Kind: [String]]] = [:]) throws {
        var entries = try (lexicon ?? Lexicon.bundled()).entries
        for (language, byKind) in additions.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            guard language == .japanese || language == .english else {
                throw LexiconError(file: "configuration", line: 0,
                                   reason: "cues can be added for ja or en, not \(language.rawValue)")
            }
            for (kind, patterns) in byKind.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                guard kind != .discourseMarker else {
                    throw LexiconError(file: "configuration", line: 0,
                                       reason: "discourse markers need a relation; add them as lexicon lines")
                }
                for pattern in patterns {
                    entries.append(try Lexicon.userEntry(pattern: pattern, language: language, kind: kind,
                                                         source: kind == .attribution ? .anonymous : nil))
                }
            }
        }
        var compiled: [Language: CompiledLexicon] = [:]
        for language in [Language.japanese, .english] {
            compiled[language] = CompiledLexicon(entries: entries.filter { $0.language == language })
        }
        self.compiled = compiled
    }

    /// The cues in `text`, ordered by start offset. Offsets are UTF-8 bytes
    /// into `text`. Mixed or undetermined text is read with both lexicons.
    public func cues(in text: String, language: Language) -> [Cue] {
        let languages: [Language] = switch language {
        case .japanese: [.japanese]
        case .english: [.english]
        case .mixed, .undetermined: [.japanese, .english]
        }
        var text = text
        return text.withUTF8 { bytes in
            var cues: [Cue] = []
            for language in languages {
                cues += compiled[language]?.cues(in: bytes) ?? []
            }
            cues.sort { ($0.start, $0.end, $0.kind.order, $0.entry) < ($1.start, $1.end, $1.kind.order, $1.entry) }
            return cues
        }
    }

    /// The certainty of a sentence from its cues.
    ///
    /// Hedges and anonymous attributions ("some say" reports a view without
    /// standing behind it) weigh towards `hedged`, boosters towards `boosted`,
    /// each by its strength. A sentence is hedged when its hedge weight
    /// reaches 0.5, unless its booster weight is at least twice that: one
    /// "may" is not cancelled by one "clearly", but "clearly … undoubtedly …
    /// must" outweighs a lone "perhaps". Weights under 0.5 ("generally")
    /// hedge only together with another hedge.
    public func certainty(of cues: [Cue]) -> Certainty {
        var hedging = 0.0
        var boosting = 0.0
        for cue in cues {
            switch cue.kind {
            case .hedge: hedging += cue.strength
            case .attribution where cue.source == .anonymous: hedging += cue.strength
            case .booster: boosting += cue.strength
            default: break
            }
        }
        if hedging >= 0.5, boosting < 2 * hedging { return .hedged }
        if boosting >= 0.5 { return .boosted }
        return .plain
    }
}

extension Cue.Kind {
    /// Declaration order, for a deterministic sort of cues sharing a range.
    var order: Int { Cue.Kind.allCases.firstIndex(of: self) ?? 0 }
}
