import Foundation
import RontenCore

/// Bytes → Document: decoding, front matter, structure and duplicate
/// removal. Sentences are the next stage's work (RontenLanguage).
public struct Ingestor: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        /// By file extension: `.txt` and `.text` are plain text, the rest Markdown.
        case auto
        case markdown
        case text
    }

    public var format: Format

    public init(format: Format = .auto) {
        self.format = format
    }

    /// The file extensions a folder is searched for.
    public static let articleExtensions: Set<String> = ["md", "markdown", "mdown", "mkd", "txt", "text"]

    public func ingest(_ bytes: [UInt8], path: String) throws(IngestError) -> Document {
        let text = try TextDecoder.decode(bytes, path: path)
        let sourceFormat = resolvedFormat(path)
        let frontMatter = FrontMatter.read(text)
        let bodyStart = frontMatter?.bodyStart ?? 0
        var notes: [Note] = frontMatter?.problem.map { [$0] } ?? []

        var raw: [RawBlock]
        switch sourceFormat {
        case .plainText, .segmented:
            let read = PlainTextReader.read(text, from: bodyStart)
            raw = read.blocks
            notes += read.notes
        case .markdown:
            raw = MarkdownReader.read(text, from: bodyStart)
            let filter = DuplicateFilter(text: text)
            let (dropped, found) = filter.duplicates(
                in: raw.map { DuplicateFilter.Unit(bytes: Array($0.text.utf8)[...], span: $0.span) })
            if !dropped.isEmpty {
                raw = raw.indices.filter { !dropped.contains($0) }.map { raw[$0] }
                notes += found
            }
        }

        let metadata = frontMatter?.metadata ?? Metadata()
        let (title, sections) = OutlineBuilder(text: text).build(raw, metadata: metadata, format: sourceFormat)
        let info = SourceInfo(path: path, encoding: text.encoding, sha256: SHA256.hex(bytes),
                              byteCount: bytes.count, format: sourceFormat)
        return Document(source: info, metadata: metadata, title: title, sections: sections, notes: notes, text: text)
    }

    /// One unit per non-empty line, never split further: for corpora that
    /// come pre-segmented.
    public func ingestSegmented(_ bytes: [UInt8], path: String) throws(IngestError) -> Document {
        let text = try TextDecoder.decode(bytes, path: path)
        var blocks: [Block] = []
        for line in PlainTextReader.Line.split(text.utf8, from: 0) {
            let span = line.trimmed(text.utf8)
            guard !span.isEmpty else { continue }
            blocks.append(Block(id: ElementID.make("p", blocks.count + 1), kind: .unit,
                                text: String(decoding: text.utf8[span], as: UTF8.self),
                                range: text.range(span), textMap: TextMap(verbatimAt: span.lowerBound, length: span.count)))
        }
        let info = SourceInfo(path: path, encoding: text.encoding, sha256: SHA256.hex(bytes),
                              byteCount: bytes.count, format: .segmented)
        return Document(source: info, sections: blocks.isEmpty ? [] : [Section(id: "sec1", heading: nil, blocks: blocks)],
                        text: text)
    }

    private func resolvedFormat(_ path: String) -> SourceFormat {
        switch format {
        case .markdown: return .markdown
        case .text: return .plainText
        case .auto:
            let ext = PathText.pathExtension(path).lowercased()
            return ext == "txt" || ext == "text" ? .plainText : .markdown
        }
    }
}
