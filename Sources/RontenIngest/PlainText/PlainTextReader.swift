import RontenCore

/// Plain and flattened text → raw blocks, for articles as they really
/// arrive: one paragraph per line or hard-wrapped lines, headings as short
/// lines without a full stop, a title line, `## ` headings at a line start
/// or run into the text, and the article pasted twice.
enum PlainTextReader {
    static func read(_ text: SourceText, from bodyStart: Int) -> (blocks: [RawBlock], notes: [Note]) {
        let bytes = text.utf8
        var lines = Line.split(bytes, from: bodyStart)

        // Copies first: the flattened copy holds run-in headings that would
        // otherwise be taken for real ones.
        let units = lines.indices.filter { !lines[$0].isBlank(bytes) }
        let (dropped, notes) = DuplicateFilter(text: text).duplicates(
            in: units.map { DuplicateFilter.Unit(bytes: bytes[lines[$0].span], span: lines[$0].span) })
        for index in dropped { lines[units[index]].dropped = true }

        var items: [Item] = []
        for line in lines where !line.dropped {
            if line.isBlank(bytes) { items.append(.blank); continue }
            items.append(contentsOf: RunInHeadings.split(bytes, line.trimmed(bytes)))
        }
        return (LineClassifier(bytes: bytes, items: items).blocks(), notes)
    }

    /// One physical line, without its terminator.
    struct Line {
        var span: Range<Int>
        var dropped = false

        static func split(_ bytes: [UInt8], from start: Int) -> [Line] {
            var lines: [Line] = []
            var lineStart = start
            var i = start
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x0A || b == 0x0D {
                    lines.append(Line(span: lineStart..<i))
                    if b == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                    lineStart = i + 1
                }
                i += 1
            }
            if lineStart < bytes.count { lines.append(Line(span: lineStart..<bytes.count)) }
            return lines
        }

        func isBlank(_ bytes: [UInt8]) -> Bool { trimmed(bytes).isEmpty }

        /// The span without surrounding spaces, tabs and ideographic spaces.
        func trimmed(_ bytes: [UInt8]) -> Range<Int> {
            var start = span.lowerBound, end = span.upperBound
            while start < end {
                if bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0B || bytes[start] == 0x0C { start += 1 }
                else if isIdeographicSpace(bytes, at: start, end: end) { start += 3 }
                else { break }
            }
            while end > start {
                if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0B || bytes[end - 1] == 0x0C { end -= 1 }
                else if end - start >= 3, isIdeographicSpace(bytes, at: end - 3, end: end) { end -= 3 }
                else { break }
            }
            return start..<end
        }
    }

    /// A line, or part of one, after run-in headings are split off.
    enum Item: Equatable {
        case blank
        /// An explicit `#` heading: level and the span of its text.
        case heading(level: Int, span: Range<Int>)
        case text(Range<Int>)
    }
}

@inline(__always)
func isIdeographicSpace(_ bytes: [UInt8], at i: Int, end: Int) -> Bool {
    i + 2 < end && bytes[i] == 0xE3 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80
}
