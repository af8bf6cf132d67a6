/// A lexicon line that could not be read, with the file and 1-based line so
/// the person editing the lexicon can go straight to it.
public struct LexiconError: Error, Hashable, CustomStringConvertible {
    public var file: String
    /// 0 when the problem is the file itself (an unknown file name).
    public var line: Int
    public var reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String {
        line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)"
    }
}
