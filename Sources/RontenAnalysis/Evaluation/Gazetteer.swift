import Foundation
import RontenCore

/// Names Ronten knows, each under one canonical name (メタ → Meta, Amazon Web
/// Services → AWS), read from `Lexicons/entities.tsv`.
public struct Gazetteer: Sendable {
    public struct Name: Sendable, Hashable {
        public var canonical: String
        public var kind: Entity.Kind
    }

    let names: [Name]
    /// One key per spelling, pointing into `names`.
    let spellings: [(bytes: [UInt8], name: Int, latin: Bool)]
    let automaton: KeywordAutomaton

    public static let standard: Gazetteer = {
        do {
            return try Gazetteer.bundled()
        } catch {
            fatalError("bundled gazetteer is broken: \(error)")
        }
    }()

    /// The built-in names, plus names a user added in configuration.
    public static func bundled(additions: [(String, Entity.Kind, [String])] = []) throws -> Gazetteer {
        try Gazetteer(parsing: EmbeddedLexicons.files["entities.tsv"] ?? "", file: "entities.tsv", additions: additions)
    }

    public init(parsing text: String, file: String, additions: [(String, Entity.Kind, [String])] = []) throws {
        var names: [Name] = []
        var spellings: [(bytes: [UInt8], name: Int, latin: Bool)] = []
        func add(_ canonical: String, _ kind: Entity.Kind, _ others: [String]) {
            names.append(Name(canonical: canonical, kind: kind))
            for spelling in [canonical] + others where !spelling.isEmpty {
                let bytes = Array(spelling.utf8)
                spellings.append((bytes, names.count - 1, bytes.allSatisfy { $0 < 0x80 }))
            }
        }
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 2, !columns[0].isEmpty, let kind = Entity.Kind(rawValue: columns[1]) else {
                throw LexiconError(file: file, line: lineNumber, reason: "expected: name <TAB> kind <TAB> other|names")
            }
            add(columns[0], kind, columns.count > 2 ? columns[2].split(separator: "|").map(String.init) : [])
        }
        for (canonical, kind, others) in additions { add(canonical, kind, others) }
        self.names = names
        self.spellings = spellings
        self.automaton = KeywordAutomaton(keys: spellings.map(\.bytes))
    }

    /// Every known name in `bytes`: Latin spellings only as whole words.
    func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [(range: Range<Int>, name: Name)] {
        var found: [(range: Range<Int>, name: Name)] = []
        automaton.occurrences(in: bytes) { key, end in
            let spelling = spellings[key]
            let start = end - spelling.bytes.count
            if spelling.latin {
                if start > 0, isWordByte(bytes[start - 1]) { return }
                if end < bytes.count, isWordByte(bytes[end]) { return }
            }
            found.append((start..<end, names[spelling.name]))
        }
        // Longest match wins where spellings overlap (Amazon Web Services over Amazon).
        found.sort { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
        var kept: [(range: Range<Int>, name: Name)] = []
        for match in found where kept.last.map({ match.range.lowerBound >= $0.range.upperBound }) ?? true {
            kept.append(match)
        }
        return kept
    }
}

@inline(__always)
func isWordByte(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x5F
}
