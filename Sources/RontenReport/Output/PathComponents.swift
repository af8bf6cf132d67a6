/// A file path split at its last slash by one scan of its bytes. NSString's
/// `lastPathComponent` and `deletingLastPathComponent` cost some 60,000
/// instructions a call on Linux (they rebuild the path Character by
/// Character to tidy its slashes first), 58 M of a 197-page report.
///
/// For paths that name a file: a trailing slash is not stripped, and
/// doubled slashes before the name stay (`a//b/c` is in `a//b`, a folder
/// the system reads as `a/b`).
enum PathComponents {
    /// What follows the last slash; the whole path when there is none.
    static func name(_ path: String) -> Substring {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path[...] }
        return path[path.utf8.index(after: slash)...]
    }

    /// What precedes the last slash and any slashes before it: "" when there
    /// is no slash, "/" for a file at the root.
    static func folder(_ path: String) -> Substring {
        let utf8 = path.utf8
        guard var end = utf8.lastIndex(of: UInt8(ascii: "/")) else { return path[path.endIndex...] }
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "/") { end = utf8.index(before: end) }
        return end == utf8.startIndex ? path[...utf8.startIndex] : path[..<end]
    }
}
