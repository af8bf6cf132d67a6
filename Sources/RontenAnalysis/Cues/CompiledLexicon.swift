import RontenCore

/// The entries of one language compiled for matching: every pattern piece is
/// a key of one automaton; gap patterns are stitched from their pieces'
/// occurrences as the scan goes, so the text is read once.
struct CompiledLexicon: Sendable {
    private struct PieceUse: Sendable {
        var pattern: Int32
        var piece: Int32
    }

    /// What the scan asks of a pattern, in plain values: reading it in the
    /// per-occurrence loop copies no arrays or strings.
    private struct PatternFacts: Sendable {
        var entry: Int32
        var pieceCount: Int32
        /// Where this pattern's partial matches live in the scan's chain arrays.
        var chainOffset: Int32
        /// Where its pieces start in `pieceFlags` and `pieceBytes`.
        var firstPiece: Int32
    }

    /// What the scan asks of an entry.
    private struct EntryFacts: Sendable {
        var options: LexiconEntry.Options
        var isEnglish: Bool
        var kindOrder: Int
    }

    private struct Candidate {
        var entry: Int
        var start: Int
        var end: Int
        /// The entry's kind order, carried so sorting reads no table.
        var kindOrder: Int
    }

    private static let digitsBefore: UInt8 = 1
    private static let digitsAfter: UInt8 = 2

    private let entries: [LexiconEntry]
    private let entryFacts: [EntryFacts]
    private let patterns: [PatternFacts]
    private let pieceFlags: [UInt8]
    private let pieceBytes: [[UInt8]]
    private let automaton: KeywordAutomaton
    /// Per key, the pattern pieces it stands for (`uses[useStart[key]..<useStart[key + 1]]`),
    /// later pieces first so one occurrence never serves as two consecutive pieces of a pattern.
    private let uses: [PieceUse]
    private let useStart: [Int32]
    private let chainCount: Int

