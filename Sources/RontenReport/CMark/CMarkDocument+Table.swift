/// Tables, sections and helpers built from custom nodes; no C here.
extension CMarkDocument {
    /// `<section id=…>` around a part of the page (HTML only).
    func section(_ id: String, _ content: () -> Void) {
        block({ $0.raw("<section"); $0.attribute("id", Anchor.id(id)); $0.raw(">") }, "</section>", content)
    }

    func table(_ className: StaticString, headers: [String], _ rows: () -> Void) {
        block({ HTMLTable.head(className, headers: headers, into: &$0) }, HTMLTable.closing, rows)
    }

    func row(id: String? = nil, _ cells: () -> Void) {
        guard let id else { return block("<tr>", "</tr>", cells) }
        block({ out in
            out.raw("<tr")
            out.attribute("id", Anchor.id(id))
            out.raw(">")
        }, "</tr>", cells)
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
