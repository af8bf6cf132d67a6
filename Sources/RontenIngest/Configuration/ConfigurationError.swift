import Foundation

/// Why a configuration file cannot be used, as `<path>:<line>: <reason>`
/// (or `<path>: <reason>` when no line is to blame), the form editors and
/// CI logs turn into links.
public struct ConfigurationError: Error, LocalizedError, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// 1-based, as in the file.
    public var line: Int?
    public var reason: String

    public init(path: String, line: Int?, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var description: String { line.map { "\(path):\($0): \(reason)" } ?? "\(path): \(reason)" }
    public var errorDescription: String? { description }
}
