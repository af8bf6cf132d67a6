import RontenCore

/// Finds the same article pasted twice into one file.
///
/// Two shapes occur in real input. A *flattened copy*: the whole article
/// once more on one line (headings run into the text), next to a copy with
/// line breaks; the flattened one is dropped because the other keeps the
/// structure. A *repeated passage*: a run of blocks that occurs again later;
/// the later run is dropped. Both leave a note, so nothing vanishes silently.
struct DuplicateFilter {
    struct Unit {
        var bytes: ArraySlice<UInt8>
        var span: Range<Int>
    }

    /// Above this many bytes the file is not searched for copies: a pasted
    /// article is far smaller, and the search must not cost more than it saves.
    static let sizeLimit = 8 << 20
    private static let shingle = 32

    let text: SourceText

    func duplicates(in units: [Unit]) -> (dropped: Set<Int>, notes: [Note]) {
        let normalized = units.map { Self.normalize($0.bytes) }
        guard normalized.reduce(0, { $0 + $1.count }) <= Self.sizeLimit else { return ([], []) }
        var dropped = Set<Int>()
        var notes: [Note] = []

        if let flattened = flattenedCopy(normalized) {
            dropped.insert(flattened)
            let range = text.range(units[flattened].span)
            notes.append(Note(
                code: "duplicate-dropped",
                message: "dropped a flattened duplicate copy of the article (line \(range.start.line), \(units[flattened].span.count) bytes); the copy with line breaks was kept",
                range: range))
        }

        // Repeated passages: runs of blocks whose text occurred earlier.
        // Keyed by a 64-bit hash of the text rather than the text itself
        // (hashing [UInt8] feeds a Hasher byte by byte); units sharing a hash
        // are told apart by their bytes, so a collision changes nothing.
        var seen: [UInt64: [Int]] = [:]
        var repeats: [Int?] = Array(repeating: nil, count: units.count)
        for (index, key) in normalized.enumerated() where !dropped.contains(index) && key.count >= 24 {
            let hash = Self.fingerprint(key)
            if let first = seen[hash]?.first(where: { normalized[$0] == key }) {
                repeats[index] = first
            } else {
                seen[hash, default: []].append(index)
            }
        }
        var index = 0
        while index < units.count {
            guard let first = repeats[index] else { index += 1; continue }
            var end = index
            var bytes = 0
            while end < units.count, repeats[end] != nil || dropped.contains(end) {
                if repeats[end] != nil { bytes += normalized[end].count }
                end += 1
            }
            let run = (index..<end).filter { repeats[$0] != nil }
            if run.count >= 2 || bytes >= 200 {
                dropped.formUnion(run)
                let copy = text.range(units[run.first!].span.lowerBound..<units[run.last!].span.upperBound)
                let original = text.position(at: units[first].span.lowerBound)
                notes.append(Note(
                    code: "duplicate-dropped",
                    message: "dropped a repeated passage (lines \(copy.start.line)–\(copy.end.line)) that repeats the text from line \(original.line)",
                    range: copy))
            }
            index = end
        }
        return (dropped, notes)
    }

    /// The unit that holds the text of the others all over again, if any.
    private func flattenedCopy(_ normalized: [[UInt8]]) -> Int? {
        guard normalized.count >= 3 else { return nil }
        var longest = 0
        for i in normalized.indices where normalized[i].count > normalized[longest].count { longest = i }
        let candidate = normalized[longest]
        let runnerUp = normalized.indices.filter { $0 != longest }.map { normalized[$0].count }.max() ?? 0
        guard candidate.count >= 200, candidate.count * 2 >= runnerUp * 3 else { return nil }

        var rest: [UInt8] = []
        for i in normalized.indices where i != longest { rest.append(contentsOf: normalized[i]) }
        guard rest.count * 10 >= candidate.count * 7 else { return nil }
        let own = Self.sampledShingles(candidate)
        guard !own.isEmpty else { return nil }
        let restShingles = ShingleSet(Self.sampledShingles(rest))
        let covered = own.reduce(0) { $0 + (restShingles.contains($1) ? 1 : 0) }
        return covered * 10 >= own.count * 8 ? longest : nil
    }

