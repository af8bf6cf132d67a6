import Foundation
import Testing
import Ronten
import RontenCore
@testable import RontenReport

/// The exports of the tree, each checked with what reads it.
struct ArgumentExportTests {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { url.deleteLastPathComponent() }
        return url
    }()

    static func tree(_ example: String) throws -> (ArgumentTree, String?) {
        let url = root.appendingPathComponent("Examples/\(example)")
        let analysis = try Pipeline().analyze(Array(try Data(contentsOf: url)), path: example)
        return (analysis.argument ?? ArgumentTree(), analysis.document.title?.text)
    }

    @Test(arguments: ["ja-hokuto-battery-strategy.md", "en-northwind-usage-pricing.md", "mixed-ai-platform-briefing.txt"])
    func aifLinksEveryRAAndCANodeBetweenINodesWithNoDanglingEdge(example: String) throws {
        let (tree, _) = try Self.tree(example)
        let aif = AIFExport.document(tree)
        let types = Dictionary(uniqueKeysWithValues: aif.nodes.map { ($0.nodeID, $0.type) })
        #expect(aif.nodes.filter { $0.type == "I" }.count == tree.nodes.count)
        #expect(aif.nodes.filter { $0.type == "RA" }.count == tree.relations.filter { !$0.type.isAttack }.count)
        #expect(aif.nodes.filter { $0.type == "CA" }.count == tree.relations.filter { $0.type.isAttack }.count)
        for edge in aif.edges {
            #expect(types[edge.fromID] != nil && types[edge.toID] != nil, "dangling edge \(edge.edgeID)")
        }
        for node in aif.nodes where node.type != "I" {
            let incoming = aif.edges.filter { $0.toID == node.nodeID }.compactMap { types[$0.fromID] }
            let outgoing = aif.edges.filter { $0.fromID == node.nodeID }.compactMap { types[$0.toID] }
            #expect(incoming == ["I"], "scheme node \(node.nodeID) needs one premise I-node")
            #expect(outgoing.count == 1 && (outgoing[0] == "I" || (node.type == "CA" && outgoing[0] == "RA")))
        }
        let json = try JSONText.string(aif)
        #expect(json.hasPrefix("{\"nodes\":[{\"nodeID\":\"1\","))
        #expect(json.contains("\"locutions\":[]"))
    }

    @Test(arguments: ["ja-hokuto-battery-strategy.md", "en-northwind-usage-pricing.md", "mixed-ai-platform-briefing.txt"])
    func argdownReadsBackIntoTheSameTree(example: String) throws {
        let (tree, title) = try Self.tree(example)
        let source = ArgdownExport.render(tree, title: title)
        let read = ArgdownReader.read(source)
        #expect(read.statements.keys.sorted() == tree.nodes.map(\.id).sorted())
        for node in tree.nodes {
            #expect(read.statements[node.id]?.text == node.text.split(whereSeparator: \.isNewline).joined(separator: " "))
            #expect(read.statements[node.id]?.tags.first == node.role.rawValue)
            #expect(read.statements[node.id]?.tags.contains("opponent") == (node.stance == .opponent))
        }
        let expected = Set(tree.relations.map { "\($0.from)\($0.type.isAttack ? ($0.type == .undercuts ? "_" : "-") : "+")\($0.to)" })
        #expect(Set(read.relations) == expected)
    }

    @Test func argdownEscapesWhatItWouldReadAsSyntax() {
        let node = ArgumentNode(id: "n1", role: .thesis, stance: .proponent, sentences: ["s1"],
                                text: "Use [brackets] <and> #tags *now*", range: SourceRange(start: .init(offset: 0, line: 1, column: 1), end: .init(offset: 1, line: 1, column: 2)))
        let source = ArgdownExport.render(ArgumentTree(nodes: [node]), title: nil)
        #expect(source == "[n1]: Use \\[brackets\\] \\<and\\> \\#tags \\*now\\* #thesis\n")
        #expect(ArgdownReader.read(source).statements["n1"]?.text == "Use [brackets] <and> #tags *now*")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dot"), "needs Graphviz"))
    func dotRendersWithGraphviz() throws {
        let (tree, title) = try Self.tree("ja-hokuto-battery-strategy.md")
        let source = DOTExport.render(tree, title: title)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(source.utf8))
        try input.fileHandleForWriting.close()
        let svg = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "dot: \(stderr)")
        #expect(svg.contains("<svg"))
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == tree.nodes.count)
        #expect(svg.components(separatedBy: "class=\"edge\"").count - 1 == tree.relations.count)
    }
}

/// Reads the Argdown that ArgdownExport writes: statements with their tags
/// and the relations given by indentation and `<+`, `<-`, `<_`, `+>`, `->`.
enum ArgdownReader {
    struct Statement { var text: String; var tags: [String] }

    static func read(_ source: String) -> (statements: [String: Statement], relations: [String]) {
        var statements: [String: Statement] = [:]
        var relations: [String] = []
        var stack: [(depth: Int, id: String)] = []
        for line in source.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { stack = []; continue }
            let indent = line.prefix { $0 == " " }.count
            var rest = Substring(line.dropFirst(indent))
            var symbol = ""
            for candidate in ["<+", "<-", "<_", "+>", "->"] where rest.hasPrefix(candidate + " ") {
                symbol = candidate
                rest = rest.dropFirst(3)
            }
            guard rest.hasPrefix("["), let close = rest.firstIndex(of: "]") else { continue }
            let id = String(rest[rest.index(after: rest.startIndex)..<close])
            let depth = indent / 4
            let body = rest[rest.index(after: close)...]
            if body.hasPrefix(": ") {
                var words = body.dropFirst(2).split(separator: " ", omittingEmptySubsequences: false).map(String.init)
                var tags: [String] = []
                while let last = words.last, last.hasPrefix("#") { tags.insert(String(last.dropFirst()), at: 0); words.removeLast() }
                statements[id] = Statement(text: unescape(words.joined(separator: " ")), tags: tags)
            }
            while let top = stack.last, top.depth >= depth { stack.removeLast() }
            if let parent = stack.last {
                switch symbol {
                case "<+": relations.append("\(id)+\(parent.id)")
                case "<-": relations.append("\(id)-\(parent.id)")
                case "<_": relations.append("\(id)_\(parent.id)")
                case "+>": relations.append("\(parent.id)+\(id)")
                case "->": relations.append("\(parent.id)-\(id)")
                default: break
                }
            }
            if symbol != "+>" && symbol != "->" { stack.append((depth, id)) }
        }
        return (statements, relations)
    }

    static func unescape(_ text: String) -> String {
        var out = ""
        var escaped = false
        for character in text {
            if character == "\\" && !escaped { escaped = true; continue }
            out.append(character)
            escaped = false
        }
        return out
    }
}
