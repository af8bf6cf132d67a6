import Foundation
import RontenCore

/// Analyses read back from JSON Lines that `ronten analyze --format jsonl`
/// or `--jsonl` wrote, possibly on other machines: one `Analysis` per line.
///
/// Error lines (`{"error": …}`) and lines that do not decode are handed back
/// as failures naming the file and line; ignored requests and blank lines
/// are passed over. What the JSON does not hold (the decoded source text,
/// text maps, sentence spans) is absent from what comes back.
public struct ResultReader {
    public enum Entry {
        case analysis(Analysis)
        case failure(String)
    }

    private var reader: JSONLinesReader
    private let path: String
    private let decoder = JSONDecoder()

    public init(path: String) throws(JSONLinesReader.ReadError) {
        reader = try JSONLinesReader.file(path)
        self.path = path == "-" ? "<stdin>" : path
    }

    /// The next entry; nil at the end of the file.
    public mutating func next() -> Entry? {
        while let line = reader.next() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let data = Data(line)
            let place = "\(path):\(reader.lineNumber)"
            do {
                return .analysis(try decoder.decode(Analysis.self, from: data))
            } catch {
                // Only a line that is not an analysis is looked at again.
                if let marker = try? decoder.decode(Marker.self, from: data), marker.schema == nil {
                    if let failure = marker.error {
                        let name = marker.path ?? marker.id.map { "id " + $0 }
                        let origin = marker.line.map { "request line \($0)" }
                        let context = [name, origin].compactMap { $0 }.joined(separator: ", ")
                        return .failure("\(place): an error line" + (context.isEmpty ? "" : " (\(context))") + ": \(failure)")
                    }
                    if marker.ignored != nil { continue }
                }
                return .failure("\(place): not an analysis: \(Self.reason(error))")
            }
        }
        return nil
    }

    /// The keys that tell an error or an ignored line from an analysis.
    private struct Marker: Decodable {
        var schema: String?
        var error: String?
        var ignored: String?
        var line: Int?
        var id: String?
        var path: String?
    }

    private static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context),
             DecodingError.keyNotFound(_, let context),
             DecodingError.typeMismatch(_, let context),
             DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return (path.isEmpty ? "" : path + ": ") + context.debugDescription
        default:
            return "\(error)"
        }
    }
}
