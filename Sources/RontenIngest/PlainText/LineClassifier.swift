import RontenCore

/// Decides what each line of plain text is, from the line and its
/// neighbours: a heading (short, no sentence-final stop, standing alone
/// above text), a list item, or part of a paragraph. A line that does not
/// end its sentence runs on into the next line (hard-wrapped text); a line
/// that does is a paragraph of its own (one paragraph per line).
struct LineClassifier {
    let bytes: [UInt8]
    let items: [PlainTextReader.Item]

    func blocks() -> [RawBlock] {
        var blocks: [RawBlock] = []
        var paragraph: [Range<Int>] = []
        var isList = false
        var sawContent = false

        func flush() {
            guard !paragraph.isEmpty else { return }
            blocks.append(joined(paragraph, kind: isList ? .listItem : .paragraph))
            paragraph = []
            sawContent = true
        }

        for (index, item) in items.enumerated() {
            switch item {
            case .blank:
                flush()
            case .heading(let level, let span):
                flush()
                blocks.append(heading(span, level: level, inferred: false))
                sawContent = true
            case .text(let span):
                let startsBlock = paragraph.isEmpty || endsSentence(paragraph.last!)
                if startsBlock, isHeadingLike(span, at: index) {
                    flush()
                    let level = !sawContent ? 1 : headingLevel(span)
                    blocks.append(heading(span, level: level, inferred: true))
                    sawContent = true
                    continue
                }
                let listMarker = startsWithListMarker(span)
                if startsBlock || listMarker {
                    flush()
                    isList = listMarker
                }
                paragraph.append(span)
            }
        }
        flush()
        return blocks
    }

    private func heading(_ span: Range<Int>, level: Int, inferred: Bool) -> RawBlock {
        RawBlock(role: .heading(level: level, inferred: inferred),
                 text: String(decoding: bytes[span], as: UTF8.self),
                 map: TextMap(verbatimAt: span.lowerBound, length: span.count), span: span)
    }

    /// Lines of one paragraph joined as a reader would: a space between
    /// English words, nothing between Japanese characters.
    private func joined(_ lines: [Range<Int>], kind: Block.Kind) -> RawBlock {
        var text: [UInt8] = []
        var map = TextMap()
        for (index, line) in lines.enumerated() {
            if index > 0 {
                let previous = lines[index - 1]
                if !(isCJK(lastScalar(previous)) && isCJK(firstScalar(line))) {
                    text.append(0x20)
                    map.append(textLength: 1, sourceStart: previous.upperBound, sourceLength: line.lowerBound - previous.upperBound)
                }
            }
            text.append(contentsOf: bytes[line])
            map.append(textLength: line.count, sourceStart: line.lowerBound, sourceLength: line.count)
        }
        return RawBlock(role: .content(kind), text: String(decoding: text, as: UTF8.self), map: map,
                        span: lines.first!.lowerBound..<lines.last!.upperBound)
    }

    // MARK: - Headings

    /// A short line without a sentence-final stop, standing above more text.
    private func isHeadingLike(_ span: Range<Int>, at index: Int) -> Bool {
        guard let next = nextContent(after: index), !startsWithListMarker(span) else { return false }
        let last = lastScalar(span)
        if isSentenceFinal(last) || [0x3A, 0xFF1A, 0x3001, 0x2C, 0xFF0C, 0x3B, 0xFF1B].contains(last) { return false }
        var scalars = 0, cjk = 0, letters = 0, words = 1
        var i = span.lowerBound
        var previousScalar: UInt32 = 0
        while i < span.upperBound {
            let length = utf8Length(bytes[i])
            let scalar = decodeScalar(bytes[i..<min(i + length, span.upperBound)])
            scalars += 1
            if isCJK(scalar) { cjk += 1 }
            if (scalar | 0x20) >= 0x61 && (scalar | 0x20) <= 0x7A { letters += 1 }
            if scalar == 0x20 { words += 1 }
            // A sentence stop inside the line means sentences, not a title.
            if scalar == 0x3002 { return false }
            if previousScalar == 0x2E || previousScalar == 0x21 || previousScalar == 0x3F, scalar == 0x20 { return false }
            previousScalar = scalar
            i += length
        }
        guard cjk + letters > 0 else { return false }
        if cjk * 2 >= scalars - words + 1 {
            guard scalars <= 60 else { return false }
        } else {
            guard scalars <= 90, words <= 14 else { return false }
            if endsWithFunctionWord(span) { return false }
        }
        // Wrapped English continues in lower case; a heading does not.
        if case .text(let nextSpan) = next {
            let first = firstScalar(nextSpan)
            if first >= 0x61 && first <= 0x7A { return false }
        }
        return true
    }

