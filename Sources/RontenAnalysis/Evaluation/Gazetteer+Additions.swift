import Foundation
import RontenCore

extension Gazetteer {
    /// The built-in names plus names a user added in configuration.
    public static func bundled(additions: [(String, Entity.Kind, [String])]) throws -> Gazetteer {
        guard !additions.isEmpty else { return standard }
        return try Gazetteer(parsing: EmbeddedLexicons.files["entities.tsv"] ?? "", file: "entities.tsv",
                             additions: additions)
    }
}
