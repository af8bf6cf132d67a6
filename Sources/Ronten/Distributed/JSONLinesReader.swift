import Foundation

/// Lines of a stream, read as they arrive, so an endless stream (a pipe from
/// Spark, a socket) is served line by line. Memory is one line and one chunk,
/// however long the stream; a 50 MB line is one 50 MB line.
public struct JSONLinesReader {
    private let descriptor: Int32
    private let closesDescriptor: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false
    /// The 1-based number of the line `next()` returned last.
    public private(set) var lineNumber = 0
    /// Where in the stream that line starts, in bytes.
    public private(set) var lineOffset = 0
    /// Bytes of the stream dropped from the front of `buffer`.
    private var dropped = 0

    /// Reads standard input.
    public static func standardInput() -> JSONLinesReader { JSONLinesReader(descriptor: 0, closes: false) }

    /// Reads a file; `-` reads standard input.
    public static func file(_ path: String) throws(ReadError) -> JSONLinesReader {
        if path == "-" { return standardInput() }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw ReadError(path: path, reason: String(cString: strerror(errno))) }
        return JSONLinesReader(descriptor: descriptor, closes: true)
    }

    public struct ReadError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    private init(descriptor: Int32, closes: Bool) {
        self.descriptor = descriptor
        self.closesDescriptor = closes
    }

    /// The next line without its line feed (and without a carriage return
    /// before it); nil at the end. A last line without a line feed counts.
    public mutating func next() -> [UInt8]? {
        var searchFrom = start
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                lineOffset = dropped + start
                start = newline + 1
                lineNumber += 1
                return line
            }
            searchFrom = buffer.count
            if ended {
                guard start < buffer.count else { return nil }
                var line = Array(buffer[start...])
                if line.last == 0x0D { line.removeLast() }
                lineOffset = dropped + start
                start = buffer.count
                lineNumber += 1
                return line
            }
            // Drop what has been returned before reading more, so the buffer
            // holds at most one line and one chunk.
            if start > 0 {
                buffer.removeFirst(start)
                dropped += start
                searchFrom -= start
                start = 0
            }
            fill()
        }
    }

    private mutating func fill() {
        let chunk = 1 << 16
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        var n: Int
        repeat {
            n = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, chunk) }
        } while n < 0 && errno == EINTR
        buffer.removeLast(chunk - max(n, 0))
        if n <= 0 {
            ended = true
            if closesDescriptor { close(descriptor) }
        }
    }
}
