import Foundation
import RontenIngest

/// Paths as given on the command line → the articles to read, in a stable
/// order. Folders are searched recursively for article files; hidden
/// folders are skipped and a symbolic link that leads back into a folder
/// already searched is not followed again.
public struct InputCollector: Sendable {
    public var extensions: Set<String>

    public init(extensions: Set<String> = Ingestor.articleExtensions) {
        self.extensions = extensions
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
                    inputs.append(Input(location: .file(URL(fileURLWithPath: path)), displayPath: path))
                }
                continue
            }
            var visited = Set<String>()
            let found = search(folder: path, visited: &visited)
            if found.isEmpty {
                problems.append(Problem(path: path, reason: "folder holds no articles (\(extensions.sorted().map { "." + $0 }.joined(separator: ", ")))"))
            }
            for file in found where seen.insert(canonical(file)).inserted {
                inputs.append(Input(location: .file(URL(fileURLWithPath: file)), displayPath: file))
            }
        }
        return (inputs, problems)
    }

    private func search(folder: String, visited: inout Set<String>) -> [String] {
        guard visited.insert(canonical(folder)).inserted else { return [] }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var files: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                files += search(folder: path, visited: &visited)
            } else if extensions.contains((name as NSString).pathExtension.lowercased()) {
                files.append(path)
            }
        }
        return files
    }

    private func canonical(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
