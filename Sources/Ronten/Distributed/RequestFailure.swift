import RontenCore

/// The line `analyze --jsonl` writes for a request that failed:
/// `{"error": "…", "line": 3, "id": "…", "path": "…"}`, id and path when known.
public struct RequestFailure: Sendable, Hashable, Codable {
    public var error: String
    public var line: Int
    public var id: String?
    public var path: String?

    public init(error: String, line: Int, id: String? = nil, path: String? = nil) {
        self.error = error
        self.line = line
        self.id = id
        self.path = path
    }

    public func jsonLine() -> [UInt8] {
        // Strings and integers always encode.
        (try? JSONText.encode(self)) ?? Array("{\"error\":\"unencodable\",\"line\":\(line)}".utf8)
    }
}

/// The line written for a request whose path a configuration's `ignore`
/// glob matches: not a failure, but still one line for the line read.
public struct IgnoredRequest: Sendable, Hashable, Codable {
    public var ignored: String
    public var line: Int
    public var path: String

    public init(line: Int, path: String, configuration: String?) {
        ignored = "matched an ignore glob of " + (configuration ?? "the configuration")
        self.line = line
        self.path = path
    }
}
