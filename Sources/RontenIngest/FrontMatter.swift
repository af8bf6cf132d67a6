import RontenCore
import Yams

/// Front matter at the top of a file: YAML between `---` lines (Jekyll,
/// Hugo, Zola) or TOML between `+++` lines (Hugo).
struct FrontMatter {
    var metadata: Metadata
    /// Decoded offset where the body starts (after the closing fence line).
    var bodyStart: Int
    /// A problem reading the block; the body is still analysed without it.
    var problem: Note?

    /// Finds and reads front matter; nil when the text has none.
    static func read(_ text: SourceText) -> FrontMatter? {
        let bytes = text.utf8
        guard let fence = fenceKind(bytes) else { return nil }
        let fenceBytes: StaticString = fence == "yaml" ? "---" : "+++"
        // Find the closing fence: a line that is exactly the fence (or `...` for YAML).
        var lineStart = nextLine(bytes, from: 0)
        while lineStart < bytes.count {
            let end = lineEnd(bytes, from: lineStart)
            let line = bytes[lineStart..<end]
            if isFence(line, fenceBytes) || (fence == "yaml" && isFence(line, "...")) {
                let content = String(decoding: bytes[nextLine(bytes, from: 0)..<lineStart], as: UTF8.self)
                let bodyStart = nextLine(bytes, from: lineStart)
                var result = FrontMatter(metadata: Metadata(frontMatter: fence), bodyStart: bodyStart, problem: nil)
                do {
                    let fields = fence == "yaml" ? try yamlFields(content) : try TOMLFields.parse(content)
                    result.metadata = metadata(from: fields, kind: fence)
                } catch let error as FrontMatterError {
                    // Line 1 of the content is line 2 of the file.
                    let position = text.position(at: 0)
                    result.problem = Note(
                        code: "front-matter-unreadable",
                        message: "front matter line \(error.line + 1): \(error.message); its fields were ignored",
                        range: SourceRange(start: position, end: text.position(at: lineStart)))
                } catch {
                    result.problem = Note(code: "front-matter-unreadable", message: "front matter: \(error)")
                }
                return result
            }
            lineStart = nextLine(bytes, from: end)
        }
        return nil
    }

    private static func fenceKind(_ bytes: [UInt8]) -> String? {
        let first = bytes[0..<lineEnd(bytes, from: 0)]
        if isFence(first, "---") { return "yaml" }
        if isFence(first, "+++") { return "toml" }
        return nil
    }

    /// Whether the line is `fence` with nothing after it but spaces and tabs,
    /// compared in place: copying each line of the block to compare it took
    /// 3.1 of the 33.5 M instructions front matter cost on the callgrind subset.
    private static func isFence(_ line: ArraySlice<UInt8>, _ fence: StaticString) -> Bool {
        var end = line.endIndex
        while end > line.startIndex, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
        return line[line.startIndex..<end].elementsEqual(UnsafeBufferPointer(start: fence.utf8Start, count: fence.utf8CodeUnitCount))
    }

    static func lineEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start
        while i < bytes.count, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
        return i
    }

    static func nextLine(_ bytes: [UInt8], from start: Int) -> Int {
        var i = lineEnd(bytes, from: start)
        if i < bytes.count, bytes[i] == 0x0D { i += 1 }
        if i < bytes.count, bytes[i] == 0x0A { i += 1 }
        return i
    }

    /// A front-matter value, reduced to what metadata needs.
    enum Value: Equatable {
        case text(String)
        case list([String])

        var asText: String {
            switch self {
            case .text(let s): return s
            case .list(let items): return items.joined(separator: ", ")
            }
        }

        var asList: [String] {
            switch self {
            case .text(let s): return s.isEmpty ? [] : [s]
            case .list(let items): return items
            }
        }
    }

    private static func yamlFields(_ content: String) throws -> [(String, Value)] {
        if let simple = SimpleYAML.fields(content) { return simple }
        return try composedYAMLFields(content)
    }

    /// The fields as Yams reads them: for any YAML, and for the tests that
    /// hold ``SimpleYAML`` to it.
    static func composedYAMLFields(_ content: String) throws -> [(String, Value)] {
        let node: Node?
        do {
            node = try Yams.compose(yaml: content)
        } catch let error as YamlError {
            throw FrontMatterError(line: yamlLine(error), message: yamlMessage(error))
        }
        guard let node else { return [] }
        guard let mapping = node.mapping else {
            throw FrontMatterError(line: 1, message: "expected key: value pairs")
        }
        return mapping.map { key, value in (key.string ?? "\(key)", flatten(value)) }
    }

    private static func flatten(_ node: Node) -> Value {
        switch node {
        case .scalar(let scalar):
            return .text(scalar.string)
        case .sequence(let sequence):
            return .list(sequence.map { flatten($0).asText })
        case .mapping(let mapping):
            return .text(mapping.map { "\($0.key.string ?? ""): \(flatten($0.value).asText)" }.joined(separator: "; "))
        }
    }

    private static func yamlLine(_ error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return 1
        }
    }

    private static func yamlMessage(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)".split(separator: "\n").first.map(String.init) ?? "malformed YAML"
        }
    }

    private static func metadata(from fields: [(String, Value)], kind: String) -> Metadata {
        var metadata = Metadata(frontMatter: kind)
        for (key, value) in fields {
            switch key.lowercased() {
            case "title": metadata.title = value.asText
            case "date", "published", "pubdate", "created": metadata.date = metadata.date ?? value.asText
            case "author", "authors": metadata.author = value.asText
            case "lang", "language", "locale": metadata.language = value.asText
            case "tags", "keywords", "categories", "topics": metadata.tags += value.asList
            default: metadata.extra[key] = value.asText
            }
        }
        return metadata
    }
}

struct FrontMatterError: Error {
    var line: Int
    var message: String
}
