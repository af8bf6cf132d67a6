/// The parts of a slash-separated path, read from its bytes.
///
/// Foundation's `NSString` path properties re-normalise the whole path on
/// every call (about 30,000 instructions for `lastPathComponent` on Linux),
/// and a report asks for them several times per article: for each file it
/// writes, each name in a folder it searches. These give the same answers
/// for the paths Ronten makes (tested against `NSString`), by one scan from
/// the end. A path that is only slashes reads as `/`.
public enum PathText {
    /// The last component, trailing slashes ignored: `a/b.md` → `b.md`.
    public static func lastComponent(_ path: String) -> String {
        var path = path
        return path.withUTF8 { bytes in
            guard let end = contentEnd(bytes) else { return bytes.isEmpty ? "" : "/" }
            let start = lastSlash(bytes, before: end).map { $0 + 1 } ?? 0
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    /// The path without its last component: `a/b.md` → `a`, `/a` → `/`,
    /// `a` → the empty string.
    public static func deletingLastComponent(_ path: String) -> String {
        var path = path
        return path.withUTF8 { bytes in
            guard let end = contentEnd(bytes) else { return bytes.isEmpty ? "" : "/" }
            guard let slash = lastSlash(bytes, before: end) else { return "" }
            // `a//b` → `a`: the slashes before the component go with it.
            var cut = slash
            while cut > 0, bytes[cut - 1] == UInt8(ascii: "/") { cut -= 1 }
            if cut == 0 { return "/" }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<cut]), as: UTF8.self)
        }
    }

    /// The extension of the last component, without its dot: `a/b.MD` →
    /// `MD`; empty for `a`, `a.` and a dot file such as `.md`.
    public static func pathExtension(_ path: String) -> String {
        var path = path
        return path.withUTF8 { bytes in
            guard let end = contentEnd(bytes) else { return "" }
            let start = lastSlash(bytes, before: end).map { $0 + 1 } ?? 0
            var index = end
            while index > start + 1 {
                index -= 1
                if bytes[index] == UInt8(ascii: ".") {
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end]), as: UTF8.self)
                }
            }
            return ""
        }
    }

    /// Whether the extension of `path`, compared without ASCII case, is one
    /// of `extensions` (given in lower case); makes no String unless it must.
    public static func hasExtension(_ path: String, in extensions: Set<String>) -> Bool {
        let found = pathExtension(path)
        if found.isEmpty { return false }
        if extensions.contains(found) { return true }
        let lowered = found.lowercased()
        return lowered != found && extensions.contains(lowered)
    }

    /// One past the last byte that is not a trailing slash; nil when there is none.
    private static func contentEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        return end == 0 ? nil : end
    }

    private static func lastSlash(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
        var index = end
        while index > 0 {
            index -= 1
            if bytes[index] == UInt8(ascii: "/") { return index }
        }
        return nil
    }
}
