import Foundation
import RontenCore

/// Writes a file so that readers see either the old file or the whole new
/// one, never a part: the bytes go to a temporary file in the same folder,
/// which is then renamed over the target (rename is atomic within a file system).
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var reason: String
        public var description: String { "\(path): cannot write: \(reason)" }
    }

    /// This process's id, asked once.
    private static let process = getpid()
    /// Numbers the temporary files of this process: with the process id,
    /// a name no other writer is using. (A random number for each asked the
    /// kernel for it, and getpid too: two system calls a file.)
    private static let sequence = Sequence()

    private final class Sequence: @unchecked Sendable {
        private let lock = NSLock()
        private var last = 0

        /// The next number; `lock` guards `last`.
        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            last += 1
            return last
        }
    }

    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let folder = PathText.deletingLastComponent(path)
        let name = PathText.lastComponent(path)
        let prefix = (folder.isEmpty ? "" : folder + "/") + "." + name + "." + String(process) + "-"
        func open() -> (descriptor: Int32, temporary: String) {
            // A name left by an earlier process with the same id is skipped.
            for _ in 0..<1000 {
                let temporary = prefix + String(sequence.next()) + ".tmp"
                let descriptor = Foundation.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
                if descriptor >= 0 || errno != EEXIST { return (descriptor, temporary) }
            }
            return (-1, prefix + ".tmp")
        }
        // The folder is made only when the file cannot be opened for want of
        // it: a report writes thousands of files into a few folders.
        var (descriptor, temporary) = open()
        if descriptor < 0, errno == ENOENT, !folder.isEmpty {
            do {
                try createFolder(folder)
            } catch {
                throw WriteError(path: path, reason: "cannot create \(folder)")
            }
            (descriptor, temporary) = open()
        }
        guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        var written = 0
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                written += result
            }
        }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, reason: failure)
        }
    }

    /// Makes `path` and any folder missing above it, as `mkdir -p` does, and
    /// checks that files can be made in it. The error's reason is the
    /// system's (`Not a directory`, `Permission denied`, …).
    public static func createFolder(_ path: String) throws(WriteError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            prefix += part
            if mkdir(prefix, 0o755) != 0, errno != EEXIST {
                throw WriteError(path: path, reason: String(cString: strerror(errno)))
            }
            prefix += "/"
        }
        var status = stat()
        guard stat(path, &status) == 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw WriteError(path: path, reason: String(cString: strerror(ENOTDIR))) }
        guard access(path, W_OK | X_OK) == 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
    }
}
