import RontenCore

/// Flags an acronym (ASCII capitals, 2 to 6 letters: ARR, TAM, LTV) that the
/// article never spells out, at its first use.
///
/// An acronym counts as expanded anywhere in the article when it stands in
/// brackets after its long form ("annual recurring revenue (ARR)",
/// 「年間経常収益（ARR）」) or is followed by it ("ARR (annual recurring
/// revenue)"). Not flagged: acronyms from `Lexicons/acronyms.tsv` (AI, GPU,
/// CEO, EU, AWS…), letters inside words (OpenAI, iOS, LLaMA), codes with
/// digits (Q3, G7, B2B), and single letters.
///
/// A reviewer cares because an unexplained acronym shuts out readers from
/// outside the writer's team, often the readers a strategy memo must reach.
public struct AcronymNotExpanded: Rule {
    public static let descriptor = RuleDescriptor(
        id: "acronym-not-expanded",
        defaultSeverity: .info,
        summary: LocalizedText(
            ja: "略語が記事の中で一度も展開されていない。",
            en: "An acronym is never spelled out in the article."),
        description: LocalizedText(
            ja: "2〜6文字の大文字の略語（ARR、TAM、LTV など）が、記事のどこでも正式名称と併記されていないものを、最初の使用箇所で指摘します。「年間経常収益（ARR）」「annual recurring revenue (ARR)」「ARR (annual recurring revenue)」の形があれば展開済みとみなします。AI、GPU、CEO、EU など一般に通じる略語（Lexicons/acronyms.tsv）、語の一部の大文字（OpenAI、iOS）、数字を含む符号（Q3、G7）は対象外です。説明のない略語は、書き手のチームの外にいる読者、つまり戦略文書が届くべき読者を締め出します。",
            en: "Flags acronyms of 2 to 6 capital letters (ARR, TAM, LTV) that the article never spells out, at their first use. \"annual recurring revenue (ARR)\", \"ARR (annual recurring revenue)\" and 「年間経常収益（ARR）」 count as spelling it out. Acronyms every reader knows (AI, GPU, CEO, EU; see Lexicons/acronyms.tsv), capitals inside words (OpenAI, iOS) and codes with digits (Q3, G7) are not flagged. An unexplained acronym shuts out readers from outside the writer's team, often the readers a strategy memo must reach."),
        help: LocalizedText(
            ja: "最初の使用箇所で「正式名称（略語）」の形で展開してください。",
            en: "Spell it out at first use: \"annual recurring revenue (ARR)\"."))

    public var known: KnownAcronyms

    public init() { self.init(known: .standard) }

    public init(known: KnownAcronyms) { self.known = known }

    public func check(_ document: EvaluatedDocument) -> [Finding] {
        let locate = SpanLocator(document)
        var expanded: Set<String> = []
        var firstUse: [(acronym: String, sentence: Int, span: Range<Int>)] = []
        var seen: Set<String> = []
        for (index, facts) in document.sentences.enumerated() {
            for use in Self.acronyms(in: facts.text) where !known.contains(use.acronym) {
                if use.expanded { expanded.insert(use.acronym) }
                if seen.insert(use.acronym).inserted { firstUse.append((use.acronym, index, use.span)) }
            }
        }
        return firstUse.filter { !expanded.contains($0.acronym) }.map { use in
            let facts = document.sentences[use.sentence]
            return finding(
                LocalizedText(
                    ja: "略語「\(use.acronym)」が記事の中で展開されていません。",
                    en: "The acronym \"\(use.acronym)\" is never spelled out."),
                at: locate.range(of: use.span, in: facts), sentence: facts.sentence.id, evidence: [use.acronym])
        }
    }

    /// Every acronym in `text`, whether this use spells it out, and its
    /// UTF-8 span. One pass over the bytes.
    public static func acronyms(in text: String) -> [(acronym: String, span: Range<Int>, expanded: Bool)] {
        var text = text
        return text.withUTF8 { acronyms(inUTF8: $0) }
    }

    private static func acronyms(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [(acronym: String, span: Range<Int>, expanded: Bool)] {
        let n = bytes.count
        var found: [(acronym: String, span: Range<Int>, expanded: Bool)] = []
        func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
        func isAlnum(_ b: UInt8) -> Bool { isUpper(b) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) }
        /// ( or （ (U+FF08) ending just before `i`, spaces allowed.
        func openBracket(before i: Int) -> Bool {
            var j = i
            while j > 0, bytes[j - 1] == 0x20 { j -= 1 }
            if j >= 1, bytes[j - 1] == 0x28 { return true }
            return j >= 3 && bytes[j - 3] == 0xEF && bytes[j - 2] == 0xBC && bytes[j - 1] == 0x88
        }
        /// ) or ） (U+FF09) at `i`.
        func closeBracket(at i: Int) -> Bool {
            if i < n, bytes[i] == 0x29 { return true }
            return i + 2 < n && bytes[i] == 0xEF && bytes[i + 1] == 0xBC && bytes[i + 2] == 0x89
        }
        /// A bracket opening at or after `i` (spaces skipped) whose content
        /// holds at least three letters: the long form.
        func longFormFollows(_ i: Int) -> Bool {
            var j = i
            while j < n, bytes[j] == 0x20 { j += 1 }
            if j < n, bytes[j] == 0x28 {
                j += 1
            } else if j + 2 < n, bytes[j] == 0xEF, bytes[j + 1] == 0xBC, bytes[j + 2] == 0x88 {
                j += 3
            } else {
                return false
            }
            // Lowercase letters or non-ASCII characters; capitals alone would be another code.
            var letters = 0
            let limit = min(n, j + 64)
            while j < limit, letters < 3, !closeBracket(at: j) {
                let b = bytes[j]
                if (b >= 0x80 && b & 0xC0 != 0x80) || (b >= 0x61 && b <= 0x7A) { letters += 1 }
                j += 1
            }
            return letters >= 3
        }
        let raw = UnsafeRawPointer(bytes.baseAddress)
        var i = 0
        while i < n {
            // Eight bytes at once while none is a capital: most of a
            // Japanese text, and most of an English one.
            if i + 8 <= n, let raw, !Self.hasCapital(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i += 8
                continue
            }
            guard isUpper(bytes[i]), i == 0 || !isAlnum(bytes[i - 1]) else {
                i += 1
                continue
            }
            var end = i
            while end < n, isUpper(bytes[end]) { end += 1 }
            var after = end
            if after < n, bytes[after] == 0x73, after + 1 >= n || !isAlnum(bytes[after + 1]) { after += 1 } // plural: GPUs
            let length = end - i
            if (2...6).contains(length), after >= n || !isAlnum(bytes[after]) {
                let acronym = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)
                let expanded = (openBracket(before: i) && closeBracket(at: after)) || longFormFollows(after)
                found.append((acronym, i..<end, expanded))
            }
            i = max(after, i + 1)
        }
        return found
    }

    /// Whether any of eight bytes is an ASCII capital (0x41–0x5A): the
    /// "has a byte between m and n" bit trick, exact, and blind to bytes
    /// of 0x80 and above.
    @inline(__always)
    static func hasCapital(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low = word & (ones &* 127)
        let belowN = ones &* (127 + 0x5B) &- low
        let aboveM = low &+ ones &* (127 - 0x40)
        return belowN & ~word & aboveM & (ones &* 128) != 0
    }
}
