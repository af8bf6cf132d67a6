import Foundation
import RontenCore

extension Gazetteer {
    /// The bundled names plus names a user added in configuration; the
    /// bundle is reachable only from inside this module.
    public static func bundled(additions: [(String, Entity.Kind, [String])]) throws -> Gazetteer {
        guard !additions.isEmpty else { return standard }
        guard let url = Bundle.module.url(forResource: "Lexicons/entities", withExtension: "tsv") else {
            throw LexiconError(file: "entities.tsv", line: 0, reason: "missing from the bundle")
        }
        return try Gazetteer(parsing: try String(contentsOf: url, encoding: .utf8), file: "entities.tsv",
                             additions: additions)
    }
}
