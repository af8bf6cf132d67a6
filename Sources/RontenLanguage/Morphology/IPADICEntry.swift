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
    static func classify(_ features: IPADICFeatures) -> (PartOfSpeech, Token.Kind) {
        switch features.pos {
        case "名詞":
            switch features.posDetail1 {
            case "固有名詞": return (.properNoun, .word)
            case "数": return (.numeral, .number)
            case "接尾": return (.suffix, .word)
            default: return (.noun, .word)
            }
        case "動詞": return (.verb, .word)
        case "形容詞": return (.adjective, .word)
        case "副詞": return (.adverb, .word)
        case "助詞": return (.particle, .word)
        case "助動詞": return (.auxiliary, .word)
        case "接続詞": return (.conjunction, .word)
        case "感動詞", "フィラー": return (.interjection, .word)
        case "接頭詞": return (.prefix, .word)
        case "記号":
            switch features.posDetail1 {
            case "句点", "読点", "括弧開", "括弧閉": return (.punctuation, .punctuation)
            case "空白": return (.punctuation, .whitespace)
            default: return (.symbol, .symbol)
            }
        default: return (.other, .word)
        }
    }
}

/// Parsed entries by the address of their feature string in the loaded
/// dictionary, so a word seen before costs a lookup instead of nine strings.
///
/// Each entry is kept as the token it makes, less its surface and offsets,
/// so making a token is one copy. The address is looked up before the
/// feature string is measured; a hit is still checked byte for byte (and
/// for the NUL that ends it), which keeps the cache right even if a feature
/// string ever moved.
final class IPADICEntryCache {
    // All the state in one value, so a lookup is one exclusive access.
    private var table = Table()

    /// The token of the morpheme's dictionary word, with an empty surface
    /// and zero offsets.
    func prototype(_ morpheme: MeCabMorpheme) -> Token { table.prototype(morpheme) }

    private struct Table {
        private struct Slot {
            var feature: [UInt8]
            var isUnknown: Bool
            var token: Token
        }

        /// Bounds each tokenizer's memory (a few MB) on huge varied inputs; an
        /// article uses a few thousand distinct words, IPADIC has ~390,000.
        private static let capacity = 20_000
        /// Open addressing with linear probing, at most 61% full.
        private static let bucketBits = 15
        /// Feature addresses by bucket; 0 is an empty bucket.
        private var addresses = [UInt](repeating: 0, count: 1 << bucketBits)
        private var slotOfBucket = [Int32](repeating: 0, count: 1 << bucketBits)
        private var slots: [Slot] = []

        @inline(__always)
        private static func bucket(_ address: UInt) -> Int {
            Int(truncatingIfNeeded: (UInt64(address) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bucketBits))
        }

        mutating func prototype(_ morpheme: MeCabMorpheme) -> Token {
            guard let start = morpheme.featureStart else { return Self.parse(morpheme) }
            let address = UInt(bitPattern: start)
            let mask = (1 << Self.bucketBits) - 1
            var bucket = Self.bucket(address)
            while addresses[bucket] != 0 {
                if addresses[bucket] == address {
                    let index = Int(slotOfBucket[bucket])
                    if slots[index].isUnknown == morpheme.isUnknown, Self.holds(slots[index].feature, at: start) {
                        return slots[index].token
                    }
                    // Same address, other bytes: parse afresh and replace the slot.
                    let token = Self.parse(morpheme)
                    slots[index] = Slot(feature: Array(morpheme.feature), isUnknown: morpheme.isUnknown, token: token)
                    return token
                }
                bucket = (bucket + 1) & mask
            }
            let token = Self.parse(morpheme)
            if slots.count >= Self.capacity {
                slots.removeAll(keepingCapacity: true)
                for b in addresses.indices { addresses[b] = 0 }
                bucket = Self.bucket(address)
            }
            addresses[bucket] = address
            slotOfBucket[bucket] = Int32(slots.count)
            slots.append(Slot(feature: Array(morpheme.feature), isUnknown: morpheme.isUnknown, token: token))
            return token
        }

        /// Whether the NUL-terminated string at `start` is exactly `feature`.
        private static func holds(_ feature: [UInt8], at start: UnsafePointer<UInt8>) -> Bool {
            feature.withUnsafeBufferPointer { stored in
                // Equal bytes contain no NUL, so reading the byte after them stays inside the string.
                guard stored.isEmpty || memcmp(stored.baseAddress!, start, stored.count) == 0 else { return false }
                return start[stored.count] == 0
            }
        }

        private static func parse(_ morpheme: MeCabMorpheme) -> Token {
            let entry = IPADICEntry(feature: morpheme.feature, isUnknown: morpheme.isUnknown)
            return Token(surface: "", start: 0, end: 0, kind: entry.kind, partOfSpeech: entry.partOfSpeech,
                         baseForm: entry.baseForm, reading: entry.reading, ipadic: entry.features)
        }
    }
}
