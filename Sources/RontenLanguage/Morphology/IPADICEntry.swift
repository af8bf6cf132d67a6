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
final class IPADICEntryCache {
    private struct Slot {
        var feature: [UInt8]
        var entry: IPADICEntry
    }

    private var slots: [UnsafeRawPointer: Slot] = [:]
    /// Bounds each tokenizer's memory (a few MB) on huge varied inputs; an
    /// article uses a few thousand distinct words, IPADIC has ~390,000.
    private let capacity = 20_000

    func entry(feature: UnsafeBufferPointer<UInt8>, isUnknown: Bool) -> IPADICEntry {
        if let address = feature.baseAddress.map(UnsafeRawPointer.init), let slot = slots[address],
           slot.feature.count == feature.count, slot.entry.features.isUnknownWord == isUnknown,
           slot.feature.withUnsafeBytes({ stored in
               stored.baseAddress.map { memcmp($0, address, feature.count) == 0 } ?? feature.isEmpty
           }) {
            // Checked byte for byte all the same: cheap, and it keeps the
            // cache right even if a feature string ever moved.
            return slot.entry
        }
        let entry = IPADICEntry(feature: feature, isUnknown: isUnknown)
        if let address = feature.baseAddress.map(UnsafeRawPointer.init) {
            if slots.count >= capacity { slots.removeAll(keepingCapacity: true) }
            slots[address] = Slot(feature: Array(feature), entry: entry)
        }
        return entry
    }
}
