import Foundation
import RontenCore

/// What one IPADIC feature string says about a word, parsed once and shared
/// by every token of that word.
struct IPADICEntry {
    var features: IPADICFeatures
    /// 原形; nil for an unknown word, whose base form is its surface.
    var baseForm: String?
    var reading: String?
    var partOfSpeech: PartOfSpeech
    var kind: Token.Kind

    /// Parses MeCab's feature CSV: 品詞,細分類1,細分類2,細分類3,活用型,活用形,原形,読み,発音
    /// (unknown words stop after 原形). Fields are split by hand on the bytes;
    /// a field in double quotes may hold commas, and `""` inside it is a quote.
    init(feature: UnsafeBufferPointer<UInt8>, isUnknown: Bool) {
        var fields: [String?] = []
        fields.reserveCapacity(9)
        var index = 0
        let count = feature.count
        while index <= count {
            if index < count, feature[index] == UInt8(ascii: "\"") {
                var bytes: [UInt8] = []
                index += 1
                while index < count {
                    if feature[index] == UInt8(ascii: "\"") {
                        if index + 1 < count, feature[index + 1] == UInt8(ascii: "\"") {
                            bytes.append(UInt8(ascii: "\""))
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    bytes.append(feature[index])
                    index += 1
                }
                while index < count, feature[index] != UInt8(ascii: ",") { index += 1 }
                fields.append(String(decoding: bytes, as: UTF8.self))
            } else {
                let start = index
                while index < count, feature[index] != UInt8(ascii: ",") { index += 1 }
                if index - start == 1, feature[start] == UInt8(ascii: "*") {
                    fields.append(nil)
                } else {
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: feature[start..<index]), as: UTF8.self))
                }
            }
            index += 1
        }
        func field(_ number: Int) -> String? { number < fields.count ? fields[number] : nil }

        let features = IPADICFeatures(
            pos: field(0) ?? "その他", posDetail1: field(1), posDetail2: field(2), posDetail3: field(3),
            conjugationType: field(4), conjugationForm: field(5), pronunciation: isUnknown ? nil : field(8),
            isUnknownWord: isUnknown)
        self.features = features
        self.baseForm = isUnknown ? nil : field(6)
        self.reading = isUnknown ? nil : field(7)
        (self.partOfSpeech, self.kind) = Self.classify(features)
    }

    /// IPADIC's classes mapped to the coarse ones: the top level decides,
    /// except for the noun and symbol subclasses that matter downstream.
    /// Fields are compared as bytes: a `switch` over Strings compared
    /// unequal Japanese strings under canonical equivalence, the slow way,
    /// once per case for every new dictionary entry.
    static func classify(_ features: IPADICFeatures) -> (PartOfSpeech, Token.Kind) {
        let pos = features.pos
        if ipadicField(pos, "名詞") {
            let detail = features.posDetail1
            if ipadicField(detail, "固有名詞") { return (.properNoun, .word) }
            if ipadicField(detail, "数") { return (.numeral, .number) }
            if ipadicField(detail, "接尾") { return (.suffix, .word) }
            return (.noun, .word)
        }
        if ipadicField(pos, "動詞") { return (.verb, .word) }
        if ipadicField(pos, "形容詞") { return (.adjective, .word) }
        if ipadicField(pos, "副詞") { return (.adverb, .word) }
        if ipadicField(pos, "助詞") { return (.particle, .word) }
        if ipadicField(pos, "助動詞") { return (.auxiliary, .word) }
        if ipadicField(pos, "接続詞") { return (.conjunction, .word) }
        if ipadicField(pos, "感動詞") || ipadicField(pos, "フィラー") { return (.interjection, .word) }
        if ipadicField(pos, "接頭詞") { return (.prefix, .word) }
        if ipadicField(pos, "記号") {
            let detail = features.posDetail1
            if ipadicField(detail, "句点") || ipadicField(detail, "読点") || ipadicField(detail, "括弧開")
                || ipadicField(detail, "括弧閉") { return (.punctuation, .punctuation) }
            if ipadicField(detail, "空白") { return (.punctuation, .whitespace) }
            return (.symbol, .symbol)
        }
        return (.other, .word)
    }
}

/// Whether an IPADIC feature field is exactly `expected`, byte for byte.
@inline(__always)
func ipadicField(_ field: String?, _ expected: StaticString) -> Bool {
    guard var field else { return false }
    let count = expected.utf8CodeUnitCount
    return field.withUTF8 { $0.count == count && (count == 0 || memcmp($0.baseAddress!, expected.utf8Start, count) == 0) }
}

