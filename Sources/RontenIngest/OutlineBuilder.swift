import RontenCore

/// Raw blocks → title and sections, the same for Markdown and plain text.
struct OutlineBuilder {
    let text: SourceText

    func build(_ raw: [RawBlock], metadata: Metadata, format: SourceFormat) -> (Title?, [Section]) {
        var blocks = raw
        var title: Title?
        if let declared = metadata.title, !declared.isEmpty {
            title = Title(text: declared, origin: .frontMatter, range: nil)
            // A first heading that repeats the declared title is that title.
            if let first = blocks.first, first.isHeading, squeeze(first.text) == squeeze(declared) {
                title?.range = text.range(first.span)
                blocks.removeFirst()
            }
        } else if let first = blocks.first, first.headingLevel == 1,
                  blocks.dropFirst().allSatisfy({ $0.headingLevel != 1 }) {
            let inferred = if case .heading(_, true) = first.role { true } else { false }
            title = Title(text: first.text, origin: inferred ? .firstLine : .heading, range: text.range(first.span))
            blocks.removeFirst()
        }

        var sections: [Section] = []
        var current = Section(id: "", heading: nil, blocks: [])
        var paragraphCount = 0
        func close() {
            guard current.heading != nil || !current.blocks.isEmpty else { return }
            current.id = ElementID.make("sec", sections.count + 1)
            sections.append(current)
        }
        for block in blocks {
            switch block.role {
            case .heading(let level, let inferred):
                close()
                let textSpan = block.text.isEmpty ? block.span : block.map.sourceRange(0..<block.text.utf8.count)
                current = Section(id: "", heading: Heading(text: block.text, level: level,
                                                           range: text.range(textSpan), inferred: inferred),
                                  blocks: [])
            case .content(let kind):
                paragraphCount += 1
                current.blocks.append(Block(id: ElementID.make("p", paragraphCount), kind: kind, text: block.text,
                                            range: text.range(block.span), textMap: block.map))
            }
        }
        close()
        return (title, sections)
    }

    private func squeeze(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }
}
