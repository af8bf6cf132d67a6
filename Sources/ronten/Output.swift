import Foundation
import RontenCore

/// Buffered standard output; pipes get whole lines.
final class OutputStream {
    // Only the command's own thread writes results; workers hand theirs back.
    nonisolated(unsafe) static let standardOutput = OutputStream(FileHandle.standardOutput)

    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init(_ handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(1 << 16)
    }

    deinit { flush() }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

enum Diagnostics {
    /// One line on standard error: `ronten: <what went wrong>`.
    static func error(_ message: String) {
        OutputStream.standardOutput.flush()
        FileHandle.standardError.write(Data("ronten: \(message)\n".utf8))
    }
}

enum JSONOutput {
    static func encode<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        try JSONText.string(value, pretty: pretty)
    }
}
