/// The trigger words by their packed keys (``TextBytes/wordKey(_:)``), as an
/// open-addressed table under a multiplicative hash: the scanner asks about
/// every English word, and almost all are not triggers, which a `Dictionary`
/// answered only after running SipHash over the key.
struct TriggerTable: Sendable {
    private let keys: [UInt64]
    private let values: [EnglishTriggers.Trigger?]
    private let shift: UInt64

    init(_ entries: [UInt64: EnglishTriggers.Trigger]) {
        var bits = 4
        // At most a quarter full, so a miss usually ends on the first empty slot.
        while (1 << bits) < entries.count * 4 { bits += 1 }
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        var values = [EnglishTriggers.Trigger?](repeating: nil, count: 1 << bits)
        let shift = UInt64(64 - bits)
        let mask = (1 << bits) - 1
        // Key 0 marks an empty slot; no word packs to 0 (letters pack to 1…26).
        for (key, value) in entries where key != 0 {
            var slot = Self.slot(key, shift)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        self.shift = shift
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    subscript(key: UInt64) -> EnglishTriggers.Trigger? {
        let mask = keys.count - 1
        var slot = Self.slot(key, shift)
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}
