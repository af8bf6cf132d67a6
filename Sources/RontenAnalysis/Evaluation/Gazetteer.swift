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
    let starts: SpellingStarts

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
        self.starts = SpellingStarts(spellings.map(\.bytes))
    }

    /// Every known name in `bytes`: Latin spellings only as whole words.
    func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [(range: Range<Int>, name: Name)] {
        var found: [(range: Range<Int>, name: Name)] = []
        starts.occurrences(in: bytes) { key, start in
            let spelling = spellings[key]
            let end = start + spelling.bytes.count
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

/// Where a few dozen spellings occur in a text, found from where each may
/// start: a bit per hash of a spelling's first three bytes (its first two,
/// or one, if shorter), and the spellings of a hash compared in place.
///
/// The gazetteer's hundred spellings made an Aho–Corasick scan cost a
/// table read per byte, each waiting on the one before (1.4 % of a corpus
/// report); these bit reads do not wait on each other, and one position in
/// a thousand or so has a spelling to compare. Equal spellings report
/// once, as the first of them, as the automaton's merged keys did.
struct SpellingStarts: Sendable {
    private let keys: [[UInt8]]
    /// Bits by hash, for spellings of three bytes or more, of two, and of one.
    private let long: [UInt64]
    private let pair: [UInt64]
    private let single: [UInt64]
    /// The first bytes of the spellings of one or two bytes: only there are they looked for.
    private let shortFirst: [UInt64]
    /// (hash, key) for each width, sorted: looked up only when a bit is set.
    private let longKeys: [(hash: UInt16, key: Int)]
    private let pairKeys: [(hash: UInt16, key: Int)]
    private let singleKeys: [(hash: UInt16, key: Int)]

    init(_ keys: [[UInt8]]) {
        self.keys = keys
        var long = [UInt64](repeating: 0, count: 1024), pair = long, single = [UInt64](repeating: 0, count: 4)
        var shortFirst = single
        var longKeys: [(hash: UInt16, key: Int)] = [], pairKeys = longKeys, singleKeys = longKeys
        var seen = Set<[UInt8]>()
        for (index, key) in keys.enumerated() where !key.isEmpty && seen.insert(key).inserted {
            if key.count < 3 { shortFirst[Int(key[0] >> 6)] |= 1 << (key[0] & 63) }
            switch key.count {
            case 1:
                let h = UInt16(key[0])
                single[Int(h >> 6)] |= 1 << (h & 63)
                singleKeys.append((h, index))
            case 2:
                let h = Self.hash(key[0], key[1], 0)
                pair[Int(h >> 6)] |= 1 << (h & 63)
                pairKeys.append((h, index))
            default:
                let h = Self.hash(key[0], key[1], key[2])
                long[Int(h >> 6)] |= 1 << (h & 63)
                longKeys.append((h, index))
            }
        }
        self.long = long
        self.pair = pair
        self.single = single
        self.shortFirst = shortFirst
        self.longKeys = longKeys.sorted { ($0.hash, $0.key) < ($1.hash, $1.key) }
        self.pairKeys = pairKeys.sorted { ($0.hash, $0.key) < ($1.hash, $1.key) }
        self.singleKeys = singleKeys.sorted { ($0.hash, $0.key) < ($1.hash, $1.key) }
    }

    @inline(__always)
    private static func hash(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt16 {
        let value = UInt32(a) | UInt32(b) << 8 | UInt32(c) << 16
        return UInt16(truncatingIfNeeded: (value &* 0x9E37_79B1) >> 16)
    }

    /// Calls `found(key, start)` for every occurrence of every key, by start.
    func occurrences(in bytes: UnsafeBufferPointer<UInt8>, _ found: (_ key: Int, _ start: Int) -> Void) {
        let n = bytes.count
        long.withUnsafeBufferPointer { long in
            var i = 0
            while i < n {
                let first = bytes[i]
                // A key is whole UTF-8, so none starts on a continuation byte.
                if first & 0xC0 == 0x80 { i += 1; continue }
                if i + 3 <= n {
                    let h = Self.hash(first, bytes[i + 1], bytes[i + 2])
                    if long[Int(h >> 6)] & (1 << (h & 63)) != 0 { compare(longKeys, h, bytes, i, found) }
                }
                if shortFirst[Int(first >> 6)] & (1 << (first & 63)) != 0 {
                    if i + 2 <= n {
                        let h = Self.hash(first, bytes[i + 1], 0)
                        if pair[Int(h >> 6)] & (1 << (h & 63)) != 0 { compare(pairKeys, h, bytes, i, found) }
                    }
                    if single[Int(first >> 6)] & (1 << (first & 63)) != 0 {
                        compare(singleKeys, UInt16(first), bytes, i, found)
                    }
                }
                i += 1
            }
        }
    }

    /// The keys of hash `h` that stand at `start`, in key order.
    private func compare(_ table: [(hash: UInt16, key: Int)], _ h: UInt16, _ bytes: UnsafeBufferPointer<UInt8>,
                         _ start: Int, _ found: (Int, Int) -> Void) {
        var low = 0, high = table.count
        while low < high {
            let mid = (low + high) / 2
            if table[mid].hash < h { low = mid + 1 } else { high = mid }
        }
        while low < table.count, table[low].hash == h {
            let key = keys[table[low].key]
            if start + key.count <= bytes.count,
               key.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress! + start, key.count) == 0 }) {
                found(table[low].key, start)
            }
            low += 1
        }
    }
}
