import Foundation
import RontenCore

/// Finds the configuration that applies to each input: the nearest
/// `.ronten.yml` (or `.ronten.yaml`) from the file's own folder upward, or
/// the one file given with `--config`.
///
/// The search stops at the first folder holding a configuration file, and
/// after the first folder holding `.git` (a repository's root, or a
/// worktree's), so a file in a home folder or an enclosing checkout never
/// reaches into a repository. Nothing found means the built-in default.
///
/// Thousands of inputs share a few folders, so each folder is looked at
/// once and each file read once. A value type used from one thread: resolve
/// every input's configuration before handing work to a batch.
public struct ConfigurationDiscovery: Sendable {
    public let loader: ConfigurationLoader
    /// `--config FILE`, read once, used for every input.
    public let explicit: Configuration?
    /// Absolute folder → the configuration found from it upward.
    private var folders: [String: Configuration] = [:]

    /// - Parameter explicitPath: `--config FILE`; replaces discovery.
    public init(loader: ConfigurationLoader, explicitPath: String? = nil) throws(ConfigurationError) {
        self.loader = loader
        self.explicit = try explicitPath.map { (path) throws(ConfigurationError) in try loader.load(contentsOf: path) }
    }

    /// The configuration for the input file at `path` (relative to the
    /// working directory, or absolute). Standard input (`-`) uses the
    /// working directory.
    public mutating func configuration(forFile path: String) throws(ConfigurationError) -> Configuration {
        if let explicit { return explicit }
        if path == "-" { return try configuration(forFolder: FileManager.default.currentDirectoryPath) }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL
        return try configuration(forFolder: absolute.deletingLastPathComponent().path)
    }

    /// The configuration that applies in `folder`.
    public mutating func configuration(forFolder folder: String) throws(ConfigurationError) -> Configuration {
        if let explicit { return explicit }
        var current = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL.path
        var visited: [String] = []
        var found = Configuration()
        while true {
            if let known = folders[current] {
                found = known
                break
            }
            visited.append(current)
            if let file = try Self.configurationFile(in: current) {
                found = try loader.load(contentsOf: file)
                break
            }
            let parent = PathText.deletingLastComponent(current)
            if Self.isRepositoryRoot(current) || parent == current || parent.isEmpty { break }
            current = parent
        }
        for folder in visited { folders[folder] = found }
        return found
    }

    /// The configuration file in `folder`, if there is one; two is an error,
    /// since either could be the one the user edits.
    static func configurationFile(in folder: String) throws(ConfigurationError) -> String? {
        let present = ConfigurationLoader.fileNames.map { join(folder, $0) }.filter { isFile($0) }
        if present.count > 1 {
            throw ConfigurationError(path: present[1], line: nil,
                                     reason: "\(ConfigurationLoader.fileNames[0]) is in the same folder; keep one of the two")
        }
        return present.first
    }

    static func isRepositoryRoot(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: join(folder, ".git"))
    }

    private static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
