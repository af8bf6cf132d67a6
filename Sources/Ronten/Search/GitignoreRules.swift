import Foundation
import RontenCore

/// The `.gitignore` files that apply in one folder of a search, outermost
/// first, so that the last pattern to match a path decides, and a deeper
/// file's patterns override a shallower one's, as in git.
///
/// Paths are component lists relative to the search's top: the repository
/// root holding `.git` when the searched folder lies in one, else the
/// searched folder itself.
struct GitignoreRules: Sendable {
    private struct File: Sendable {
        var base: [String]
        var patterns: [GitignorePattern]
    }

    private var files: [File] = []

    init() {}

    /// These rules with the patterns of `text`, a `.gitignore` in the folder
    /// at `base`.
    func adding(_ text: String, at base: [String]) -> GitignoreRules {
        let patterns = text.split(separator: "\n", omittingEmptySubsequences: true).compactMap(GitignorePattern.init(line:))
        guard !patterns.isEmpty else { return self }
        var rules = self
        rules.files.append(File(base: base, patterns: patterns))
        return rules
    }

    /// These rules with the `.gitignore` in `folder`, if it has one.
    func adding(folder: String, at base: [String]) -> GitignoreRules {
        guard let data = FileManager.default.contents(atPath: folder + "/.gitignore") else { return self }
        return adding(String(decoding: data, as: UTF8.self), at: base)
    }

    func isIgnored(_ components: [String], isDirectory: Bool) -> Bool {
        for file in files.reversed() where components.count > file.base.count && components.starts(with: file.base) {
            let relative = components[file.base.count...]
            for pattern in file.patterns.reversed() where pattern.matches(relative, isDirectory: isDirectory) {
                return !pattern.negated
            }
        }
        return false
    }

    /// The rules in force at the top of a search of `folder`: those of the
    /// repository it lies in (`.git/info/exclude` and every `.gitignore` from
    /// the repository root down to, not including, `folder`), and the
    /// components of `folder` below the root. Outside a repository, none.
    static func enclosing(_ folder: String) -> (rules: GitignoreRules, components: [String]) {
        let absolute = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL.path
        var ancestors: [String] = []
        var path = absolute
        while true {
            if FileManager.default.fileExists(atPath: path + "/.git") { break }
            guard path != "/", !path.isEmpty else { return (GitignoreRules(), []) }
            ancestors.append(PathText.lastComponent(path))
            path = PathText.deletingLastComponent(path)
        }
        let root = path
        let below = Array(ancestors.reversed())
        var rules = GitignoreRules()
        if let exclude = FileManager.default.contents(atPath: root + "/.git/info/exclude") {
            rules = rules.adding(String(decoding: exclude, as: UTF8.self), at: [])
        }
        var current = root
        for depth in 0..<below.count {
            rules = rules.adding(folder: current, at: Array(below[..<depth]))
            current = (current == "/" ? "" : current) + "/" + below[depth]
        }
        return (rules, below)
    }
}
