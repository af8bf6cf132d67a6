/// The decoded text of one input file, able to say where any of its bytes
/// came from in the original file.
///
/// The text is UTF-8 with the byte-order mark removed and line ends kept as
/// the file has them (cmark and the segmenter both read `\r\n` and `\r`), so
/// for a UTF-8 file every offset is the original offset shifted by the BOM.
public struct SourceText: Sendable {
    public let utf8: [UInt8]
    public let encoding: TextEncoding
    /// Where each decoded offset came from in the original bytes.
    public let origin: OffsetMap
    private let lines: LineIndex

    public init(utf8: [UInt8], encoding: TextEncoding, origin: OffsetMap) {
        self.utf8 = utf8
        self.encoding = encoding
        self.origin = origin
        self.lines = LineIndex(utf8)
    }

    /// A text that is its own origin (UTF-8 without BOM): for tests and for
    /// text that arrives on stdin as JSON.
    public init(_ string: String) {
        self.init(utf8: Array(string.utf8), encoding: .utf8, origin: .shift(0))
    }

    public var string: String { String(decoding: utf8, as: UTF8.self) }

    /// The original-file position of a decoded offset.
    public func position(at offset: Int) -> SourcePosition {
        let clamped = min(max(offset, 0), utf8.count)
        let (line, column) = lines.lineAndColumn(at: clamped, in: utf8)
        return SourcePosition(offset: origin.original(clamped), line: line, column: column)
    }

    /// The original-file range of a span of decoded offsets.
    public func range(_ span: Range<Int>) -> SourceRange {
        let start = min(max(span.lowerBound, 0), utf8.count)
        let end = min(max(span.upperBound, start), utf8.count)
        let (line, column) = lines.lineAndColumn(at: start, in: utf8)
        // A short span's end is found by reading on from its start, not by
        // a second search (most spans are a sentence, a cue, a figure).
        let (endLine, endColumn) = end - start <= LineIndex.readOnLimit
            ? lines.lineAndColumn(at: end, from: (start, line, column), in: utf8)
            : lines.lineAndColumn(at: end, in: utf8)
        return SourceRange(start: SourcePosition(offset: origin.original(start), line: line, column: column),
                           end: SourcePosition(offset: origin.original(end), line: endLine, column: endColumn))
    }
}

/// Maps offsets in decoded UTF-8 text back to offsets in the original bytes.
public enum OffsetMap: Sendable, Hashable {
    /// Original = decoded + n (UTF-8, with n the length of a BOM).
    case shift(Int)
    /// One entry per decoded character: its decoded and original start, with a
    /// final entry for the end of both texts. Both columns rise strictly.
    case table(decoded: [Int32], original: [Int32])

    public func original(_ offset: Int) -> Int {
        switch self {
        case .shift(let n):
            return offset + n
        case .table(let decoded, let original):
            // The last character start at or before `offset`.
            var low = 0, high = decoded.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if Int(decoded[mid]) <= offset { low = mid } else { high = mid - 1 }
            }
            return Int(original[low])
        }
    }
}

/// Line and UTF-16 column of any offset in O(log n): a checkpoint every few
/// dozen bytes, then a short forward scan. A 50 MB single line costs no
/// more per lookup than a short one.
struct LineIndex: Sendable {
    /// Every span, cue and figure placed costs two lookups, so the scan after
    /// the checkpoint is kept short (a checkpoint is 24 bytes: 0.4 bytes per
    /// byte of text).
    private static let stride = 64

    private struct Checkpoint: Sendable {
        var offset: Int
        var line: Int
        var column: Int
    }

    private var checkpoints: [Checkpoint] = [Checkpoint(offset: 0, line: 1, column: 1)]

    init(_ bytes: [UInt8]) {
        checkpoints.reserveCapacity(bytes.count / LineIndex.stride + 1)
        bytes.withUnsafeBufferPointer { bytes in
            var line = 1, column = 1, last = 0
            var i = 0
            let n = bytes.count
            while i < n {
                // Up to the next checkpoint, eight bytes at once where the
                // scan in lineAndColumn may take them so.
                while i + 8 <= min(n, last + LineIndex.stride) {
                    let word = UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if LineIndex.needsByteScan(word) { break }
                    column += UTF8Scalars.starts(in: word)
                    i += 8
                }
                guard i < n else { break }
                let b = bytes[i]
                if i - last >= LineIndex.stride, !LineIndex.isContinuation(b),
                   !(b == 0x0A && i > 0 && bytes[i - 1] == 0x0D) {
                    checkpoints.append(Checkpoint(offset: i, line: line, column: column))
                    last = i
                }
                LineIndex.advance(b, next: i + 1 < n ? bytes[i + 1] : 0, line: &line, column: &column)
                i += 1
            }
        }
    }

    /// Spans up to this long have their end read on from their start;
    /// a longer one's end is searched for, which reads at most a stride.
    /// (Reading on up to four strides cost more than the search it saved:
    /// 49.2 M against 42.1 M instructions of `range` on the callgrind subset.)
    static let readOnLimit = stride

    func lineAndColumn(at offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        let checkpoint = checkpoints.withUnsafeBufferPointer { checkpoints in
            var low = 0, high = checkpoints.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if checkpoints[mid].offset <= offset { low = mid } else { high = mid - 1 }
            }
            return checkpoints[low]
        }
        return lineAndColumn(at: offset, from: (checkpoint.offset, checkpoint.line, checkpoint.column), in: bytes)
    }

    /// The line and column of `offset`, read on from a known earlier
    /// position (`known.offset <= offset`). The scan reads bytes left to
    /// right with one byte of look-ahead, so going on from any position it
    /// has reached gives what a scan from a checkpoint would.
    func lineAndColumn(at offset: Int, from known: (offset: Int, line: Int, column: Int), in bytes: [UInt8]) -> (Int, Int) {
        var line = known.line, column = known.column
        bytes.withUnsafeBufferPointer { bytes in
            var i = known.offset
            let n = bytes.count
            while i < offset {
                // Eight bytes at once when none ends a line or starts a
                // four-byte character: a column per byte that starts a character.
                if i + 8 <= offset {
                    let word = UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if !LineIndex.needsByteScan(word) {
                        column += UTF8Scalars.starts(in: word)
                        i += 8
                        continue
                    }
                }
                LineIndex.advance(bytes[i], next: i + 1 < n ? bytes[i + 1] : 0, line: &line, column: &column)
                i += 1
            }
        }
        return (line, column)
    }

    /// Whether a word holds a line feed, a carriage return or a byte
    /// starting a four-byte character (two UTF-16 units).
    @inline(__always)
    private static func needsByteScan(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        @inline(__always) func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & (ones &* 0x80) != 0 }
        return hasZeroByte(word ^ (ones &* 0x0A)) || hasZeroByte(word ^ (ones &* 0x0D))
            || hasZeroByte((word & (ones &* 0xF0)) ^ (ones &* 0xF0))
    }

    @inline(__always)
    private static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

    @inline(__always)
    private static func advance(_ b: UInt8, next: UInt8, line: inout Int, column: inout Int) {
        switch b {
        case 0x0A:
            line += 1; column = 1
        case 0x0D:
            // A CR ends the line unless an LF follows, which then ends it.
            if next != 0x0A { line += 1; column = 1 }
        default:
            if !isContinuation(b) { column += b >= 0xF0 ? 2 : 1 }
        }
    }
}
