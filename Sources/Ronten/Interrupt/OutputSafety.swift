import Foundation

/// Refuses an output that would overwrite an article the run reads.
public enum OutputSafety {
    /// The input that writing `output` would overwrite, if any; paths are
    /// compared after symbolic links are resolved, so `./a.md`, `a.md` and
    /// a link to it are one file.
    public static func overwrittenInput(by output: String, inputs: [Input]) -> Input? {
        let target = canonical(output)
        return inputs.first { input in
            guard case .file(let url) = input.location else { return false }
            return canonical(url.path) == target
        }
    }

    /// The real path of `path`, or of its folder joined with its name when
    /// the file does not exist yet.
    static func canonical(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let folder = url.deletingLastPathComponent().path
        guard let resolved = realpath(folder, nil) else { return url.path }
        defer { free(resolved) }
        return String(cString: resolved) + "/" + url.lastPathComponent
    }
}
