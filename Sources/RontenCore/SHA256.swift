import CCrypto

/// SHA-256 (FIPS 180-4) of documents and cache keys, computed by OpenSSL's
/// libcrypto.
///
/// A warm `ronten check` hashes every article and every cache entry (about
/// 35 MB for the corpus): portable code took a third of that run (80 ms of
/// CPU), where libcrypto uses the processor's SHA instructions when it has
/// them. The hasher stays a value: OpenSSL's `SHA256_CTX` is a plain struct.
public struct SHA256: Sendable {
    private var context = SHA256_CTX()

    public init() {
        SHA256_Init(&context)
    }

    public static func hex<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalizeHex()
    }

    public mutating func update<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        let done: Bool? = bytes.withContiguousStorageIfAvailable { input -> Bool in
            update(UnsafeRawBufferPointer(input))
            return true
        }
        if done == nil { Array(bytes).withUnsafeBytes { update($0) } }
    }

    public mutating func update(_ input: UnsafeRawBufferPointer) {
        guard let base = input.baseAddress, input.count > 0 else { return }
        SHA256_Update(&context, base, input.count)
    }

    /// The digest as 64 lowercase hexadecimal digits. The hasher is spent.
    public mutating func finalizeHex() -> String {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        digest.withUnsafeMutableBufferPointer { _ = SHA256_Final($0.baseAddress, &context) }
        let digits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: 64) { out in
            for (i, byte) in digest.enumerated() {
                out[2 * i] = digits.utf8Start[Int(byte >> 4)]
                out[2 * i + 1] = digits.utf8Start[Int(byte & 0x0F)]
            }
            return 64
        }
    }
}
