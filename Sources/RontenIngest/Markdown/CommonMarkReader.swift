import CCmark
import Glibc

/// The one place that touches libcmark on the reading side: parses Markdown
/// with source positions, walks the tree once, copies what ingestion needs
/// into Swift values and frees the C tree before returning.
enum CommonMarkReader {
    struct Block {
        enum Kind: Equatable {
            case heading(level: Int)
            case paragraph
            case code
            case html
        }

        var kind: Kind
        /// The innermost container that matters to analysis.
        var container: Container
        /// 1-based lines; columns are 1-based UTF-8 byte columns, end inclusive.
        var startLine: Int, startColumn: Int, endLine: Int, endColumn: Int
        var inlines: [Inline] = []
        /// The bytes of every literal in `inlines`, end to end: one buffer a
        /// block rather than a String an inline, which cost a UTF-8 check
        /// and an allocation for each.
        var literals: [UInt8] = []
    }

    enum Container: Equatable {
        case none, listItem, blockQuote
    }

    /// Literal inlines name their bytes in the block's `literals`.
    enum Inline: Equatable {
        case text(Range<Int>)
        case code(Range<Int>)
        case html(Range<Int>)
        case softBreak
        case lineBreak
        /// The end of a link or image: its destination follows in the source.
        case linkEnd
    }

    static func read(_ bytes: ArraySlice<UInt8>) -> [Block] {
        let root: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parse_document($0, buffer.count, CMARK_OPT_SOURCEPOS)
                }
            } ?? cmark_parse_document("", 0, CMARK_OPT_SOURCEPOS)
        }
        guard let root else { return [] }
        defer { cmark_node_free(root) }

        var blocks: [Block] = []
        var containers: [Container] = []
        var current: Block?
        // The open block's inlines and literal bytes, gathered here and
        // copied into it at its end at their final size: grown in the block
        // itself they were reallocated at every doubling, block after block.
        var inlines: [Inline] = []
        var literals: [UInt8] = []
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }

        func position(_ node: OpaquePointer?) -> (Int, Int, Int, Int) {
            (Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)),
             Int(cmark_node_get_end_line(node)), Int(cmark_node_get_end_column(node)))
        }
        /// Appends a node's literal to the open block's bytes.
        func literal(_ node: OpaquePointer?) -> Range<Int> {
            let start = literals.count
            guard let text = cmark_node_get_literal(node) else { return start..<start }
            let count = strlen(text)
            text.withMemoryRebound(to: UInt8.self, capacity: count) {
                literals.append(contentsOf: UnsafeBufferPointer(start: $0, count: count))
            }
            return start..<(start + count)
        }
        func start(_ kind: Block.Kind, _ node: OpaquePointer?) -> Block {
            let (sl, sc, el, ec) = position(node)
            return Block(kind: kind, container: containers.last ?? .none,
                         startLine: sl, startColumn: sc, endLine: el, endColumn: ec)
        }
        func close() {
            guard var block = current else { return }
            block.inlines = inlines.withUnsafeBufferPointer { Array($0) }
            block.literals = literals.withUnsafeBufferPointer { Array($0) }
            inlines.removeAll(keepingCapacity: true)
            literals.removeAll(keepingCapacity: true)
            blocks.append(block)
            current = nil
        }

        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            let node = cmark_iter_get_node(iterator)
            let entering = event == CMARK_EVENT_ENTER
            switch cmark_node_get_type(node) {
            case CMARK_NODE_ITEM:
                if entering { containers.append(.listItem) } else { containers.removeLast() }
            case CMARK_NODE_BLOCK_QUOTE:
                if entering { containers.append(.blockQuote) } else { containers.removeLast() }
            case CMARK_NODE_PARAGRAPH:
                if entering { current = start(.paragraph, node) } else { close() }
            case CMARK_NODE_HEADING:
                if entering {
                    current = start(.heading(level: Int(cmark_node_get_heading_level(node))), node)
                } else { close() }
            case CMARK_NODE_CODE_BLOCK:
                // Kept as the source slice, so its literal is not copied.
                blocks.append(start(.code, node))
            case CMARK_NODE_HTML_BLOCK:
                blocks.append(start(.html, node))
            case CMARK_NODE_TEXT:
                if current != nil { inlines.append(.text(literal(node))) }
            case CMARK_NODE_CODE:
                if current != nil { inlines.append(.code(literal(node))) }
            case CMARK_NODE_HTML_INLINE:
                if current != nil { inlines.append(.html(literal(node))) }
            case CMARK_NODE_SOFTBREAK:
                if current != nil { inlines.append(.softBreak) }
            case CMARK_NODE_LINEBREAK:
                if current != nil { inlines.append(.lineBreak) }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if !entering, current != nil { inlines.append(.linkEnd) }
            default:
                break
            }
        }
        return blocks
    }
}
