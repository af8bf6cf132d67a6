import Foundation
import RontenCore

/// The cue lexicons: one tab-separated file per language and kind under
/// `Lexicons/<language>/`, read once.
///
/// Line format (`#` starts a comment line, blank lines are skipped):
///
///     id <TAB> pattern [<TAB> options]
///
/// `id` is unique across all files (`ja.hedge.kamoshirenai`); `pattern`
/// follows the syntax on ``LexiconEntry``; `options` is a space-separated
/// list of `weight=0.6`, `relation=cause` (discourse.tsv, required),
/// `source=named|anonymous` (attributions.tsv, required), and the flags
/// `exclude`, `start`, `end`, `case`, `not-month` (see ``LexiconEntry/Options``).
public struct Lexicon: Sendable {
    public var entries: [LexiconEntry]

    public init(entries: [LexiconEntry]) { self.entries = entries }

    /// The file names a language folder may hold, and the kind each lists.
    public static let fileKinds: [String: Cue.Kind] = [
        "hedges.tsv": .hedge,
        "boosters.tsv": .booster,
        "discourse.tsv": .discourseMarker,
        "attributions.tsv": .attribution,
        "generalisations.tsv": .generalisation,
        "analogies.tsv": .analogy,
        "weak-phrases.tsv": .weakPhrase,
        "predictions.tsv": .prediction,
        "recommendations.tsv": .recommendation,
        "comparisons.tsv": .comparison,
        "evaluations.tsv": .evaluation,
        "causation.tsv": .causation,
    ]

    /// The lexicons built into Ronten (Lexicons/*, embedded at build time so
    /// the binary needs no files beside it).
    public static func bundled() throws -> Lexicon {
        var entries: [LexiconEntry] = []
        for language in [Language.japanese, .english] {
            // Sorted so entry order, and so tie-breaking between equal matches, is the same on every machine.
            let names = EmbeddedLexicons.files.keys
                .filter { $0.hasPrefix(language.rawValue + "/") && $0.hasSuffix(".tsv") }
                .sorted()
            for name in names {
                entries += try parse(EmbeddedLexicons.files[name]!, file: name)
            }
        }
        let lexicon = Lexicon(entries: entries)
        try lexicon.checkUniqueIDs()
        return lexicon
    }

    /// Reads one lexicon file. `file` is its path relative to `Lexicons/`
    /// (`en/hedges.tsv`): the folder gives the language, the name the kind.
    public static func parse(_ text: String, file: String) throws -> [LexiconEntry] {
        let parts = file.split(separator: "/").map(String.init)
        guard parts.count >= 2, let language = Language(rawValue: parts[parts.count - 2]),
              language == .japanese || language == .english else {
            throw LexiconError(file: file, line: 0, reason: "expected a path like ja/hedges.tsv or en/hedges.tsv")
        }
        guard let kind = fileKinds[parts[parts.count - 1]] else {
            let known = fileKinds.keys.sorted().joined(separator: ", ")
            throw LexiconError(file: file, line: 0, reason: "unknown lexicon file name; expected one of \(known)")
        }
        var entries: [LexiconEntry] = []
        var lineNumber = 0
        // Split and trimmed by scalars: Character splitting broke every
        // line into graphemes, most of the bundled lexicons' compile time.
        for rawLine in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = Substring(rawLine).trimmed(Self.spacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            do {
                entries.append(try parseLine(line, language: language, kind: kind))
            } catch let reason as LineProblem {
                throw LexiconError(file: file, line: lineNumber, reason: reason.message)
            }
        }
        return entries
    }

    /// Builds an entry for a pattern a user added in configuration.
    public static func userEntry(pattern: String, language: Language, kind: Cue.Kind,
                                 relation: Cue.Relation? = nil, source: Cue.Source? = nil) throws -> LexiconEntry {
        let id = "user.\(language.rawValue).\(kind.rawValue).\(pattern)"
        do {
            return LexiconEntry(id: id, language: language, kind: kind, relation: relation, source: source,
                                patterns: try parsePatterns(pattern))
        } catch let reason as LineProblem {
            throw LexiconError(file: "configuration", line: 0, reason: "\(reason.message) in '\(pattern)'")
        }
    }

    func checkUniqueIDs() throws {
        var seen: Set<String> = []
        for entry in entries where !seen.insert(entry.id).inserted {
            throw LexiconError(file: "\(entry.language.rawValue)/", line: 0, reason: "duplicate entry id '\(entry.id)'")
        }
    }

    /// Foundation's sets, asked for once: each `.whitespaces` builds the
    /// set again (through a dynamic cast), 900 instructions a column.
    private static let spaces = CharacterSet.whitespaces
    private static let spacesAndNewlines = CharacterSet.whitespacesAndNewlines

    private struct LineProblem: Error {
        var message: String
    }

