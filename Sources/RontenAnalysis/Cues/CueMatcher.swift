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
    // Two stored values, not a dictionary: a lookup would copy the lexicon
    // (and retain its arrays) for every sentence.
    private let japanese: CompiledLexicon
    private let english: CompiledLexicon

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
        self.japanese = CompiledLexicon(entries: entries.filter { $0.language == .japanese })
        self.english = CompiledLexicon(entries: entries.filter { $0.language == .english })
    }

    /// The cues in `text`, ordered by start offset. Offsets are UTF-8 bytes
    /// into `text`. Mixed or undetermined text is read with both lexicons.
    public func cues(in text: String, language: Language) -> [Cue] {
        var text = text
        return text.withUTF8 { cues(in: $0, language: language) }
    }

    /// The cues in UTF-8 `bytes`, as ``cues(in:language:)`` finds them in text.
    public func cues(in bytes: UnsafeBufferPointer<UInt8>, language: Language) -> [Cue] {
        var cues: [Cue]
        switch language {
        case .japanese: cues = japanese.cues(in: bytes)
        case .english: cues = english.cues(in: bytes)
        case .mixed, .undetermined: cues = japanese.cues(in: bytes) + english.cues(in: bytes)
        }
        guard cues.count > 1 else { return cues }
        cues.sort { ($0.start, $0.end, $0.kind.order, $0.entry) < ($1.start, $1.end, $1.kind.order, $1.entry) }
        return cues
    }

    /// The cues of each text, as ``cues(in:language:)`` finds them, the
    /// texts read two at a time by each lexicon's automaton.
    public func cues(inEach texts: [UnsafeBufferPointer<UInt8>], languages: [Language]) -> [[Cue]] {
        var found = [[Cue]](repeating: [], count: texts.count)
        var forJapanese: [Int] = [], forEnglish: [Int] = []
        for index in texts.indices {
            switch languages[index] {
            case .japanese: forJapanese.append(index)
            case .english: forEnglish.append(index)
            case .mixed, .undetermined: forJapanese.append(index); forEnglish.append(index)
            }
        }
        // Japanese first, then English: a mixed text's cues in the order
        // cues(in:language:) joins them before sorting.
        for (lexicon, indices) in [(japanese, forJapanese), (english, forEnglish)] {
            // Most texts are read by one lexicon: their cues are taken whole.
            func add(_ cues: [Cue], to index: Int) {
                if found[index].isEmpty { found[index] = cues } else { found[index] += cues }
            }
            var k = 0
            while k + 1 < indices.count {
                let (one, two) = lexicon.cues(in: texts[indices[k]], and: texts[indices[k + 1]])
                add(one, to: indices[k])
                add(two, to: indices[k + 1])
                k += 2
            }
            if k < indices.count { add(lexicon.cues(in: texts[indices[k]]), to: indices[k]) }
        }
        for index in found.indices where found[index].count > 1 {
            found[index].sort { ($0.start, $0.end, $0.kind.order, $0.entry) < ($1.start, $1.end, $1.kind.order, $1.entry) }
        }
        return found
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
    /// A switch, not `allCases.firstIndex`, because sorts ask it per
    /// comparison; a test holds it to `allCases`.
    var order: Int {
        switch self {
        case .hedge: 0
        case .booster: 1
        case .discourseMarker: 2
        case .attribution: 3
        case .generalisation: 4
        case .analogy: 5
        case .weakPhrase: 6
        case .prediction: 7
        case .recommendation: 8
        case .comparison: 9
        case .evaluation: 10
        case .causation: 11
        }
    }
}
