import Foundation
import RontenCore
import RontenIngest

extension Configuration {
    /// `file` relative to the configuration's folder, `/`-separated, as its
    /// globs are written; nil for standard input, for the built-in default,
    /// and for a file outside the folder, which no glob of it can name.
    public func relativePath(of file: String) -> String? {
        guard file != "-", let folder else { return nil }
        let base = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL.path
        let target = URL(fileURLWithPath: file).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        guard target.hasPrefix(prefix) else { return nil }
        return String(target.dropFirst(prefix.count))
    }

    /// Whether `file` is matched by an `ignore` glob and so never read.
    public func ignores(_ file: String) -> Bool {
        guard !ignore.isEmpty, let relative = relativePath(of: file) else { return false }
        return ignore.contains { Glob($0).matches(relative) }
    }
}