/// Parsed entries by the address of their feature string in the loaded
/// dictionary, so a word seen before costs a lookup instead of nine strings.
///
/// Each entry is kept as the token it makes, less its surface and offsets,
/// so making a token is one copy, and only for the words a caller asks for
/// (see ``Morpheme``). The address is looked up before the feature string
/// is measured. It is stable: MeCab points a node's feature into the model's
/// mapped dictionary (Ronten never uses partial parsing, whose constraint
/// features live in the lattice), so a hit is checked byte for byte (and for
/// the NUL that ends it) only by the assertion in debug builds.
///
/// Entries are numbered; a number stays valid until the next
/// ``beginPass()``, which is the only point where the cache may be emptied.
final class IPADICEntryCache {
    // All the state in one value, so a lookup is one access. Unchecked: the
    // cache belongs to one tokenizer, used by one task, and no method calls
    // back into it while it is being changed, so accesses never overlap; the
    // runtime check cost a begin/end call per word of every sentence.
    @exclusivity(unchecked) private var table = Table()

    /// Starts analysing a text: empties the cache if it has grown past its
    /// bound, and returns the generation that the entry numbers belong to.
    func beginPass() -> Int { table.beginPass() }

    /// The number of the morpheme's dictionary entry.
    func entry(_ morpheme: MeCabMorpheme) -> Int32 { table.entry(morpheme) }

    /// The token of an entry, with an empty surface and zero offsets.
    func prototype(_ entry: Int32, generation: Int) -> Token { table.prototype(entry, generation: generation) }

    /// Whether an entry is a proper noun (名詞,固有名詞).
    func isProperNoun(_ entry: Int32) -> Bool { table.isProperNoun(entry) }

    /// What an entry says about a sentence's ending.
    func ending(_ entry: Int32, generation: Int) -> EndingWord { table.ending(entry, generation: generation) }

    /// What a proper noun entry names (品詞細分類2).
    func nameClass(_ entry: Int32, generation: Int) -> ProperNounClass { table.nameClass(entry, generation: generation) }

    /// What an entry's words are to a figure's subject.
    func figureWord(_ entry: Int32, generation: Int) -> FigureWordClass { table.figureWord(entry, generation: generation) }

    private struct Table {
        /// One probe reads one bucket: the address and where its entry is.
        private struct Bucket {
            var address: UInt = 0
            var slot: Int32 = 0
        }

        /// What every word of an entry is asked: four bytes a slot, apart
        /// from the rest, so the lookups of a sentence's words read a small
        /// table instead of a cache line of a large one each.
        private struct Facts {
            var isUnknown: Bool
            var isProperNoun: Bool
            var ending: EndingWord
            var nameClass: ProperNounClass
            var figureWord: FigureWordClass
        }

        private struct Slot {
            /// Where the feature string's copy lies in `features`.
            var featureOffset: Int
            var featureLength: Int
            /// Made from the feature string the first time a token of the word is asked for.
            var token: Token?
        }

        /// Bounds each tokenizer's memory (a few MB) on huge varied inputs; an
        /// article uses a few thousand distinct words, IPADIC has ~390,000.
        /// One pass may go past it (a sentence is never cut short); the next empties the cache.
        private static let capacity = 20_000
        /// Open addressing with linear probing, at most 61% full below the bound.
        private static let bucketBits = 15
        /// Buckets by address hash; address 0 is an empty bucket.
        private var buckets = [Bucket](repeating: Bucket(), count: 1 << bucketBits)
        private var slots: [Slot] = []
        private var facts: [Facts] = []
        /// The feature strings of all slots, end to end, for the byte check.
        private var features: [UInt8] = []
        private var generation = 0

        @inline(__always)
        private static func bucket(_ address: UInt) -> Int {
            Int(truncatingIfNeeded: (UInt64(address) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bucketBits))
        }

        mutating func beginPass() -> Int {
            if slots.count >= Self.capacity {
                slots.removeAll(keepingCapacity: true)
                facts.removeAll(keepingCapacity: true)
                features.removeAll(keepingCapacity: true)
                for b in buckets.indices { buckets[b] = Bucket() }
                generation += 1
            }
            return generation
        }