    init(entries: [LexiconEntry]) {
        var keyIDs: [[UInt8]: Int] = [:]
        var keys: [[UInt8]] = []
        var usesByKey: [[PieceUse]] = []
        var patterns: [PatternFacts] = []
        var pieceFlags: [UInt8] = []
        var pieceBytes: [[UInt8]] = []
        var chainCount = 0
        for (entryIndex, entry) in entries.enumerated() {
            for pattern in entry.patterns {
                let bytes = pattern.pieces.map { Array($0.text.utf8) }
                let patternIndex = patterns.count
                patterns.append(PatternFacts(entry: Int32(entryIndex), pieceCount: Int32(pattern.pieces.count),
                                             chainOffset: Int32(chainCount), firstPiece: Int32(pieceFlags.count)))
                for piece in pattern.pieces {
                    pieceFlags.append((piece.digitsBefore ? Self.digitsBefore : 0) | (piece.digitsAfter ? Self.digitsAfter : 0))
                }
                pieceBytes += bytes
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
                        usesByKey.append([])
                    }
                    usesByKey[id].append(PieceUse(pattern: Int32(patternIndex), piece: Int32(pieceIndex)))
                }
            }
        }
        var uses: [PieceUse] = []
        var useStart: [Int32] = [0]
        for list in usesByKey {
            uses += list.sorted { ($0.piece, $1.pattern) > ($1.piece, $0.pattern) }
            useStart.append(Int32(uses.count))
        }
        self.entries = entries
        self.entryFacts = entries.map {
            EntryFacts(options: $0.options, isEnglish: $0.language == .english, kindOrder: $0.kind.order)
        }
        self.patterns = patterns
        self.pieceFlags = pieceFlags
        self.pieceBytes = pieceBytes
        self.automaton = KeywordAutomaton(keys: keys, fold: CompiledLexicon.fold)
        self.uses = uses
        self.useStart = useStart
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
        var scan = Scan(chainCount, bytes)
        automaton.occurrences(in: bytes) { key, end in scan.take(key, end, of: self) }
        return resolve(&scan.candidates, scan.text)
    }

    /// The cues of two texts, read side by side: each step of the automaton
    /// waits on the table read of the step before, and two texts give the
    /// processor two such chains to overlap. The same cues as one at a time.
    func cues(in first: UnsafeBufferPointer<UInt8>, and second: UnsafeBufferPointer<UInt8>) -> ([Cue], [Cue]) {
        var one = Scan(chainCount, first), two = Scan(chainCount, second)
        automaton.occurrences(in: first, { key, end in one.take(key, end, of: self) },
                              and: second, { key, end in two.take(key, end, of: self) })
        return (resolve(&one.candidates, one.text), resolve(&two.candidates, two.text))
    }

    /// One text's matching state as its key occurrences arrive in end order.
    private struct Scan {
        let text: CueText
        /// Each gap pattern piece's partial match as a start and an end side
        /// by side: one allocation per sentence, not two.
        var chains: [Int]
        var candidates: [Candidate] = []
        var lastStop = 0
        var stopScanned = 0

        init(_ chainCount: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
            text = CueText(bytes: bytes)
            chains = [Int](repeating: -1, count: 2 * chainCount)
        }

        /// An occurrence of `key` ending at `end`, from the automaton of `lexicon`.
        @inline(__always)
        mutating func take(_ key: Int, _ end: Int, of lexicon: CompiledLexicon) {
            let keyStart = end - lexicon.automaton.keyLengths[key]
            for u in Int(lexicon.useStart[key])..<Int(lexicon.useStart[key + 1]) {
                let use = lexicon.uses[u]
                let pattern = lexicon.patterns[Int(use.pattern)]
                let entry = lexicon.entryFacts[Int(pattern.entry)]
                let piece = Int(use.piece)
                guard let (start, stop) = lexicon.pieceMatch(Int(pattern.firstPiece) + piece, keyStart, end, entry, text)
                else { continue }
                let isLast = piece == Int(pattern.pieceCount) - 1
                let slot = Int(pattern.chainOffset) + piece
                var matchStart = start
                if piece > 0 {
                    // The last stop before this occurrence's end, found only when
                    // a later piece asks: the scan moves forward only, so it
                    // reads each byte once, and not at all in most sentences.
                    while stopScanned < end {
                        if let stopEnd = text.stopEnd(at: stopScanned) { lastStop = stopEnd }
                        stopScanned += 1
                    }
                    let prior = slot - 1
                    let priorStart = chains[2 * prior], priorEnd = chains[2 * prior + 1]
                    guard priorStart >= 0, priorEnd <= start,
                          start - priorEnd <= LexiconEntry.gapLimit,
                          priorStart >= lastStop else { continue }
                    matchStart = priorStart
                }
                if isLast {
                    if lexicon.wholeMatchHolds(entry.options, matchStart, stop, text) {
                        candidates.append(Candidate(entry: Int(pattern.entry), start: matchStart, end: stop,
                                                    kindOrder: entry.kindOrder))
                    }
                } else {
                    chains[2 * slot] = matchStart
                    chains[2 * slot + 1] = stop
                }
            }
        }
    }

    /// Checks one piece occurrence: digits it asks for, exact case, and for
    /// English whole words. Returns the span with any digits included.
    @inline(__always)
    private func pieceMatch(_ piece: Int, _ keyStart: Int, _ keyEnd: Int,
                            _ entry: EntryFacts, _ text: CueText) -> (Int, Int)? {
        let flags = pieceFlags[piece]
        var start = keyStart
        var end = keyEnd
        if flags & Self.digitsBefore != 0 {
            start = text.digitsStart(before: keyStart)
            guard start < keyStart else { return nil }
        }
        if flags & Self.digitsAfter != 0 {
            end = text.digitsEnd(after: keyEnd)
            guard end > keyEnd else { return nil }
        }
        if entry.options.contains(.caseSensitive), !text.equals(pieceBytes[piece], at: keyStart) {
            return nil
        }
        if entry.isEnglish, !text.isWordBoundary(before: start) || !text.isWordBoundary(after: end) {
            return nil
        }
        return (start, end)
    }

    private func wholeMatchHolds(_ options: LexiconEntry.Options, _ start: Int, _ end: Int, _ text: CueText) -> Bool {
        if options.contains(.sentenceStart), !text.isSentenceStart(start) { return false }
        if options.contains(.sentenceEnd), !text.isSentenceEnd(end) { return false }
        if options.contains(.notMonth), text.isMonthMay(start, end) { return false }
        return true
    }

    /// Keeps the longest of overlapping matches of each kind, then drops the
    /// exclusions that won. Sorts and thins the candidates where they lie:
    /// a sorted copy and a list of the kept ones cost two allocations a sentence.
    private func resolve(_ candidates: inout [Candidate], _ text: CueText) -> [Cue] {
        guard !candidates.isEmpty else { return [] }
        candidates.sort {
            ($0.kindOrder, $0.start, -$0.end, $0.entry) < ($1.kindOrder, $1.start, -$1.end, $1.entry)
        }
        // The winners are written over the front of the list, which the
        // loop has already read.
        var kept = 0
        var current = candidates[0]
        for index in 1..<candidates.count {
            let candidate = candidates[index]
            if current.kindOrder == candidate.kindOrder, candidate.start < current.end {
                if candidate.end - candidate.start > current.end - current.start { current = candidate }
                continue
            }
            candidates[kept] = current
            kept += 1
            current = candidate
        }
        candidates[kept] = current
        kept += 1
        var cues: [Cue] = []
        cues.reserveCapacity(kept)
        for candidate in candidates[..<kept] {
            let entry = entries[candidate.entry]
            guard !entry.options.contains(.exclude) else { continue }
            let isGraded = entry.kind == .hedge || entry.kind == .booster || entry.kind == .attribution
            cues.append(Cue(kind: entry.kind, relation: entry.relation, source: entry.source,
                            text: text.string(candidate.start, candidate.end),
                            start: candidate.start, end: candidate.end, entry: entry.id,
                            strength: isGraded ? entry.weight : 1))
        }
        return cues
    }
}
