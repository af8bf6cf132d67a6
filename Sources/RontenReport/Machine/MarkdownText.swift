/// Plain text as CommonMark that shows the same words: the ASCII
/// punctuation that Markdown could read as syntax (emphasis, links, HTML,
/// lists, headings, tables, entities) is backslash-escaped; CommonMark
/// allows escaping any ASCII punctuation, so escaping too much is harmless.
enum MarkdownText {
    private static let active: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "+", "-",
                                                      "!", "|", "~", "&"]

    static func escaped(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if active.contains(scalar) { result.append("\\") }
            result.append(scalar)
        }
        return String(result)
    }
}
