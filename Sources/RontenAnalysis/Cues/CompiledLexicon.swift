import RontenCore

/// The entries of one language compiled for matching: every pattern piece is
/// a key of one automaton; gap patterns are stitched from their pieces'
/// occurrences as the scan goes, so the text is read once.
struct CompiledLexicon: Sendable {
    private struct PieceUse: Sendable {
        var pattern: Int
        var piece: Int
    }

    private struct CompiledPattern: Sendable {
        var entry: Int
        var pieces: [CuePattern.Piece]
        var pieceBytes: [[UInt8]]
        /// Where this pattern's partial matches live in the scan's chain arrays.
        var chainOffset: Int
    }

    private struct Candidate {
        var entry: Int
        var start: Int
        var end: Int
    }

    private let entries: [LexiconEntry]
    private let patterns: [CompiledPattern]
    private let automaton: KeywordAutomaton
    /// Per key, the pattern pieces it stands for, later pieces first so one
    /// occurrence never serves as two consecutive pieces of a pattern.
    private let uses: [[PieceUse]]
    private let chainCount: Int

    init(entries: [LexiconEntry]) {
        var keyIDs: [[UInt8]: Int] = [:]
        var keys: [[UInt8]] = []
        var uses: [[PieceUse]] = []
        var patterns: [CompiledPattern] = []
        var chainCount = 0
        for (entryIndex, entry) in entries.enumerated() {
            for pattern in entry.patterns {
                let bytes = pattern.pieces.map { Array($0.text.utf8) }
                let patternIndex = patterns.count
                patterns.append(CompiledPattern(entry: entryIndex, pieces: pattern.pieces, pieceBytes: bytes,
                                                chainOffset: chainCount))
                // Only gap patterns keep partial matches.
                if pattern.pieces.count > 1 { chainCount += pattern.pieces.count }
                for (pieceIndex, piece) in bytes.enumerated() {
                    let key = piece.map(CompiledLexicon.fold)
                    let id: Int
                    if let known = keyIDs[key] {
                        id = known
                    } else {
                        id = keys.count
                        keyIDs[key] = id
                        keys.append(key)
                        uses.append([])
                    }
                    uses[id].append(PieceUse(pattern: patternIndex, piece: pieceIndex))
                }
            }
        }
        self.entries = entries
        self.patterns = patterns
        self.automaton = KeywordAutomaton(keys: keys)
        self.uses = uses.map { $0.sorted { ($0.piece, $1.pattern) > ($1.piece, $0.pattern) } }
        self.chainCount = chainCount
    }

    /// ASCII case folding, and any ASCII whitespace as a space so "in\nshort"
    /// still reads as "in short". Non-ASCII bytes pass untouched, so offsets
    /// in the folded text are offsets in the original.
    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x41...0x5A: byte | 0x20
        case 0x09, 0x0A, 0x0D: 0x20
        default: byte
        }
    }

    func cues(in bytes: UnsafeBufferPointer<UInt8>) -> [Cue] {
        let text = CueText(bytes: bytes)
        var chainStart = [Int](repeating: -1, count: chainCount)
        var chainEnd = [Int](repeating: -1, count: chainCount)
        var candidates: [Candidate] = []
        var lastStop = 0
        var stopScanned = 0

        automaton.occurrences(in: bytes, fold: CompiledLexicon.fold) { key, end in
            while stopScanned < end {
                if let stopEnd = text.stopEnd(at: stopScanned) { lastStop = stopEnd }
                stopScanned += 1
            }
            let keyStart = end - automaton.keyLengths[key]
            for use in uses[key] {
                let pattern = patterns[use.pattern]
                let entry = entries[pattern.entry]
                guard let (start, stop) = pieceMatch(pattern, use.piece, keyStart, end, entry, text) else { continue }
                let isLast = use.piece == pattern.pieces.count - 1
                let slot = pattern.chainOffset + use.piece
                var matchStart = start
                if use.piece > 0 {
                    let prior = slot - 1
                    guard chainStart[prior] >= 0, chainEnd[prior] <= start,
                          start - chainEnd[prior] <= LexiconEntry.gapLimit,
                          chainStart[prior] >= lastStop else { continue }
                    matchStart = chainStart[prior]
                }
                if isLast {
                    if wholeMatchHolds(entry, matchStart, stop, text) {
                        candidates.append(Candidate(entry: pattern.entry, start: matchStart, end: stop))
                    }
                } else {
                    chainStart[slot] = matchStart
                    chainEnd[slot] = stop
                }
            }
        }
        return resolve(candidates, text)
    }

    /// Checks one piece occurrence: digits it asks for, exact case, and for
    /// English whole words. Returns the span with any digits included.
    private func pieceMatch(_ pattern: CompiledPattern, _ index: Int, _ keyStart: Int, _ keyEnd: Int,
                            _ entry: LexiconEntry, _ text: CueText) -> (Int, Int)? {
        let piece = pattern.pieces[index]
        var start = keyStart
        var end = keyEnd
        if piece.digitsBefore {
            start = text.digitsStart(before: keyStart)
            guard start < keyStart else { return nil }
        }
        if piece.digitsAfter {
            end = text.digitsEnd(after: keyEnd)
            guard end > keyEnd else { return nil }
        }
        if entry.options.contains(.caseSensitive), !text.equals(pattern.pieceBytes[index], at: keyStart) {
            return nil
        }
        if entry.language == .english, !text.isWordBoundary(before: start) || !text.isWordBoundary(after: end) {
            return nil
        }
        return (start, end)
    }

    private func wholeMatchHolds(_ entry: LexiconEntry, _ start: Int, _ end: Int, _ text: CueText) -> Bool {
        if entry.options.contains(.sentenceStart), !text.isSentenceStart(start) { return false }
        if entry.options.contains(.sentenceEnd), !text.isSentenceEnd(end) { return false }
        if entry.options.contains(.notMonth), text.isMonthMay(start, end) { return false }
        return true
    }

    /// Keeps the longest of overlapping matches of each kind, then drops the
    /// exclusions that won.
    private func resolve(_ candidates: [Candidate], _ text: CueText) -> [Cue] {
        let sorted = candidates.sorted {
            let left = entries[$0.entry].kind.order, right = entries[$1.entry].kind.order
            return (left, $0.start, -$0.end, $0.entry) < (right, $1.start, -$1.end, $1.entry)
        }
        var kept: [Candidate] = []
        var current: Candidate?
        for candidate in sorted {
            if let held = current, entries[held.entry].kind == entries[candidate.entry].kind,
               candidate.start < held.end {
                if candidate.end - candidate.start > held.end - held.start { current = candidate }
                continue
            }
            if let held = current { kept.append(held) }
            current = candidate
        }
        if let held = current { kept.append(held) }
        return kept.compactMap { candidate in
            let entry = entries[candidate.entry]
            guard !entry.options.contains(.exclude) else { return nil }
            let isGraded = entry.kind == .hedge || entry.kind == .booster || entry.kind == .attribution
            return Cue(kind: entry.kind, relation: entry.relation, source: entry.source,
                       text: text.string(candidate.start, candidate.end),
                       start: candidate.start, end: candidate.end, entry: entry.id,
                       strength: isGraded ? entry.weight : 1)
        }
    }
}
