import Foundation
import RontenCore

/// Where each article's report goes inside the output folder, and whether
/// the output folder may be written at all.
public enum ReportLayout {
    /// One article to report on: the path it was read from and the PATH
    /// argument it was found under (nil when it was given as a file).
    public struct Source: Sendable, Hashable {
        public var path: String
        public var root: String?

        public init(path: String, root: String?) {
            self.path = path
            self.root = root
        }
    }

    /// Report names without extension (`dir/article`), relative to the output
    /// folder: the path relative to its PATH, its extension dropped. Names
    /// that would collide keep their extension, then take `-2`, `-3`, …, in
    /// input order, so every run gives the same names. `index` is kept free
    /// for the run's own index.
    public static func names(_ sources: [Source]) -> [String] {
        let bare = sources.map { relative($0) }
        let stems = bare.map { dropExtension($0) }
        var stemCount: [String: Int] = [:]
        for stem in stems { stemCount[stem, default: 0] += 1 }
        var taken: Set<String> = ["index"]
        var names: [String] = []
        for (index, stem) in stems.enumerated() {
            var name = stemCount[stem]! > 1 || stem == "index" ? bare[index] : stem
            if taken.contains(name) {
                var counter = 2
                while taken.contains(name + "-" + String(counter)) { counter += 1 }
                name += "-" + String(counter)
            }
            taken.insert(name)
            names.append(name)
        }
        return names
    }

    static func relative(_ source: Source) -> String {
        if source.path == "-" { return "stdin" }
        // Paths are compared and cut as bytes, as the file system sees them
        // (String's own prefix test and split read graphemes: 30,000
        // instructions a path).
        var path = source.path
        if let root = source.root {
            let prefix = root.hasSuffix("/") ? root : root + "/"
            if path.utf8.starts(with: prefix.utf8) {
                path = String(decoding: path.utf8.dropFirst(prefix.utf8.count), as: UTF8.self)
            }
        } else {
            path = PathText.lastComponent(path)
        }
        // Nothing may climb out of the output folder or hide in a dot folder.
        var kept: [UInt8] = []
        kept.reserveCapacity(path.utf8.count)
        for part in path.utf8.split(separator: UInt8(ascii: "/"))
        where !part.elementsEqual(".".utf8) && !part.elementsEqual("..".utf8) {
            if !kept.isEmpty { kept.append(UInt8(ascii: "/")) }
            kept.append(contentsOf: part)
        }
        return kept.isEmpty ? "article" : String(decoding: kept, as: UTF8.self)
    }

    static func dropExtension(_ path: String) -> String {
        let name = PathText.lastComponent(path)
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return path }
        let suffix = name.utf8.distance(from: dot, to: name.utf8.endIndex)
        return String(decoding: path.utf8.dropLast(suffix), as: UTF8.self)
    }

    /// The relative address of the index from a report named `name`.
    public static func indexLink(from name: String) -> String {
        String(repeating: "../", count: name.utf8.split(separator: UInt8(ascii: "/")).count - 1) + "index.html"
    }

    public struct Refusal: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Refuses an output folder that is one of the input folders, and any
    /// output file that is one of the inputs: reports never overwrite articles.
    public static func check(outputFolder: String, inputFolders: [String], inputFiles: [String], outputFiles: [String]) throws(Refusal) {
        var folders = FolderCanonicals()
        let output = canonical(outputFolder)
        for folder in inputFolders where canonical(folder) == output {
            throw Refusal(description: "the output folder \(outputFolder) is the input folder \(folder); choose another with -o")
        }
        var inputs: [String: String] = [:]
        for file in inputFiles { inputs[folders.canonical(file)] = file }
        for file in outputFiles {
            if let input = inputs[folders.canonical(file)] {
                throw Refusal(description: "writing \(file) would overwrite the input \(input); choose another output folder with -o")
            }
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: outputFolder, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw Refusal(description: "the output \(outputFolder) is a file, not a folder")
        }
    }

    /// ``canonical(_:)`` for many files in few folders: each folder is
    /// resolved once, and a file that is not a symbolic link is canonical as
    /// its folder's canonical path plus its name. Resolving every file from
    /// the root cost a `realpath` and Foundation's path standardising per
    /// file, 2 % of a corpus report.
    public struct FolderCanonicals {
        private var folders: [Substring: String] = [:]

        public init() {}

        public mutating func canonical(_ path: String) -> String {
            // Found in the UTF-8 view: the String's own lastIndex(of:) breaks
            // graphemes backwards from the end, 25,000 instructions a path.
            guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ReportLayout.canonical(path) }
            let name = path[path.index(after: slash)...]
            var status = stat()
            guard !name.isEmpty, name != ".", name != "..",
                  lstat(path, &status) != 0 || status.st_mode & S_IFMT != S_IFLNK
            else { return ReportLayout.canonical(path) }
            let folder = path[..<slash]
            let resolved: String
            if let known = folders[folder] {
                resolved = known
            } else {
                resolved = ReportLayout.canonical(folder.isEmpty ? "/" : String(folder))
                folders[folder] = resolved
            }
            return resolved.hasSuffix("/") ? resolved + name : resolved + "/" + name
        }
    }

    /// The path with symbolic links resolved, for the part of it that exists.
    static func canonical(_ path: String) -> String {
        let absolute = (path as NSString).isAbsolutePath ? path : FileManager.default.currentDirectoryPath + "/" + path
        var existing = (absolute as NSString).standardizingPath
        var rest: [String] = []
        while !existing.isEmpty, existing != "/", !resolves(existing) {
            rest.insert(PathText.lastComponent(existing), at: 0)
            existing = PathText.deletingLastComponent(existing)
        }
        var resolved = existing
        if let pointer = realpath(existing, nil) {
            resolved = String(cString: pointer)
            free(pointer)
        }
        return ([resolved] + rest).joined(separator: "/").replacingOccurrences(of: "//", with: "/")
    }

    /// Whether realpath can resolve `path`; the buffer it returns is freed
    /// (testing it against nil alone leaked 4 KB a call).
    private static func resolves(_ path: String) -> Bool {
        guard let pointer = realpath(path, nil) else { return false }
        free(pointer)
        return true
    }
}
