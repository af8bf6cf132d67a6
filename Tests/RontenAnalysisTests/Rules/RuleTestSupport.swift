import Foundation
import Ronten
import RontenAnalysis
import RontenCore

/// The document the evaluator makes of `text`, read as Markdown.
func evaluated(_ text: String) throws -> EvaluatedDocument {
    try Pipeline().session().evaluate(Array(text.utf8), path: "t.md")
}

/// The findings of one rule on `text`.
func findings(_ rule: some Rule, _ text: String) throws -> [Finding] {
    rule.check(try evaluated(text)).sorted(by: Finding.ordered)
}

/// Each finding as `line:column evidence…`, the shape most expectations take.
func marks(_ findings: [Finding]) -> [String] {
    findings.map { "\($0.range.start.line):\($0.range.start.column) " + $0.evidence.joined(separator: " ") }
}

/// The package root's sibling `shared` folder, where development data lives.
enum SharedData {
    static let seedPath: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { break }
        }
        return url.deletingLastPathComponent().appendingPathComponent("shared/seed/000_00915512783cc359.txt").path
    }()

    static var hasSeed: Bool { FileManager.default.fileExists(atPath: seedPath) }
}
