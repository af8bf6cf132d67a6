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

    static func build(_ analysis: Analysis, sentences: [String: Sentence]) -> [String: [Mark]] {
        guard let annotations = analysis.annotations else { return [:] }
        var raw: [String: [(Mark, [UInt8])]] = [:]
        func add(_ sentenceID: String, _ text: String, _ hint: Int?, _ range: SourceRange, _ kind: MarkKind, _ note: String) {
            guard !text.isEmpty, sentences[sentenceID] != nil else { return }
            let start = hint ?? -1
            raw[sentenceID, default: []].append((Mark(start: start, end: range.start.offset, kind: kind, note: note), Array(text.utf8)))
        }
        for mention in annotations.cues {
            let cue = mention.value
            let kind: MarkKind
            switch cue.kind {
            case .hedge: kind = .hedge
            case .booster: kind = .booster
            case .attribution where cue.source == .anonymous: kind = .attribution
            default: continue
            }
            add(mention.sentence, cue.text, cue.start, mention.range, kind, cue.entry)
        }
        for mention in annotations.quantities {
            add(mention.sentence, mention.value.text, mention.value.start, mention.range, .figure, FigureText.normalised(mention.value))
        }
        for entity in annotations.entities {
            for mention in entity.mentions {
                add(mention.sentence, mention.text, nil, mention.range, .entity, entity.name)
            }
        }
        var result: [String: [Mark]] = [:]
        for (sentenceID, candidates) in raw {
            guard let sentence = sentences[sentenceID] else { continue }
            let bytes = Array(sentence.text.utf8)
            var placed: [Mark] = []
            for (candidate, needle) in candidates {
                // `candidate.end` holds the mention's file offset until it is placed.
                let fromRange = candidate.end - sentence.range.start.offset
                if let start = locate(needle, in: bytes, hints: [candidate.start, fromRange]) {
                    placed.append(Mark(start: start, end: start + needle.count, kind: candidate.kind, note: candidate.note))
                }
            }
            result[sentenceID] = nonOverlapping(placed)
        }
        return result
    }

    static func locate(_ needle: [UInt8], in haystack: [UInt8], hints: [Int]) -> Int? {
        for hint in hints where matches(needle, in: haystack, at: hint) { return hint }
        let centre = min(max(hints.last ?? 0, 0), haystack.count)
        let low = max(0, centre - searchWindow)
        let high = min(haystack.count - needle.count, centre + searchWindow)
        guard low <= high else { return nil }
        for start in low...high where matches(needle, in: haystack, at: start) { return start }
        return nil
    }

    private static func matches(_ needle: [UInt8], in haystack: [UInt8], at start: Int) -> Bool {
        guard start >= 0, start + needle.count <= haystack.count else { return false }
        for index in 0..<needle.count where haystack[start + index] != needle[index] { return false }
        return true
    }

    /// Marks in order; where two overlap, the earlier (then the longer) wins.
    static func nonOverlapping(_ marks: [Mark]) -> [Mark] {
        let sorted = marks.sorted { ($0.start, -$0.end, $0.kind.rawValue) < ($1.start, -$1.end, $1.kind.rawValue) }
        var kept: [Mark] = []
        var reached = 0
        for mark in sorted where mark.start >= reached && mark.end > mark.start {
            kept.append(mark)
            reached = mark.end
        }
        return kept
    }
}
