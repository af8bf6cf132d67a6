/// Which renderer a body is built for. The HTML page carries Ronten's own
/// markup (map, marks, tables); the Markdown report says the same in plain
/// CommonMark that reads well as text and on a Git host.
enum BodyTarget {
    case html
    case markdown
}
