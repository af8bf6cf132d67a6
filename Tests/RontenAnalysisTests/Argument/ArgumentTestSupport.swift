import Foundation
import Ronten
import RontenAnalysis
import RontenCore

enum ArgumentFixtures {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    static let seed = root.deletingLastPathComponent().appendingPathComponent("shared/seed/000_00915512783cc359.txt")
    static let microtexts = root.deletingLastPathComponent().appendingPathComponent("shared/data/arg-microtexts/part1/en")
    static var hasSeed: Bool { FileManager.default.fileExists(atPath: seed.path) }
    static var hasMicrotexts: Bool { FileManager.default.fileExists(atPath: microtexts.path) }

    static func analysis(_ url: URL) throws -> Analysis {
        try Pipeline().analyze(Array(try Data(contentsOf: url)), path: url.lastPathComponent)
    }

    static func example(_ name: String) throws -> Analysis {
        try analysis(root.appendingPathComponent("Examples/\(name)"))
    }
}

extension Analysis {
    var tree: ArgumentTree { argument ?? ArgumentTree() }

    /// The node holding the sentence whose text contains `fragment`.
    func node(containing fragment: String) -> ArgumentNode? {
        guard let sentence = document.sentences.first(where: { $0.text.contains(fragment) }) else { return nil }
        return tree.nodes.first { $0.sentences.contains(sentence.id) }
    }
}
