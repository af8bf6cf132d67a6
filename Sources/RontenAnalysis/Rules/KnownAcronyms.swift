import Foundation

/// Acronyms a general reader knows without expansion (AI, GPU, CEO, EU),
/// read from `Lexicons/acronyms.tsv`: one acronym a line, `#` comments, an
/// optional tab-separated note.
public struct KnownAcronyms: Sendable {
    public var acronyms: Set<String>

    public init(acronyms: Set<String>) { self.acronyms = acronyms }

    public static let standard: KnownAcronyms = {
        guard let url = Bundle.module.url(forResource: "Lexicons/acronyms", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("Lexicons/acronyms.tsv is missing from the bundle")
        }
        return KnownAcronyms(parsing: text)
    }()

    public init(parsing text: String) {
        var acronyms: Set<String> = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let word = line.split(separator: "\t", maxSplits: 1).first.map(String.init) ?? ""
            if !word.isEmpty { acronyms.insert(word.trimmingCharacters(in: .whitespaces)) }
        }
        self.acronyms = acronyms
    }

    public func contains(_ acronym: String) -> Bool { acronyms.contains(acronym) }
}
