import Foundation
#if canImport(Glibc)
import Glibc
#endif
import RontenIngest

/// One article to read: a file, or standard input.
public struct Input: Sendable, Hashable {
    public enum Location: Sendable, Hashable {
        /// A path as found or given, relative to the working directory or
        /// absolute. A String, not a URL: making a URL of every path found
        /// and asking it for its path again took 6 % of a warm `check`'s samples.
        case file(path: String)
        case standardInput
    }

    public var location: Location
    /// The path as the user should see it in messages and reports.
    public var displayPath: String

    public init(location: Location, displayPath: String) {
        self.location = location
        self.displayPath = displayPath
    }

    public func read() throws(IngestError) -> [UInt8] {
        switch location {
        case .standardInput:
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        case .file(let path):
            return try Self.read(path: path, displayPath: displayPath)
        }
    }

    /// The file's bytes, read straight into the array. The kind of file is
    /// asked of the open descriptor, so a file swapped between the check
    /// and the read cannot slip by; opening does not wait on a named pipe
    /// (O_NONBLOCK), which is then refused as not a regular file, as are
    /// folders, sockets and devices.
    static func read(path: String, displayPath: String) throws(IngestError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw IngestError(path: displayPath, reason: .unreadable(errno == ENOENT ? "no such file" : String(cString: strerror(errno))))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw IngestError(path: displayPath, reason: .unreadable(String(cString: strerror(errno))))
        }
        guard status.st_mode & S_IFMT == S_IFREG else { throw IngestError(path: displayPath, reason: .notAFile) }
        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0))
        var count = 0
        while true {
            // A file that grew since fstat is read to its end.
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096))) }
            let result = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw IngestError(path: displayPath, reason: .unreadable(String(cString: strerror(errno))))
            }
            if result == 0 { break }
            count += result
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}