    private func nextContent(after index: Int) -> PlainTextReader.Item? {
        var i = index + 1
        while i < items.count {
            if items[i] != .blank { return items[i] }
            i += 1
        }
        return nil
    }

    /// 第1章 and 第1部 are chapters, 第1節 a section; other headings sit
    /// under the title.
    private func headingLevel(_ span: Range<Int>) -> Int {
        let text = String(decoding: bytes[span], as: UTF8.self)
        guard text.hasPrefix("第") else { return 2 }
        let head = text.prefix(8)
        if head.contains("章") || head.contains("部") { return 2 }
        if head.contains("節") { return 3 }
        return 2
    }

    private static let functionWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "for", "with", "and", "or", "but", "by", "as", "at", "from",
        "that", "which", "is", "are", "was", "were", "be", "this", "these", "its", "their", "our", "his", "her",
    ]

    private func endsWithFunctionWord(_ span: Range<Int>) -> Bool {
        var start = span.upperBound
        while start > span.lowerBound, bytes[start - 1] != 0x20 { start -= 1 }
        let word = String(decoding: bytes[start..<span.upperBound], as: UTF8.self).lowercased()
        return Self.functionWords.contains(word)
    }

    // MARK: - Sentences and lists

    private func endsSentence(_ span: Range<Int>) -> Bool {
        isSentenceFinal(lastScalar(span, skippingClosers: true))
    }

    private func isSentenceFinal(_ v: UInt32) -> Bool {
        [0x3002, 0xFF0E, 0x2E, 0x21, 0x3F, 0xFF01, 0xFF1F, 0x2026, 0x2025].contains(v)
    }

    private func startsWithListMarker(_ span: Range<Int>) -> Bool {
        let first = firstScalar(span)
        // ・ • ● ○ ■ □ ◆ ◇ ▪ ‣ ⁃ ①–⑳
        if [0x30FB, 0x2022, 0x25CF, 0x25CB, 0x25A0, 0x25A1, 0x25C6, 0x25C7, 0x25AA, 0x2023, 0x2043].contains(first)
            || (first >= 0x2460 && first <= 0x2473) {
            return true
        }
        let i = span.lowerBound
        if (first == 0x2D || first == 0x2A || first == 0x2B), i + 1 < span.upperBound, bytes[i + 1] == 0x20 { return true }
        // 1. 1) (1) （1）
        var j = i
        if j < span.upperBound, bytes[j] == 0x28 { j += 1 }
        let digitsStart = j
        while j < span.upperBound, bytes[j] >= 0x30, bytes[j] <= 0x39 { j += 1 }
        if j > digitsStart, j - digitsStart <= 3, j + 1 < span.upperBound,
           bytes[j] == 0x2E || bytes[j] == 0x29, bytes[j + 1] == 0x20 {
            return true
        }
        return false
    }

    // MARK: - Scalars

    private func firstScalar(_ span: Range<Int>) -> UInt32 {
        guard !span.isEmpty else { return 0 }
        return decodeScalar(bytes[span.lowerBound..<min(span.lowerBound + 4, span.upperBound)])
    }

    private func lastScalar(_ span: Range<Int>, skippingClosers: Bool = false) -> UInt32 {
        var end = span.upperBound
        while end > span.lowerBound {
            var start = end - 1
            while start > span.lowerBound, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            let scalar = decodeScalar(bytes[start..<end])
            // 」』）)"'’” and brackets close a sentence that ended inside them.
            if skippingClosers, [0x300D, 0x300F, 0xFF09, 0x29, 0x22, 0x27, 0x2019, 0x201D, 0x5D, 0x3011].contains(scalar) {
                end = start
                continue
            }
            return scalar
        }
        return 0
    }
}
