import Foundation
import RontenCore

/// Markdown → raw blocks: libcmark finds the structure, the aligner keeps
/// every piece of text tied to its source bytes.
enum MarkdownReader {
    static func read(_ text: SourceText, from bodyStart: Int) -> [RawBlock] {
        let bytes = text.utf8
        let body = bytes[bodyStart...]
        let lineStarts = lineStartOffsets(bytes, from: bodyStart)

        func offset(line: Int, column: Int) -> Int {
            guard line >= 1 else { return bodyStart }
            guard line <= lineStarts.count else { return bytes.count }
            return min(lineStarts[line - 1] + max(column, 1) - 1, bytes.count)
        }

        var raw: [RawBlock] = []
        for block in CommonMarkReader.read(body) {
            let start = offset(line: block.startLine, column: block.startColumn)
            // End columns are inclusive; take the whole last character.
            var end = offset(line: block.endLine, column: block.endColumn) + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            end = max(start, min(end, bytes.count))
            let span = start..<end
            switch block.kind {
            case .heading(let level):
                let (flat, map) = InlineAligner(source: bytes, window: span).flatten(block.inlines, literals: block.literals)
                raw.append(RawBlock(role: .heading(level: level, inferred: false), text: flat, map: map, span: span))
            case .paragraph:
                if isTable(bytes[span]) {
                    raw.append(RawBlock(role: .content(.table), text: String(decoding: bytes[span], as: UTF8.self),
                                        map: TextMap(verbatimAt: start, length: span.count), span: span))
                    continue
                }
                let (flat, map) = InlineAligner(source: bytes, window: span).flatten(block.inlines, literals: block.literals)
                let kind: Block.Kind = switch block.container {
                case .none: .paragraph
                case .listItem: .listItem
                case .blockQuote: .blockQuote
                }
                raw.append(RawBlock(role: .content(kind), text: flat, map: map, span: span))
            case .code, .html:
                // Kept as written: the source slice, never the markup's meaning.
                raw.append(RawBlock(role: .content(block.kind == .code ? .code : .html),
                                    text: String(decoding: bytes[span], as: UTF8.self),
                                    map: TextMap(verbatimAt: start, length: span.count), span: span))
            }
        }
        return raw
    }

    /// Decoded offsets of each line start from `start`, as cmark counts lines.
    static func lineStartOffsets(_ bytes: [UInt8], from start: Int) -> [Int] {
        var starts = [start]
        bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            var i = start
            let n = bytes.count
            while i < n {
                // Eight bytes at once while none is a CR or an LF.
                if i + 8 <= n {
                    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let lf = word ^ (ones &* 0x0A), cr = word ^ (ones &* 0x0D)
                    if ((lf &- ones) & ~lf | (cr &- ones) & ~cr) & highs == 0 {
                        i += 8
                        continue
                    }
                }
                let b = bytes[i]
                if b == 0x0A || (b == 0x0D && (i + 1 >= n || bytes[i + 1] != 0x0A)) {
                    starts.append(i + 1)
                }
                i += 1
            }
        }
        return starts
    }

    /// A pipe table written as text (GFM syntax, which CommonMark reads as a
    /// paragraph): a header row, then a delimiter row of dashes and pipes.
    static func isTable(_ block: ArraySlice<UInt8>) -> Bool {
        block.withUnsafeBufferPointer { block in
            // The first two non-empty lines, found without splitting the block;
            // a line's end and its pipe by memchr, since a flattened paragraph
            // is one long line (the byte loops were 2,000 instructions a block).
            guard let base = block.baseAddress else { return false }
            let n = block.count
            /// Where `byte` first stands in `range`, or nil.
            func find(_ byte: UInt8, in range: Range<Int>) -> Int? {
                memchr(base + range.lowerBound, Int32(byte), range.count).map {
                    UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base
                }
            }
            func line(from start: Int) -> Range<Int>? {
                var i = start
                while i < n, block[i] == 0x0A || block[i] == 0x0D { i += 1 }
                guard i < n else { return nil }
                let lf = find(0x0A, in: i..<n) ?? n
                return i..<(find(0x0D, in: i..<lf) ?? lf)
            }
            func hasPipe(_ line: Range<Int>) -> Bool { find(0x7C, in: line) != nil }
            guard let header = line(from: 0), hasPipe(header), let delimiter = line(from: header.upperBound) else { return false }
            var dashes = 0
            for i in delimiter {
                switch block[i] {
                case 0x2D: dashes += 1
                case 0x7C, 0x3A, 0x20, 0x09: continue
                default: return false
                }
            }
            return dashes >= 3 && hasPipe(delimiter)
        }
    }
}
