import RontenCore

/// Flattens a paragraph's inlines to plain text and finds where each piece
/// of it stands in the source, since libcmark gives positions for blocks
/// only. Literals are located in order within the block's own bytes; a
/// literal that differs from its source (an entity, an escape) is aligned
/// character by character.
struct InlineAligner {
    let source: [UInt8]
    /// The block's bytes in the decoded text; nothing is searched outside them.
    let window: Range<Int>

    func flatten(_ inlines: [CommonMarkReader.Inline], literals: [UInt8]) -> (String, TextMap) {
        var text: [UInt8] = []
        text.reserveCapacity(literals.count + 16)
        var map = TextMap()
        // A run for each inline, as most are found verbatim: growing the
        // runs one doubling at a time reallocated them in every paragraph.
        map.reserveCapacity(inlines.count)
        var cursor = window.lowerBound

        func emit(_ literal: Range<Int>) {
            let bytes = literals[literal]
            guard !bytes.isEmpty else { return }
            if let found = find(bytes, from: cursor) {
                map.append(textLength: bytes.count, sourceStart: found, sourceLength: bytes.count)
                cursor = found + bytes.count
            } else {
                cursor = alignByCharacter(bytes, from: cursor, map: &map)
            }
            text.append(contentsOf: bytes)
        }

        for (index, inline) in inlines.enumerated() {
            switch inline {
            case .text(let literal), .code(let literal), .html(let literal):
                emit(literal)
            case .softBreak, .lineBreak:
                let breakStart = nextLineBreak(from: cursor)
                let breakLength = breakStart < window.upperBound && source[breakStart] == 0x0D
                    && breakStart + 1 < source.count && source[breakStart + 1] == 0x0A ? 2 : 1
                // Japanese lines join without a space; other scripts with one.
                let before = lastScalar(text)
                let after = firstScalar(of: inlines[(index + 1)...], literals: literals)
                if !(isCJK(before) && isCJK(after)) {
                    text.append(0x20)
                    map.append(textLength: 1, sourceStart: breakStart, sourceLength: breakLength)
                }
                cursor = min(breakStart + breakLength, window.upperBound)
            case .linkEnd:
                cursor = skipLinkDestination(from: cursor)
            }
        }
        return (String(decoding: text, as: UTF8.self), map)
    }

    /// The first occurrence of `needle` at or after `start` within the window.
    private func find(_ needle: ArraySlice<UInt8>, from start: Int) -> Int? {
        let last = window.upperBound - needle.count
        guard start <= last else { return nil }
        return source.withUnsafeBufferPointer { source in
            needle.withUnsafeBufferPointer { needle in
                let first = needle[0]
                var i = start
                while i <= last {
                    if source[i] == first {
                        var k = 1
                        while k < needle.count, source[i + k] == needle[k] { k += 1 }
                        if k == needle.count { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }

    /// Aligns a literal that does not occur verbatim: each character is
    /// matched as itself, as a backslash escape, or as an entity; the whole
    /// literal then maps to the span it was found across.
    private func alignByCharacter(_ literal: ArraySlice<UInt8>, from start: Int, map: inout TextMap) -> Int {
        var i = start
        var k = literal.startIndex
        while k < literal.endIndex {
            let length = min(utf8Length(literal[k]), literal.endIndex - k)
            let character = literal[k..<(k + length)]
            // Skip markup until the character appears as itself, an entity or an escape.
            var matched = false
            var probe = i
            while probe < window.upperBound, probe - i <= 64 {
                if source[probe] == 0x26, let end = entityEnd(from: probe) {
                    map.append(textLength: length, sourceStart: probe, sourceLength: end - probe)
                    i = end
                    matched = true
                    break
                }
                if source[probe] == 0x5C, probe + length < window.upperBound,
                   source[(probe + 1)..<(probe + 1 + length)].elementsEqual(character) {
                    map.append(textLength: length, sourceStart: probe, sourceLength: length + 1)
                    i = probe + 1 + length
                    matched = true
                    break
                }
                if probe + length <= window.upperBound, source[probe..<(probe + length)].elementsEqual(character) {
                    map.append(textLength: length, sourceStart: probe, sourceLength: length)
                    i = probe + length
                    matched = true
                    break
                }
                probe += 1
            }
            if !matched {
                // Not in the source at all (cmark made it): it stands where we are.
                map.append(textLength: length, sourceStart: i, sourceLength: 0)
            }
            k += length
        }
        return i
    }

    private func entityEnd(from start: Int) -> Int? {
        var i = start + 1
        while i < window.upperBound, i - start <= 32 {
            let b = source[i]
            if b == 0x3B { return i + 1 }
            guard b == 0x23 || (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) else { return nil }
            i += 1
        }
        return nil
    }

    private func nextLineBreak(from start: Int) -> Int {
        var i = start
        while i < window.upperBound, source[i] != 0x0A, source[i] != 0x0D { i += 1 }
        return i
    }

    /// After a link's text: past `](destination "title")`, `][label]` or `]`.
    private func skipLinkDestination(from start: Int) -> Int {
        var i = start
        guard i < window.upperBound, source[i] == 0x5D else {
            // An autolink `<…>` ends with `>`.
            return i < window.upperBound && source[i] == 0x3E ? i + 1 : i
        }
        i += 1
        guard i < window.upperBound else { return i }
        let open = source[i]
        guard open == 0x28 || open == 0x5B else { return i }
        let close: UInt8 = open == 0x28 ? 0x29 : 0x5D
        var depth = 0
        var quote: UInt8 = 0
        while i < window.upperBound {
            let b = source[i]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == 0x22 && open == 0x28 {
                quote = b
            } else if b == 0x5C {
                i += 1
            } else if b == open {
                depth += 1
            } else if b == close {
                depth -= 1
                if depth == 0 { return i + 1 }
            }
            i += 1
        }
        return start + 1
    }

    private func utf8Length(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    }

    private func lastScalar(_ text: [UInt8]) -> UInt32 {
        var i = text.count - 1
        while i > 0, text[i] & 0xC0 == 0x80 { i -= 1 }
        guard i >= 0 else { return 0 }
        return decodeScalar(text[i...])
    }

    private func firstScalar(of inlines: ArraySlice<CommonMarkReader.Inline>, literals: [UInt8]) -> UInt32 {
        for inline in inlines {
            switch inline {
            case .text(let range), .code(let range), .html(let range):
                if !range.isEmpty { return decodeScalar(literals[range]) }
            case .linkEnd: continue
            default: return 0
            }
        }
        return 0
    }
}

func decodeScalar(_ bytes: ArraySlice<UInt8>) -> UInt32 {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar.value }
    return 0
}