    /// A set of shingle hashes, probed by their own bits: they are hashes
    /// already, and a `Set` hashed each again with SipHash.
    private struct ShingleSet {
        private var slots: [UInt64]
        private var used: [Bool]
        private let mask: Int

        init(_ hashes: [UInt64]) {
            var size = 16
            while size < hashes.count * 2 { size <<= 1 }
            slots = [UInt64](repeating: 0, count: size)
            used = [Bool](repeating: false, count: size)
            mask = size - 1
            for hash in hashes {
                var slot = Self.slot(hash, mask)
                while used[slot], slots[slot] != hash { slot = (slot + 1) & mask }
                slots[slot] = hash
                used[slot] = true
            }
        }

        func contains(_ hash: UInt64) -> Bool {
            var slot = Self.slot(hash, mask)
            while used[slot] {
                if slots[slot] == hash { return true }
                slot = (slot + 1) & mask
            }
            return false
        }

        /// The high bits of the hash mixed down: a rolling hash's low bits
        /// depend on the low bits of the bytes alone.
        @inline(__always)
        private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
            Int(truncatingIfNeeded: ((hash ^ (hash >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        }
    }

    /// Hashes of every 32-byte window, keeping one in four by hash value so
    /// that the same window is kept or skipped in both texts.
    private static func sampledShingles(_ bytes: [UInt8]) -> [UInt64] {
        guard bytes.count >= shingle else { return [] }
        let base: UInt64 = 1_099_511_628_211
        var power: UInt64 = 1
        for _ in 1..<shingle { power &*= base }
        var hash: UInt64 = 0
        for i in 0..<shingle { hash = hash &* base &+ UInt64(bytes[i]) }
        var out: [UInt64] = []
        out.reserveCapacity(bytes.count / 3)
        var i = shingle
        while true {
            let mixed = hash ^ (hash >> 29)
            if mixed & 3 == 0 { out.append(hash) }
            guard i < bytes.count else { break }
            hash = (hash &- UInt64(bytes[i - shingle]) &* power) &* base &+ UInt64(bytes[i])
            i += 1
        }
        return out
    }

    /// FNV-1a over the bytes, eight at a time.
    private static func fingerprint(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            var i = 0
            let n = raw.count
            while i + 8 <= n {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x0000_0100_0000_01B3
                i += 8
            }
            while i < n {
                hash = (hash ^ UInt64(raw[i])) &* 0x0000_0100_0000_01B3
                i += 1
            }
            return hash ^ UInt64(n)
        }
    }

    /// Text with whitespace and heading marks removed, so a copy with line
    /// breaks and a copy without compare equal.
    static func normalize(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        bytes.withUnsafeBufferPointer { bytes in
            [UInt8](unsafeUninitializedCapacity: bytes.count) { out, written in
                guard let target = out.baseAddress else { written = 0; return }
                // Every byte is stored and the count moves past the kept
                // ones only: no branch per byte but U+3000's lead (E3 80 80).
                var count = 0
                var i = 0
                let n = bytes.count
                while i < n {
                    let b = bytes[i]
                    if b == 0xE3, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { i += 3; continue }
                    target[count] = b
                    count += Self.kept(b)
                    i += 1
                }
                written = count
            }
        }
    }

    @inline(__always)
    private static func kept(_ b: UInt8) -> Int {
        // Space, tab, LF, CR and # are dropped: a bit each in a 64-bit mask of the bytes below 0x40.
        let dropped: UInt64 = 1 << 0x20 | 1 << 0x09 | 1 << 0x0A | 1 << 0x0D | 1 << 0x23
        return b >= 0x40 ? 1 : Int(truncatingIfNeeded: ~(dropped >> UInt64(b)) & 1)
    }
}
