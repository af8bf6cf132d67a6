import RontenCore

/// One cache file: a header line naming the format, the key, and the
/// payload's length and SHA-256, then the payload (compact JSON).
///
///     ronten-cache/1 <key> <length> <sha256>\n{…}
enum CacheEntry {
    static func bytes(key: String, payload: [UInt8]) -> [UInt8] {
        Array("\(AnalysisCache.format) \(key) \(payload.count) \(SHA256.hex(payload))\n".utf8) + payload
    }

    /// The payload of an entry read back, or nil when the entry is not whole
    /// and exactly the one stored under `key`.
    static func payload(of entry: [UInt8], key: String) -> ArraySlice<UInt8>? {
        guard let newline = entry.prefix(512).firstIndex(of: 0x0A) else { return nil }
        let header = String(decoding: entry[..<newline], as: UTF8.self).split(separator: " ")
        guard header.count == 4, header[0] == AnalysisCache.format, header[1] == key,
              let length = Int(header[2]) else { return nil }
        let payload = entry[(newline + 1)...]
        guard payload.count == length, SHA256.hex(payload) == header[3] else { return nil }
        return payload
    }
}
