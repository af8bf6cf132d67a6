import Foundation
import RontenCore
import RontenLanguage

/// Organisations, products, people and places in a sentence: names from
/// the gazetteer, Latin capitalised sequences, and MeCab's proper nouns.
struct EntityReader {
    let gazetteer: Gazetteer

    func entities(in bytes: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> [(range: Range<Int>, name: String, kind: Entity.Kind)] {
        entities(in: bytes, wordCount: tokens.count, isProperNoun: { Self.isProperNoun(tokens[$0]) },
                 span: { tokens[$0].start..<tokens[$0].end }, nameClass: { Self.nameClass(tokens[$0]) })
    }

    /// The same, over words given by index: a word's byte range in `bytes`
    /// and, for proper nouns, what IPADIC says they name, so a caller need
    /// make no tokens.
    func entities(in bytes: UnsafeBufferPointer<UInt8>, wordCount: Int, isProperNoun: (Int) -> Bool,
                  span: (Int) -> Range<Int>,
                  nameClass: (Int) -> ProperNounClass) -> [(range: Range<Int>, name: String, kind: Entity.Kind)] {
        var found: [(range: Range<Int>, name: String, kind: Entity.Kind)] = gazetteer.matches(in: bytes).map {
            ($0.range, $0.name.canonical, $0.name.kind)
        }
        func covered(_ range: Range<Int>) -> Bool { found.contains { $0.range.overlaps(range) } }

        for range in latinNames(bytes) where !covered(range) {
            let nameBytes = UnsafeBufferPointer(rebasing: bytes[range])
            found.append((range, String(decoding: nameBytes, as: UTF8.self), Self.kindBySuffix(nameBytes)))
        }
        func isCompanySuffix(_ word: Int) -> Bool {
            let range = span(word)
            return range.upperBound <= bytes.count && Self.isCompanySuffix(UnsafeBufferPointer(rebasing: bytes[range]))
        }
        // MeCab's proper nouns (固有名詞), consecutive ones joined: 北斗電機.
        var i = 0
        while i < wordCount {
            guard isProperNoun(i) else { i += 1; continue }
            let first = span(i)
            var end = i
            while end + 1 < wordCount, isProperNoun(end + 1) || isCompanySuffix(end + 1) { end += 1 }
            let range = first.lowerBound..<span(end).upperBound
            if !covered(range), range.upperBound <= bytes.count,
               !UnsafeBufferPointer(rebasing: bytes[first]).allSatisfy({ $0 < 0x80 }) {
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                let kind: Entity.Kind = switch nameClass(i) {
                case .person: .person
                case .place: .place
                case .organisation: .organisation
                case .other: isCompanySuffix(end) ? .organisation : .other
                }
                // One kanji alone (米, 日) is too often not a name.
                if name.count > 1 { found.append((range, name, kind)) }
            }
            i = end + 1
        }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        return found
    }

    /// What a token's IPADIC features say it names.
    static func nameClass(_ token: Token) -> ProperNounClass {
        switch token.ipadic?.posDetail2 {
        case "人名": .person
        case "地域": .place
        case "組織": .organisation
        default: .other
        }
    }

    /// MeCab's 固有名詞.
    @inline(__always)
    static func isProperNoun(_ token: Token) -> Bool { isIPADICField(token.ipadic?.posDetail1, "固有名詞") }

    /// 電機, 自動車, 銀行… after a name make it a company.
    private static let companySuffixes: Set<String> = [
        "電機", "電気", "自動車", "銀行", "証券", "商事", "製作所", "工業", "産業", "グループ", "ホールディングス",
    ]

    private static let companySuffixBytes: [[UInt8]] = companySuffixes.map { Array($0.utf8) }

    /// Compared as bytes; a word with a compatibility ideograph (EF A4–EF AB),
    /// which a String compares as the unified one, is compared as a String.
    private static func isCompanySuffix(_ surface: UnsafeBufferPointer<UInt8>) -> Bool {
        if surface.contains(0xEF) { return companySuffixes.contains(String(decoding: surface, as: UTF8.self)) }
        return companySuffixBytes.contains { $0.elementsEqual(surface) }
    }

    private static let organisationSuffixes: [StaticString] = [
        " Inc", " Inc.", " Corp", " Corporation", " Ltd", " Labs", " Group", " Company", " Bank", " Institute", " University",
    ]

    /// Compared as bytes: a Latin name is ASCII (see ``latinNames(_:)``), so a
    /// byte suffix is a Character suffix, without making the name a String.
    private static func kindBySuffix(_ name: UnsafeBufferPointer<UInt8>) -> Entity.Kind {
        for suffix in organisationSuffixes {
            let count = suffix.utf8CodeUnitCount
            guard count <= name.count else { continue }
            if memcmp(name.baseAddress! + (name.count - count), suffix.utf8Start, count) == 0 { return .organisation }
        }
        return .other
    }

    /// Runs of capitalised Latin words (OpenAI, Superintelligence Labs, AWS).
    /// A capitalised common word that starts an English sentence is not a name.
    private func latinNames(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var names: [Range<Int>] = []
        var i = 0
        let n = bytes.count
        var runStart = -1, runEnd = -1
        var atSentenceStart = true
        func closeRun() {
            if runStart >= 0 { names.append(runStart..<runEnd) }
            runStart = -1
        }
        while i < n {
            let b = bytes[i]
            // Non-ASCII bytes (all of a Japanese sentence but its Latin words)
            // only end a run: skip them in one go.
            if b >= 0x80 {
                closeRun()
                i += 1
                // Eight at a time while all eight are non-ASCII.
                if let base = bytes.baseAddress {
                    let raw = UnsafeRawPointer(base)
                    while i + 8 <= n,
                          raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0x8080_8080_8080_8080 {
                        i += 8
                    }
                }
                while i < n, bytes[i] >= 0x80 { i += 1 }
                continue
            }
            guard isWordByte(b) else {
                // A single space may join two capitalised words; anything else ends a run.
                let joinsNext = b == 0x20 && i + 1 < n && bytes[i + 1] >= 0x41 && bytes[i + 1] <= 0x5A
                if !joinsNext { closeRun() }
                if b == 0x2E || b == 0x21 || b == 0x3F { atSentenceStart = true }
                i += 1
                continue
            }
            var j = i
            while j < n, isWordByte(bytes[j]) || (bytes[j] == 0x2D && j + 1 < n && isWordByte(bytes[j + 1])) { j += 1 }
            let word = UnsafeBufferPointer(rebasing: bytes[i..<j])
            let capitalised = b >= 0x41 && b <= 0x5A
            // Asked only of a capitalised word, as most are not.
            func hasInnerCapital() -> Bool { word.dropFirst().contains { $0 >= 0x41 && $0 <= 0x5A } }
            // Asked last: it makes a string and hashes it.
            func isCommon() -> Bool { Self.commonWords.contains(String(decoding: word, as: UTF8.self).lowercased()) }
            if capitalised, word.count > 1, hasInnerCapital() || (runStart >= 0 && !atSentenceStart) || !isCommon() {
                if runStart < 0 { runStart = i }
                runEnd = j
            } else {
                closeRun()
            }
            atSentenceStart = false
            i = j
        }
        closeRun()
        return names
    }

    /// Words that are capitalised only because they start a sentence.
    static let commonWords: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "in", "on", "at", "by", "for", "with", "from",
        "and", "but", "or", "if", "when", "while", "because", "so", "as", "of", "to", "we", "i", "you", "they", "he",
        "she", "our", "their", "his", "her", "my", "your", "there", "here", "what", "why", "how", "who", "which",
        "some", "many", "most", "all", "every", "each", "no", "not", "critics", "however", "therefore", "thus",
        "clearly", "yes", "also", "after", "before", "since", "until", "one", "two", "three", "first", "second",
        "third", "last", "next", "new", "early", "let", "see", "read", "note", "example", "figure", "table",
        "chapter", "section", "conclusion", "summary", "revenue", "usage", "buyers", "finance", "that's", "such",
        "both", "neither", "either", "any", "other", "another", "only", "even", "still", "yet", "then", "now",
    ]
}
