import Foundation
import RontenCore

/// What the annotated text marks in a sentence.
enum MarkKind: String, CaseIterable {
    case hedge, booster, figure, entity, attribution
}

/// A marked span of a sentence's text, in UTF-8 byte offsets of `Sentence.text`.
struct Mark {
    var start: Int
    var end: Int
    var kind: MarkKind
    /// A short note for the tooltip: a figure's normalised value, an entity's name.
    var note: String
}

/// Places the evaluator's mentions inside the sentences they belong to.
///
/// A mention carries its range in the original file, and its value may carry
/// offsets into the text that was scanned; neither is guaranteed to index the
/// sentence's flattened text (markup was removed, the file was Shift_JIS). So
/// each candidate offset is checked against the mention's own text, and as a
/// last resort the text is looked for in a bounded window around where the
/// range says it is: linear in the sentence however many mentions it has.
enum SentenceMarks {
    static let searchWindow = 512

    /// A mention not yet placed: its text, the offset its value gave (or -1)
    /// and its offset in the file.
    private struct Candidate {
        var text: String
        var hint: Int
        var fileOffset: Int
        var kind: MarkKind
        var note: String
    }

    static func build(_ analysis: Analysis, sentences: SentenceTable<Sentence>, expected count: Int) -> SentenceTable<[Mark]> {
        var result = SentenceTable<[Mark]>(expected: count)
        guard let annotations = analysis.annotations else { return result }
        // Candidates in the order the mentions come, each with the number of
        // its sentence's group (groups in order of first mention); the byte
        // arrays of texts are not made (they are compared in place). One list
        // for the document, not one growing list a sentence.
        var groupOf = SentenceTable<Int>(expected: count)
        var groupIDs: [String] = []
        var candidates: [(group: Int, candidate: Candidate)] = []
        func add(_ sentenceID: String, _ text: String, _ hint: Int?, _ range: SourceRange, _ kind: MarkKind, _ note: String) {
            guard !text.isEmpty else { return }
            let group: Int
            if let known = groupOf[sentenceID] {
                group = known
            } else if sentences.contains(sentenceID) {
                group = groupIDs.count
                groupOf[sentenceID] = group
                groupIDs.append(sentenceID)
            } else {
                return
            }
            candidates.append((group, Candidate(text: text, hint: hint ?? -1, fileOffset: range.start.offset, kind: kind, note: note)))
        }
        for mention in annotations.cues {
            let kind: MarkKind
            switch mention.value.kind {
            case .hedge: kind = .hedge
            case .booster: kind = .booster
            case .attribution where mention.value.source == .anonymous: kind = .attribution
            default: continue
            }
            add(mention.sentence, mention.value.text, mention.value.start, mention.range, kind, mention.value.entry)
        }
        for mention in annotations.quantities {
            add(mention.sentence, mention.value.text, mention.value.start, mention.range, .figure, FigureText.normalised(mention.value))
        }
        for entity in annotations.entities {
            for mention in entity.mentions {
                add(mention.sentence, mention.text, nil, mention.range, .entity, entity.name)
            }
        }
        // Each group's candidates together, in the order they came: a stable
        // counting sort of their places.
        var firstOfGroup = [Int](repeating: 0, count: groupIDs.count + 1)
        for entry in candidates { firstOfGroup[entry.group + 1] += 1 }
        for group in groupIDs.indices { firstOfGroup[group + 1] += firstOfGroup[group] }
        var next = firstOfGroup
        var order = [Int](repeating: 0, count: candidates.count)
        for index in candidates.indices {
            order[next[candidates[index].group]] = index
            next[candidates[index].group] += 1
        }
        for group in groupIDs.indices {
            let id = groupIDs[group]
            guard let sentence = sentences[id] else { continue }
            let sentenceStart = sentence.range.start.offset
            var text = sentence.text
            var placed: [Mark] = []
            placed.reserveCapacity(firstOfGroup[group + 1] - firstOfGroup[group])
            text.withUTF8 { bytes in
                for place in firstOfGroup[group]..<firstOfGroup[group + 1] {
                    let candidate = candidates[order[place]].candidate
                    var needle = candidate.text
                    needle.withUTF8 { needle in
                        if let start = locate(needle, in: bytes, candidate.hint, candidate.fileOffset - sentenceStart) {
                            placed.append(Mark(start: start, end: start + needle.count, kind: candidate.kind, note: candidate.note))
                        }
                    }
                }
            }
            keepNonOverlapping(&placed)
            result[id] = placed
        }
        return result
    }

    static func locate(_ needle: [UInt8], in haystack: [UInt8], hints: [Int]) -> Int? {
        needle.withUnsafeBufferPointer { needle in
            haystack.withUnsafeBufferPointer { haystack in
                precondition(hints.count == 2, "a value's offset and the range's")
                return locate(needle, in: haystack, hints[0], hints[1])
            }
        }
    }

    /// The first hint where the needle is, else the first place within the
    /// window around the second.
    static func locate(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, _ first: Int, _ second: Int) -> Int? {
        if matches(needle, in: haystack, at: first) { return first }
        if matches(needle, in: haystack, at: second) { return second }
        let centre = min(max(second, 0), haystack.count)
        let low = max(0, centre - searchWindow)
        let high = min(haystack.count - needle.count, centre + searchWindow)
        guard low <= high else { return nil }
        for start in low...high where matches(needle, in: haystack, at: start) { return start }
        return nil
    }

    @inline(__always)
    private static func matches(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start >= 0, start + needle.count <= haystack.count else { return false }
        guard needle.count > 0, let a = haystack.baseAddress, let b = needle.baseAddress else { return true }
        // The window search tries every place: most fail on the first byte.
        return a[start] == b[0] && memcmp(a + start, b, needle.count) == 0
    }

    /// Marks in order; where two overlap, the earlier (then the longer) wins.
    static func keepNonOverlapping(_ marks: inout [Mark]) {
        // The kind's name breaks ties, as its raw value compared as a string.
        marks.sort { ($0.start, -$0.end, $0.kind.nameOrder) < ($1.start, -$1.end, $1.kind.nameOrder) }
        var kept = 0
        var reached = 0
        for index in marks.indices where marks[index].start >= reached && marks[index].end > marks[index].start {
            reached = marks[index].end
            if kept != index { marks.swapAt(kept, index) }
            kept += 1
        }
        marks.removeLast(marks.count - kept)
    }
}

extension MarkKind {
    /// The place of `rawValue` in string order: attribution, booster, entity, figure, hedge.
    var nameOrder: Int {
        switch self {
        case .attribution: return 0
        case .booster: return 1
        case .entity: return 2
        case .figure: return 3
        case .hedge: return 4
        }
    }
}
