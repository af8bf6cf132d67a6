import RontenCore

/// SARIF `partialFingerprints` for the findings of one file: a hash of the
/// rule, the file, the sentence's text with its spacing normalised and the
/// finding's place among findings with that same key. A line added above a
/// finding, or a sentence renumbered, leaves it unchanged, so code-scanning
/// hosts keep tracking the same alert.
struct Fingerprint {
    static let key = "rontenSentenceHash/v1"

    static func values(for file: CheckedFile, path: String) -> [String] {
        var seen: [String: Int] = [:]
        return file.findings.map { finding in
            let subject = normalised(subject(of: finding, in: file))
            let identity = finding.rule + "\u{0}" + path + "\u{0}" + subject
            let occurrence = seen[identity, default: 0]
            seen[identity] = occurrence + 1
            return SHA256.hex(Array((identity + "\u{0}" + String(occurrence)).utf8))
        }
    }

    /// The sentence's text when the file knows it, else the finding's own
    /// quoted words and message, which survive edits elsewhere just as well.
    private static func subject(of finding: Finding, in file: CheckedFile) -> String {
        if let id = finding.sentence {
            if let text = file.sentences[id] { return text }
            if !looksLikeSentenceID(id) { return id }
        }
        return (finding.evidence + [finding.message.en]).joined(separator: "\u{1}")
    }

    /// `s12`: a number that changes when a sentence is added above.
    private static func looksLikeSentenceID(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard scalars.first == "s", scalars.count > 1 else { return false }
        return scalars.dropFirst().allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }
    }

    /// Runs of white space (any Unicode space, line break included) become
    /// one space; leading and trailing space goes.
    static func normalised(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" "); pendingSpace = false }
            result.append(scalar)
        }
        return String(result)
    }
}