        mutating func prototype(_ entry: Int32, generation: Int) -> Token {
            precondition(generation == self.generation, "a morpheme from before the tokenizer's cache was emptied")
            let index = Int(entry)
            if let token = slots[index].token { return token }
            let slot = slots[index]
            let parsed = features.withUnsafeBufferPointer { stored in
                IPADICEntry(feature: UnsafeBufferPointer(rebasing: stored[slot.featureOffset..<slot.featureOffset + slot.featureLength]),
                            isUnknown: facts[index].isUnknown)
            }
            let token = Self.prototype(parsed)
            slots[index].token = token
            return token
        }

        private static func prototype(_ entry: IPADICEntry) -> Token {
            Token(surface: "", start: 0, end: 0, kind: entry.kind, partOfSpeech: entry.partOfSpeech,
                  baseForm: entry.baseForm, reading: entry.reading, ipadic: entry.features)
        }

        func isProperNoun(_ entry: Int32) -> Bool { facts[Int(entry)].isProperNoun }

        func ending(_ entry: Int32, generation: Int) -> EndingWord {
            precondition(generation == self.generation, "a morpheme from before the tokenizer's cache was emptied")
            return facts[Int(entry)].ending
        }

        func nameClass(_ entry: Int32, generation: Int) -> ProperNounClass {
            precondition(generation == self.generation, "a morpheme from before the tokenizer's cache was emptied")
            return facts[Int(entry)].nameClass
        }

        func figureWord(_ entry: Int32, generation: Int) -> FigureWordClass {
            precondition(generation == self.generation, "a morpheme from before the tokenizer's cache was emptied")
            return facts[Int(entry)].figureWord
        }

        mutating func entry(_ morpheme: MeCabMorpheme) -> Int32 {
            guard let start = morpheme.featureStart else { return append(morpheme, feature: morpheme.feature) }
            let address = UInt(bitPattern: start)
            let mask = (1 << Self.bucketBits) - 1
            var bucket = Self.bucket(address)
            var probes = 0
            while buckets[bucket].address != 0 {
                if buckets[bucket].address == address {
                    let index = Int(buckets[bucket].slot)
                    if facts[index].isUnknown == morpheme.isUnknown {
                        // The address names the entry while the model lives (it
                        // is mapped once and never written): the bytes are only
                        // checked in debug builds, the tests'. Comparing them on
                        // every hit read the dictionary out of cache: a corpus
                        // report took 3.34 s of CPU with it, 3.25 s without.
                        assert(Self.holds(features, slots[index].featureOffset, slots[index].featureLength, at: start))
                        return Int32(index)
                    }
                    // Same address read as the other kind of word: parse afresh and point the bucket at a new slot.
                    buckets[bucket].slot = Int32(slots.count)
                    return append(morpheme, feature: morpheme.feature)
                }
                bucket = (bucket + 1) & mask
                probes += 1
                // Past the bound within one pass the table may fill: such words go unindexed.
                if probes > mask { return append(morpheme, feature: morpheme.feature) }
            }
            buckets[bucket] = Bucket(address: address, slot: Int32(slots.count))
            return append(morpheme, feature: morpheme.feature)
        }

        private mutating func append(_ morpheme: MeCabMorpheme, feature: UnsafeBufferPointer<UInt8>) -> Int32 {
            let quick: IPADICQuickFacts
            var token: Token?
            if let read = IPADICQuickFacts(feature: feature, isUnknown: morpheme.isUnknown) {
                quick = read
            } else {
                let entry = IPADICEntry(feature: feature, isUnknown: morpheme.isUnknown)
                quick = IPADICQuickFacts(entry)
                token = Self.prototype(entry)
            }
            slots.append(Slot(featureOffset: features.count, featureLength: feature.count, token: token))
            facts.append(Facts(isUnknown: morpheme.isUnknown, isProperNoun: quick.isProperNoun, ending: quick.ending,
                               nameClass: quick.nameClass, figureWord: quick.figureWord))
            features.append(contentsOf: feature)
            return Int32(slots.count - 1)
        }

        /// Whether the NUL-terminated string at `start` is exactly the
        /// `length` bytes at `offset` of `features`.
        private static func holds(_ features: [UInt8], _ offset: Int, _ length: Int,
                                  at start: UnsafePointer<UInt8>) -> Bool {
            features.withUnsafeBufferPointer { stored in
                // Equal bytes contain no NUL, so reading the byte after them stays inside the string.
                guard length == 0 || memcmp(stored.baseAddress! + offset, start, length) == 0 else { return false }
                return start[length] == 0
            }
        }
    }
}
