import Foundation

/// Refuses an output that would overwrite an article the run reads.
public enum OutputSafety {
    /// The input that writing `output` would overwrite, if any.
    ///
    /// Files are compared by device and inode, so `./a.md`, `a.md`, a
    /// symbolic link to it and a hard link are all one file. An output that
    /// does not exist yet overwrites nothing, and nothing is asked of the
    /// inputs; an existing one costs a `stat` per input (resolving every
    /// input's real path cost a `readlink` per component of its path: six
    /// per article of the corpus, most of a warm `check`'s system calls).
    public static func overwrittenInput(by output: String, inputs: [Input]) -> Input? {
        var target = stat()
        guard stat(output, &target) == 0 else { return nil }
        return inputs.first { input in
            guard case .file(let path) = input.location else { return false }
            var info = stat()
            return stat(path, &info) == 0 && info.st_dev == target.st_dev && info.st_ino == target.st_ino
        }
    }
}
