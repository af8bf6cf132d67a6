import Foundation
import RontenIngest

/// One article to read: a file, or standard input.
public struct Input: Sendable, Hashable {
    public enum Location: Sendable, Hashable {
        case file(URL)
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
        case .file(let url):
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw IngestError(path: displayPath, reason: .unreadable("no such file"))
            }
            if isDirectory.boolValue { throw IngestError(path: displayPath, reason: .notAFile) }
            do {
                return Array(try Data(contentsOf: url))
            } catch {
                throw IngestError(path: displayPath, reason: .unreadable(Self.reason(error, path: url.path)))
            }
        }
    }

    private static func reason(_ error: Error, path: String) -> String {
        // Foundation's messages on Linux are vague; errno says what happened.
        if access(path, R_OK) != 0 { return String(cString: strerror(errno)) }
        return (error as NSError).localizedDescription
    }
}
