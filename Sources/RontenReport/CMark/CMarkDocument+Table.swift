/// Tables, sections and helpers built from custom nodes; no C here.
extension CMarkDocument {
    /// `<section id=…>` around a part of the page (HTML only).
    func section(_ id: String, _ content: () -> Void) {
        block({ $0.raw("<section"); $0.attribute("id", Anchor.id(id)); $0.raw(">") }, "</section>", content)
    }

    func table(_ className: StaticString, headers: [String], _ rows: () -> Void) {
        block({ HTMLTable.head(className, headers: headers, into: &$0) }, HTMLTable.closing, rows)
    }

    /// A row of the index's table (an article page writes its tables whole, see ArticleMarkup.swift).
    func row(_ cells: () -> Void) {
        block("<tr>", "</tr>", cells)
    }

    /// One cell holding one paragraph of inline content; `sortKey` feeds the index's sorting script.
    func cell(sortKey: String? = nil, _ content: () -> Void) {
        // Most cells have no key: a literal, not markup built per cell.
        guard let sortKey else { return block("<td>", "</td>") { paragraph(content) } }
        block({ out in
            out.raw("<td")
            out.attribute("data-sort", sortKey)
            out.raw(">")
        }, "</td>") { paragraph(content) }
    }
}
