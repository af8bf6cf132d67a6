import Foundation

/// The build of the running program: the size and modification time of its
/// executable and of every file in the resource bundles beside it (the
/// lexicons). A version number alone would let a rebuilt development binary
/// trust results its predecessor computed with other rules.
enum ToolBuild {
    static let current: String = {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let path = FileManager.default.fileExists(atPath: executable) && executable != "/proc/self/exe"
            ? executable : (Bundle.main.executablePath ?? CommandLine.arguments[0])
        var lines = [stamp(path)]
        let folder = (path as NSString).deletingLastPathComponent
        let bundles = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".resources") || $0.hasSuffix(".bundle") }.sorted()
        for bundle in bundles {
            let root = folder + "/" + bundle
            let files = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).sorted()
            for file in files { lines.append(bundle + "/" + file + " " + stamp(root + "/" + file)) }
        }
        return lines.joined(separator: "\n")
    }()

    private static func stamp(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return path + " ?" }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        return "\(path) \(info.st_size) \(modified.tv_sec).\(modified.tv_nsec)"
    }
}
