import Foundation
import RontenCore

/// The analyses in JSON Lines files that `ronten analyze --format jsonl` or
/// `--jsonl` wrote, possibly on other machines: where each one is, and the
/// path it was read from, found in one pass that keeps no analysis in
/// memory. Each is decoded later, on its own, with `load`.
///
/// Error lines (`{"error": …}`) and lines that are not analyses become
/// failures naming the file and line; ignored requests and blank lines are
/// passed over.
public struct ResultIndex: Sendable {
    /// One analysis line.
    public struct Entry: Sendable, Hashable {
        public var file: String
        public var line: Int
        public var offset: Int
        public var length: Int
        /// `source.path` of the analysis.
        public var path: String

        public var place: String { "\(file):\(line)" }

        /// The analysis on this line. What the JSON does not hold (the
        /// decoded source text, text maps, sentence spans) is absent.
        public func load() throws(LoadError) -> Analysis {
            let bytes = try read()
            do {
                return try JSONDecoder().decode(Analysis.self, from: Data(bytes))
            } catch {
                throw LoadError(description: "\(place): not an analysis: \(ResultIndex.reason(error))")
            }
        }

        private func read() throws(LoadError) -> [UInt8] {
            let descriptor = open(file, O_RDONLY)
            guard descriptor >= 0 else { throw LoadError(description: "\(file): \(String(cString: strerror(errno)))") }
            defer { close(descriptor) }
            var bytes = [UInt8](repeating: 0, count: length)
            var done = 0
            while done < length {
                let n = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, length - done, off_t(offset + done)) }
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw LoadError(description: "\(place): the file changed while it was read") }
                done += n
            }
            return bytes
        }
    }

    public struct LoadError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public private(set) var entries: [Entry] = []
    /// One line each: `file:line: what is wrong`.
    public private(set) var failures: [String] = []

    /// Reads every file once. A file that cannot be opened is a failure too.
    public init(files: [String]) {
        let decoder = JSONDecoder()
        for file in files {
            var reader: JSONLinesReader
            do {
                reader = try JSONLinesReader.file(file)
            } catch {
                failures.append(error.description)
                continue
            }
            while let line = reader.next() {
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                let place = "\(file):\(reader.lineNumber)"
                let marker: Marker
                do {
                    marker = try decoder.decode(Marker.self, from: Data(line))
                } catch {
                    failures.append("\(place): not JSON: \(Self.reason(error))")
                    continue
                }
                if let path = marker.source?.path, marker.schema != nil {
                    // A CR before the line feed is not part of the JSON either way.
                    entries.append(Entry(file: file, line: reader.lineNumber, offset: reader.lineOffset,
                                         length: line.count, path: path))
                } else if let error = marker.error {
                    let name = marker.path ?? marker.id.map { "id " + $0 }
                    let origin = marker.line.map { "request line \($0)" }
                    let context = [name, origin].compactMap { $0 }.joined(separator: ", ")
                    failures.append("\(place): an error line" + (context.isEmpty ? "" : " (\(context))") + ": \(error)")
                } else if marker.ignored == nil {
                    failures.append("\(place): not an analysis (no \"schema\" and \"source\")")
                }
            }
        }
    }

    /// The keys that tell an analysis from an error or an ignored line.
    private struct Marker: Decodable {
        struct Source: Decodable { var path: String }
        var schema: String?
        var source: Source?
        var error: String?
        var ignored: String?
        var line: Int?
        var id: String?
        var path: String?
    }

    static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context),
             DecodingError.keyNotFound(_, let context),
             DecodingError.typeMismatch(_, let context),
             DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            var text = (path.isEmpty ? "" : path + ": ") + context.debugDescription
            if let underlying = context.underlyingError { text += " (\((underlying as NSError).userInfo[NSDebugDescriptionErrorKey] ?? underlying))" }
            return text
        default:
            return "\(error)"
        }
    }
}
