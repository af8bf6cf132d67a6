import Foundation

/// Why an input could not become a document. The message names the file and,
/// where there is one, the byte offset, on one line.
public struct IngestError: Error, LocalizedError, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case unreadable(String)
        case notAFile
        case binary(offset: Int, byte: UInt8)
        case invalidEncoding(offset: Int, encoding: String)
        case frontMatter(line: Int, message: String)
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reasonText)" }
    public var errorDescription: String? { description }

    public var reasonText: String {
        switch reason {
        case .unreadable(let why):
            return "cannot read file: \(why)"
        case .notAFile:
            return "not a regular file"
        case .binary(let offset, let byte):
            let hex = String(byte, radix: 16, uppercase: true)
            return "binary content: control byte 0x\(hex.count == 1 ? "0" + hex : hex) at byte \(offset); not a text file"
        case .invalidEncoding(let offset, let encoding):
            return "invalid \(encoding) at byte \(offset); not UTF-8, UTF-16 with BOM, Shift_JIS or EUC-JP text"
        case .frontMatter(let line, let message):
            return "front matter, line \(line): \(message)"
        }
    }
}

