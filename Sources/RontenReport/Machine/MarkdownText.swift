/// Plain text as CommonMark that shows the same words. Characters that open
/// emphasis, code, links, HTML, entities or tables are backslash-escaped
/// everywhere; those that only start a block (`#`, `-`, `+`, `>`) are
/// escaped at the start of a line, where they would make a heading, a list
/// or a quotation.
enum MarkdownText {
    private static let inline: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", "&", "|", "~", "!"]
    private static let blockStart: Set<Unicode.Scalar> = ["#", "-", "+", ">", "="]

    static func escaped(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var atLineStart = true
        for scalar in text.unicodeScalars {
            if inline.contains(scalar) || (atLineStart && blockStart.contains(scalar)) { result.append("\\") }
            result.append(scalar)
            if scalar == "\n" { atLineStart = true } else if scalar != " " { atLineStart = false }
        }
        return String(result)
    }
}
