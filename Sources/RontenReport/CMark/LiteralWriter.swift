/// The text of a literal node (text, code, a link's address or title) put
/// together from pieces in a document's scratch buffer, so a reference like
/// `s12 · line 21` or a cell's `text + " "` costs no String of its own.
///
/// It does on the way what `CMarkDocument.literal` does to a String: NUL
/// becomes U+FFFD and line breaks become spaces, so no piece can cut the C
/// string or start a Markdown block. Nothing is escaped: cmark's renderers
/// escape literal nodes, and this text never becomes markup.
struct LiteralWriter {
    private(set) var out: MarkupWriter

    init(_ out: MarkupWriter) { self.out = out }

    mutating func text(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) != nil { return }
        var native = text
        native.withUTF8 { append($0) }
    }

    mutating func raw(_ literal: StaticString) { out.raw(literal) }

    mutating func int(_ value: Int) { out.int(value) }

    mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let start = source.baseAddress else { return }
        out.reserve(source.count)
        let base = UnsafeRawPointer(start)
        let ones: UInt64 = 0x0101_0101_0101_0101
        var run = 0
        var i = 0
        while i < source.count {
            // Eight bytes at a time while none is below 0x0E (see CMarkDocument.literal).
            if i + 8 <= source.count {
                let v = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if (v &- ones &* 0x0E) & ~v & (ones &* 0x80) == 0 {
                    i += 8
                    continue
                }
            }
            let byte = source[i]
            i += 1
            guard byte == 0 || byte == 0x0A || byte == 0x0D else { continue }
            if run < i - 1 { out.put(base + run, i - 1 - run) }
            run = i
            if byte == 0 { out.raw("\u{FFFD}") } else { out.put(0x20) }
        }
        if run < source.count { out.put(base + run, source.count - run) }
    }
}