    private static func parseLine(_ line: String, language: Language, kind: Cue.Kind) throws -> LexiconEntry {
        let columns = line.unicodeScalars.split(separator: "\t", omittingEmptySubsequences: true)
            .map { Substring($0).trimmed(Self.spaces) }
        guard columns.count == 2 || columns.count == 3 else {
            throw LineProblem(message: "expected id<TAB>pattern[<TAB>options], found \(columns.count) column(s)")
        }
        let id = columns[0]
        guard !id.unicodeScalars.contains(" ") else {
            throw LineProblem(message: "id '\(id)' contains a space (columns are separated by tabs)")
        }
        var entry = LexiconEntry(id: id, language: language, kind: kind, patterns: try parsePatterns(columns[1]))
        for option in columns.count == 3 ? columns[2].unicodeScalars.split(separator: " ").map({ String(Substring($0)) }) : [] {
            try apply(option, to: &entry)
        }
        if kind == .discourseMarker, entry.relation == nil, !entry.options.contains(.exclude) {
            throw LineProblem(message: "discourse marker needs relation=…")
        }
        if kind == .attribution, entry.source == nil, !entry.options.contains(.exclude) {
            throw LineProblem(message: "attribution needs source=named or source=anonymous")
        }
        return entry
    }

    private static func apply(_ option: String, to entry: inout LexiconEntry) throws {
        let pair = option.unicodeScalars.split(separator: "=", maxSplits: 1).map { String(Substring($0)) }
        switch (pair[0], pair.count == 2 ? pair[1] : nil) {
        case ("exclude", nil): entry.options.insert(.exclude)
        case ("start", nil): entry.options.insert(.sentenceStart)
        case ("end", nil): entry.options.insert(.sentenceEnd)
        case ("case", nil): entry.options.insert(.caseSensitive)
        case ("not-month", nil): entry.options.insert(.notMonth)
        case ("weight", let value?):
            guard let weight = Double(value), (0...1).contains(weight) else {
                throw LineProblem(message: "weight '\(value)' is not a number from 0 to 1")
            }
            entry.weight = weight
        case ("relation", let value?):
            guard entry.kind == .discourseMarker else {
                throw LineProblem(message: "relation= belongs in discourse.tsv only")
            }
            guard let relation = Cue.Relation(rawValue: value) else {
                let known = Cue.Relation.allCases.map(\.rawValue).joined(separator: ", ")
                throw LineProblem(message: "unknown relation '\(value)'; expected one of \(known)")
            }
            entry.relation = relation
        case ("source", let value?):
            guard entry.kind == .attribution else {
                throw LineProblem(message: "source= belongs in attributions.tsv only")
            }
            guard let source = Cue.Source(rawValue: value) else {
                throw LineProblem(message: "unknown source '\(value)'; expected named or anonymous")
            }
            entry.source = source
        default:
            throw LineProblem(message: "unknown option '\(option)'")
        }
    }

    private static func parsePatterns(_ column: String) throws -> [CuePattern] {
        var patterns: [CuePattern] = []
        for alternative in column.unicodeScalars.split(separator: "|", omittingEmptySubsequences: false) {
            var scalars = Substring(alternative).trimmed(Self.spaces).unicodeScalars[...]
            while let first = scalars.first, first == "〜" || first == "~" { scalars.removeFirst() }
            while let last = scalars.last, last == "〜" || last == "~" { scalars.removeLast() }
            let text = String(scalars)
            let pieces = try scalars.split(omittingEmptySubsequences: false) { $0 == "…" || $0 == "*" }
                .map { try parsePiece(Substring($0).trimmed(Self.spaces), in: column) }
            patterns.append(CuePattern(pieces: pieces))
            // Writers type either apostrophe; the lexicon need list only one.
            if text.unicodeScalars.contains("'") {
                patterns.append(CuePattern(pieces: pieces.map {
                    var piece = $0
                    piece.text = piece.text.replacingOccurrences(of: "'", with: "\u{2019}")
                    return piece
                }))
            }
        }
        return patterns
    }

    private static func parsePiece(_ raw: String, in column: String) throws -> CuePattern.Piece {
        var text = raw.unicodeScalars[...]
        let before = text.first == "#"
        if before { text = text.dropFirst() }
        let after = text.last == "#"
        if after { text = text.dropLast() }
        guard !text.isEmpty else {
            throw LineProblem(message: "empty piece in pattern '\(column)' (check | … * placement)")
        }
        guard !text.contains("#") else {
            throw LineProblem(message: "'#' (digits) may stand only at either end of a piece in '\(column)'")
        }
        return CuePattern.Piece(text: String(text), digitsBefore: before, digitsAfter: after)
    }
}

extension StringProtocol {
    /// What `trimmingCharacters(in:)` gives, asking the same set about the
    /// scalars at either end only; Foundation's version cost the bundled
    /// lexicons a tenth of a small run's time at startup.
    func trimmed(_ set: CharacterSet) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, set.contains(scalars[start]) { start = scalars.index(after: start) }
        while end > start, set.contains(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(self[start..<end])
    }
}
