/// Where a claim's certainty, evidence and figures and a finding's line are
/// written: the page's markup (``MarkupWriter``, in its tables and findings)
/// or cmark nodes (``NodeWriter``, for the Markdown report). ArticleBody says
/// once what they hold; each writer says how it looks.
protocol InlineWriter {
    /// Text, escaped as its output needs.
    mutating func text(_ text: String)
    /// Text shown as code; nothing when it is empty.
    mutating func code(_ text: String)
    /// `s12 · line 21`: a link on the page, in parentheses in Markdown.
    mutating func reference(_ id: String?, in body: ArticleBody)
}

/// Literal text and code nodes in the body's cmark document.
struct NodeWriter: InlineWriter {
    let body: ArticleBody

    func text(_ text: String) { body.document.text(text) }

    func code(_ text: String) { body.document.code(text) }

    func reference(_ id: String?, in body: ArticleBody) { body.sentenceReference(id) }
}
