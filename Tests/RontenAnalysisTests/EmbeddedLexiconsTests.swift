import Foundation
import Testing

/// The lexicons are data files in Sources/RontenAnalysis/Lexicons and are
/// built into the binary through a generated Swift file; the two must not
/// drift apart.
struct EmbeddedLexiconsTests {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { url.deleteLastPathComponent() }
        return url
    }()

    static func generated() throws -> String {
        let folder = root.appendingPathComponent("Sources/RontenAnalysis/Lexicons")
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".tsv") { files.append(path) }
        }
        var lines = [
            "// Generated from Sources/RontenAnalysis/Lexicons by EmbeddedLexiconsTests; do not edit.",
            "// Regenerate: RONTEN_UPDATE_LEXICONS=1 swift test --filter EmbeddedLexicons", "",
            "enum EmbeddedLexicons {", "    static let files: [String: String] = [",
        ]
        for file in files.sorted() {
            var text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            while text.hasSuffix("\n") { text.removeLast() }
            lines.append("        \"\(file)\": ##\"\"\"")
            lines.append(text)
            lines.append("\"\"\"##,")
        }
        lines += ["    ]", "}", ""]
        return lines.joined(separator: "\n")
    }

    @Test func theEmbeddedLexiconsMatchTheDataFiles() throws {
        let target = Self.root.appendingPathComponent("Sources/RontenAnalysis/Cues/EmbeddedLexicons.swift")
        let generated = try Self.generated()
        if ProcessInfo.processInfo.environment["RONTEN_UPDATE_LEXICONS"] == "1" {
            try generated.write(to: target, atomically: true, encoding: .utf8)
        }
        let current = try String(contentsOf: target, encoding: .utf8)
        #expect(current == generated, "Lexicons/ changed: run RONTEN_UPDATE_LEXICONS=1 swift test --filter EmbeddedLexicons and rebuild")
    }
}
