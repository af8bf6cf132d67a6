/// A fixed set of ``WordKey``s for membership tests in the per-word loops of
/// the language identifier and the segmenter: open addressing under a
/// multiplicative hash of the packed key, so a lookup is a few instructions
/// where a `Set` ran SipHash over every word of every sentence.
struct WordKeySet: Sendable {
    private let slots: [WordKey]
    private let occupied: [Bool]
    private let shift: UInt64
    /// No key is longer: a longer word is rejected without hashing.
    private let longest: Int

    init(_ keys: some Sequence<WordKey>) {
        let unique = Array(Set(keys))
        var bits = 4
        // At most a quarter full, so probes stay short.
        while (1 << bits) < unique.count * 4 { bits += 1 }
        var slots = [WordKey](repeating: WordKey(), count: 1 << bits)
        var occupied = [Bool](repeating: false, count: 1 << bits)
        let shift = UInt64(64 - bits)
        let mask = (1 << bits) - 1
        for key in unique {
            var slot = Self.slot(key, shift)
            while occupied[slot] { slot = (slot + 1) & mask }
            slots[slot] = key
            occupied[slot] = true
        }
        self.slots = slots
        self.occupied = occupied
        self.shift = shift
        self.longest = unique.map(\.count).max() ?? 0
    }

    @inline(__always)
    private static func slot(_ key: WordKey, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key.mixed &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Whether the word `bytes[range]` (lowercased if asked) is in the set.
    @inline(__always)
    func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowercased: Bool) -> Bool {
        guard range.count <= longest, let key = WordKey(bytes, range, lowercased: lowercased) else { return false }
        return contains(key)
    }

    func contains(_ key: WordKey) -> Bool {
        let mask = slots.count - 1
        var slot = Self.slot(key, shift)
        while occupied[slot] {
            if slots[slot] == key { return true }
            slot = (slot + 1) & mask
        }
        return false
    }
}
