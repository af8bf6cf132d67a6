/// A point in an original input file.
///
/// `offset` counts bytes of the *original* file, before any
/// decoding, so a Shift_JIS file's offsets point into its Shift_JIS bytes.
/// `line` and `column` are 1-based; columns count UTF-16 code units of the
/// decoded text (SARIF's `utf16CodeUnits`, LSP's default).
public struct SourcePosition: Codable, Hashable, Sendable, Comparable {
    public var offset: Int
    public var line: Int
    public var column: Int

    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        lhs.offset < rhs.offset
    }
}

/// A half-open span of an original input file: `end` is the position just
/// past the last character.
public struct SourceRange: Codable, Hashable, Sendable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// The number of original bytes the range covers.
    public var length: Int { end.offset - start.offset }
}

extension SourceRange: Comparable {
    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.start.offset, lhs.end.offset) < (rhs.start.offset, rhs.end.offset)
    }
}
