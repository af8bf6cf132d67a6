import Foundation
import RontenCore
import RontenIngest

/// Paths as given on the command line → the articles to read, in a stable
/// order. Folders are searched recursively for article files; hidden
/// folders are skipped and a symbolic link that leads back into a folder
/// already searched is not followed again.
///
/// What a folder search finds is narrowed by `include` and `exclude` globs,
/// matched against the path relative to the folder given, and by the
/// `.gitignore` files of the folder's repository (those above the folder,
/// up to the repository root, and every one inside it). A file named
/// explicitly is always read, as git and ripgrep read an explicit path: to
/// skip it, do not name it.
public struct InputCollector: Sendable {
    public var extensions: Set<String>
    /// When not empty, a file found in a folder is read only if one matches.
    public var include: [Glob]
    /// A file found in a folder is not read if one matches.
    public var exclude: [Glob]
    public var respectsGitignore: Bool

    public init(extensions: Set<String> = Ingestor.articleExtensions, include: [Glob] = [], exclude: [Glob] = [],
                respectsGitignore: Bool = true) {
        self.extensions = extensions
        self.include = include
        self.exclude = exclude
        self.respectsGitignore = respectsGitignore
    }

    public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    public func collect(_ paths: [String]) -> (inputs: [Input], problems: [Problem]) {
        var inputs: [Input] = []
        var problems: [Problem] = []
        var seen = Set<String>()
        for path in paths {
            if path == "-" {
                inputs.append(Input(location: .standardInput, displayPath: "-"))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(Problem(path: path, reason: "no such file or folder"))
                continue
            }
            if !isDirectory.boolValue {
                if seen.insert(canonical(path)).inserted {
                    inputs.append(Input(location: .file(path: path), displayPath: path))
                }
                continue
            }
            var search = Search()
            let top = respectsGitignore ? GitignoreRules.enclosing(path) : (rules: GitignoreRules(), components: [])
            self.search(folder: path, canonicalFolder: canonical(path), relative: "", components: top.components,
                        rules: top.rules, into: &search)
            // A folder reached twice (by a link) names its broken links once.
            for broken in search.problems where seen.insert(broken.canonical).inserted { problems.append(broken.problem) }
            if search.found.isEmpty, search.problems.isEmpty {
                let kinds = extensions.sorted().map { "." + $0 }.joined(separator: ", ")
                problems.append(Problem(path: path, reason: search.filtered
                    ? "folder holds no articles (\(kinds)) that --include, --exclude and .gitignore leave"
                    : "folder holds no articles (\(kinds))"))
            }
            for file in search.found where seen.insert(file.canonical).inserted {
                inputs.append(Input(location: .file(path: file.path), displayPath: file.path))
            }
        }
        return (inputs, problems)
    }

    private struct Search {
        /// Each file as found and as `realpath` would give it.
        var found: [(path: String, canonical: String)] = []
        var visited = Set<String>()
        /// Whether a filter set aside a file or folder, to say so when nothing is left.
        var filtered = false
        /// Article names that cannot be read (a link to nothing), with where the link itself is.
        var problems: [(problem: Problem, canonical: String)] = []
    }

    /// - Parameters:
    ///   - canonicalFolder: `folder` as `realpath` gives it. A name in it
    ///     that is not a symbolic link is canonical as the folder's path and
    ///     the name, which spares a `realpath` (a `readlink` per path
    ///     component) for every file: a tenth of a warm `check`.
    ///   - relative: `folder` relative to the folder given, `/`-separated
    ///     and empty at the top, as `include` and `exclude` are matched.
    ///   - components: `folder` relative to the top of the `.gitignore` rules.
    private func search(folder: String, canonicalFolder: String, relative: String, components: [String],
                        rules: GitignoreRules, into search: inout Search) {
        guard search.visited.insert(canonicalFolder).inserted else { return }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let rules = respectsGitignore ? rules.adding(folder: folder, at: components) : rules
        let canonicalPrefix = canonicalFolder.hasSuffix("/") ? canonicalFolder : canonicalFolder + "/"
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            // What the name is, following a link as `fileExists` would. A
            // link to nothing named as an article is reported: it was meant
            // to be read, and skipping it silently would lose it.
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let isLink = info.st_mode & S_IFMT == S_IFLNK
            if isLink, stat(path, &info) != 0 {
                let reason = String(cString: strerror(errno))
                if PathText.hasExtension(name, in: extensions),
                   !(respectsGitignore && rules.isIgnored(components + [name], isDirectory: false)),
                   admits(relativePath) {
                    search.problems.append((Problem(path: path, reason: "a symbolic link that leads nowhere: \(reason)"),
                                            canonicalPrefix + name))
                }
                continue
            }
            let isDirectory = info.st_mode & S_IFMT == S_IFDIR
            let isArticle = !isDirectory && PathText.hasExtension(name, in: extensions)
            guard isDirectory || isArticle else { continue }
            if respectsGitignore && rules.isIgnored(components + [name], isDirectory: isDirectory) {
                search.filtered = true
                continue
            }
            let canonicalPath = isLink ? canonical(path) : canonicalPrefix + name
            if isDirectory {
                // A folder an exclude glob matches holds nothing to read.
                if exclude.contains(where: { $0.matches(relativePath) }) {
                    search.filtered = true
                    continue
                }
                self.search(folder: path, canonicalFolder: canonicalPath, relative: relativePath,
                            components: components + [name], rules: rules, into: &search)
            } else if admits(relativePath) {
                search.found.append((path, canonicalPath))
            } else {
                search.filtered = true
            }
        }
    }

    private func admits(_ relativePath: String) -> Bool {
        if !include.isEmpty && !include.contains(where: { $0.matches(relativePath) }) { return false }
        return !exclude.contains(where: { $0.matches(relativePath) })
    }

    private func canonical(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
