import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A text with a gold argument structure in the arggraph XML format of the
/// argumentative microtext corpus: `<edu>` segments, `<adu type="pro|opp">`
/// units, and `<edge>`s of type seg (segment to unit), sup, exa, add, reb
/// and und (the last two may point at another edge).
public struct ArgGraph: Sendable {
    public struct Unit: Sendable, Hashable {
        public var id: String
        public var text: String
        public var isOpponent: Bool
    }

    public enum Function: String, Sendable, Hashable, CaseIterable {
        case support, attack
        /// The central claim relates to nothing.
        case none
    }

    public var id: String
    /// Units in text order (the order of their first segment).
    public var units: [Unit]
    /// For each unit, the index of the unit it attaches to (nil for the
    /// central claim) and the function of that attachment.
    public var parents: [Int?]
    public var functions: [Function]

    public var centralClaim: Int? { parents.firstIndex { $0 == nil } }

    public init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url)
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse() else {
            throw ArgGraphError(path: url.path, reason: parser.parserError.map { "\($0)" } ?? "malformed XML")
        }
        try self.init(reader, path: url.path)
    }

    private init(_ reader: Reader, path: String) throws {
        id = reader.graphID
        // Units in the order of their first segment.
        var segmentsOfUnit: [String: [String]] = [:]
        for edge in reader.edges where edge.type == "seg" { segmentsOfUnit[edge.target, default: []].append(edge.source) }
        let segmentOrder = Dictionary(uniqueKeysWithValues: reader.segments.enumerated().map { ($0.element.id, $0.offset) })
        let segmentText = Dictionary(uniqueKeysWithValues: reader.segments.map { ($0.id, $0.text) })
        let ordered = reader.units.sorted {
            (segmentsOfUnit[$0.id]?.compactMap { segmentOrder[$0] }.min() ?? Int.max)
                < (segmentsOfUnit[$1.id]?.compactMap { segmentOrder[$0] }.min() ?? Int.max)
        }
        units = ordered.map { unit in
            let segments = (segmentsOfUnit[unit.id] ?? []).sorted { (segmentOrder[$0] ?? 0) < (segmentOrder[$1] ?? 0) }
            return Unit(id: unit.id, text: segments.compactMap { segmentText[$0] }.joined(separator: " "),
                        isOpponent: unit.type == "opp")
        }
        let index = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($0.element.id, $0.offset) })
        let edges = Dictionary(uniqueKeysWithValues: reader.edges.map { ($0.id, $0) })

        // Where an edge lands on a unit: an undercut attaches to the premise
        // of the inference it attacks; a linked premise (add) to the claim
        // its partner supports.
        func landing(_ target: String, depth: Int = 0) -> Int? {
            if let unit = index[target] { return unit }
            guard depth < 8, let edge = edges[target] else { return nil }
            return edge.type == "und" || edge.type == "add" ? landing(edge.target, depth: depth + 1) : landing(edge.target, depth: depth + 1)
        }
        func function(_ edge: Reader.Edge, depth: Int = 0) -> Function {
            switch edge.type {
            case "sup", "exa": return .support
            case "reb", "und": return .attack
            case "add":
                guard depth < 8, let partner = edges[edge.target] else { return .support }
                return function(partner, depth: depth + 1)
            default: return .none
            }
        }
        parents = Array(repeating: nil, count: units.count)
        functions = Array(repeating: .none, count: units.count)
        for edge in reader.edges where ["sup", "exa", "add", "reb", "und"].contains(edge.type) {
            guard let from = index[edge.source] else { continue }
            var target: Int?
            switch edge.type {
            case "und":
                // The attacked inference's premise.
                target = edges[edge.target].flatMap { index[$0.source] } ?? landing(edge.target)
            case "add":
                // Joins the partner's inference: same claim.
                target = edges[edge.target].flatMap { landing($0.target) } ?? landing(edge.target)
            default:
                target = landing(edge.target)
            }
            parents[from] = target
            functions[from] = function(edge)
        }
        guard parents.filter({ $0 == nil }).count >= 1 else {
            throw ArgGraphError(path: path, reason: "no central claim")
        }
    }

    private final class Reader: NSObject, XMLParserDelegate {
        struct Segment { var id: String; var text: String }
        struct RawUnit { var id: String; var type: String }
        struct Edge { var id: String; var source: String; var target: String; var type: String }

        var graphID = ""
        var segments: [Segment] = []
        var units: [RawUnit] = []
        var edges: [Edge] = []
        private var currentSegment: String?
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String]) {
            switch name {
            case "arggraph": graphID = attributes["id"] ?? ""
            case "edu": currentSegment = attributes["id"]; text = ""
            case "adu": units.append(RawUnit(id: attributes["id"] ?? "", type: attributes["type"] ?? "pro"))
            case "edge":
                edges.append(Edge(id: attributes["id"] ?? "", source: attributes["src"] ?? "", target: attributes["trg"] ?? "",
                                  type: attributes["type"] ?? ""))
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if currentSegment != nil { text += string }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            if currentSegment != nil { text += String(decoding: CDATABlock, as: UTF8.self) }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "edu", let id = currentSegment {
                segments.append(Segment(id: id, text: text.trimmingCharacters(in: .whitespacesAndNewlines)))
                currentSegment = nil
            }
        }
    }
}

public struct ArgGraphError: Error, LocalizedError, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
    public var errorDescription: String? { description }
}
