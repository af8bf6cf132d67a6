/// One of `count` disjoint parts of a set of inputs, chosen by a hash of each
/// input's path, so `count` machines given the same arguments split a tree
/// between them with no coordination: every input lands in exactly one shard.
///
/// Shards are numbered from 0 (`0/4` … `3/4`), as Kubernetes indexed jobs
/// (`JOB_COMPLETION_INDEX`) and Spark partitions number theirs.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    public init?(index: Int, count: Int) {
        guard count >= 1, index >= 0, index < count else { return nil }
        self.index = index
        self.count = count
    }

    public struct ParseError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Reads `i/n`: two decimal integers, `0 <= i < n`.
    public init(parsing text: String) throws(ParseError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Self.decimal(parts[0]), let count = Self.decimal(parts[1]) else {
            throw ParseError(description: "--shard takes i/n, such as 0/4, not '\(text)'")
        }
        guard count >= 1 else { throw ParseError(description: "--shard \(text): n must be at least 1") }
        guard index < count else {
            throw ParseError(description: "--shard \(text): i counts from 0, so it must be less than n (0/\(count) … \(count - 1)/\(count))")
        }
        self.index = index
        self.count = count
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether the input at `path` (relative to the folder it was found in)
    /// belongs to this shard.
    public func contains(path: String) -> Bool {
        Int(Self.hash(path) % UInt64(count)) == index
    }

    /// 64-bit FNV-1a of the path's UTF-8 bytes: fixed by its specification,
    /// unlike Swift's `Hasher`, which is seeded per process.
    public static func hash(_ path: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    private static func decimal(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 9, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(text)
    }
}
