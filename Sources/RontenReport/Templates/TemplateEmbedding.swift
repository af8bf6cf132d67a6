/// Writes `EmbeddedTemplates.swift` from the files of Templates/. A test
/// compares the result with the checked-in file, so the two cannot drift;
/// `RONTEN_UPDATE_TEMPLATES=1 swift test --filter EmbeddedTemplates` rewrites it.
enum TemplateEmbedding {
    static func source(_ files: [(name: String, text: String)]) -> String {
        var out = """
            // Generated from Templates/ by TemplateEmbedding; do not edit.
            // Regenerate: RONTEN_UPDATE_TEMPLATES=1 swift test --filter EmbeddedTemplates

            enum EmbeddedTemplates {
                static let files: [String: String] = [

            """
        for (name, text) in files.sorted(by: { $0.name < $1.name }) {
            let hashes = String(repeating: "#", count: delimiterLength(text))
            out += "        \"\(name)\": \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    /// The number of `#` a raw multi-line literal needs so that nothing in
    /// the text (`"#`, `\#`) can end it or start an interpolation.
    static func delimiterLength(_ text: String) -> Int {
        var longest = 0
        var run = -1
        for byte in text.utf8 {
            if byte == UInt8(ascii: "#") {
                if run >= 0 { run += 1; longest = max(longest, run) }
            } else {
                run = (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")) ? 0 : -1
            }
        }
        return longest + 1
    }
}
