import CCmark
import Foundation

/// A report body under construction as a libcmark node tree, and the only
/// file of RontenReport that touches C.
///
/// The builder keeps a stack of open containers: `paragraph { … }` opens a
/// node, runs the closure (which appends children to it) and closes it.
/// Article text can enter only through `text` and `code` (literal nodes,
/// escaped by cmark's renderers) or `codeBlock`. Ronten's own markup (the SVG
/// map, `<mark>` spans, anchors, tables) enters only as `Markup`, which is
/// built from string literals and text escaped by `HTMLEscaping`, or as a
/// `StaticString` literal, and goes into CUSTOM_BLOCK / CUSTOM_INLINE nodes.
///
/// Why custom nodes rather than HTML_BLOCK / HTML_INLINE: cmark writes a
/// custom node's enter and exit strings as they are even in its default safe
/// mode, so the renderers run *without* `CMARK_OPT_UNSAFE`. Safe mode then
/// still drops any raw HTML node and any `javascript:`/`data:` link URL,
/// which keeps a second wall up should a future change ever route article
/// text the wrong way.
final class CMarkDocument {
    private let root: OpaquePointer
    /// The innermost open container; its ancestors are cmark's parents.
    private var current: OpaquePointer
    /// Where every node, string and rendering of this tree lives (see NodeArena).
    private let arena: UnsafeMutablePointer<NodeArena>
    /// Where markup built by a closure is written before cmark copies it.
    private var scratch: UnsafeMutableRawPointer
    private var scratchCapacity = 1024

    init() {
        scratch = malloc(scratchCapacity)!
        arena = NodeArena.make()
        NodeArena.enter(arena)
        root = cmark_node_new_with_mem(CMARK_NODE_DOCUMENT, NodeArena.mem(arena))
        current = root
    }

    /// The arena goes whole: no walk of the tree to free node by node.
    deinit {
        NodeArena.destroy(arena)
        free(scratch)
    }

    /// A new node in this document's arena. Every call into cmark that
    /// allocates follows one of these (or `enter`) with no other document's
    /// code in between, so the thread's current arena is this one.
    @inline(__always)
    private func newNode(_ type: cmark_node_type) -> OpaquePointer? {
        NodeArena.enter(arena)
        return cmark_node_new_with_mem(type, NodeArena.mem(arena))
    }

    // MARK: Blocks

    func heading(_ level: Int, _ content: () -> Void) {
        let node = newNode(CMARK_NODE_HEADING)
        cmark_node_set_heading_level(node, Int32(min(max(level, 1), 6)))
        within(node, content)
    }

    func paragraph(_ content: () -> Void) { within(newNode(CMARK_NODE_PARAGRAPH), content) }

    func blockQuote(_ content: () -> Void) { within(newNode(CMARK_NODE_BLOCK_QUOTE), content) }

    /// A tight list; `item` adds its entries.
    func list(ordered: Bool = false, _ content: () -> Void) {
        let node = newNode(CMARK_NODE_LIST)
        cmark_node_set_list_type(node, ordered ? CMARK_ORDERED_LIST : CMARK_BULLET_LIST)
        if ordered {
            cmark_node_set_list_delim(node, CMARK_PERIOD_DELIM)
            cmark_node_set_list_start(node, 1)
        }
        cmark_node_set_list_tight(node, 1)
        within(node, content)
    }

    func item(_ content: () -> Void) { within(newNode(CMARK_NODE_ITEM), content) }

    func thematicBreak() { append(newNode(CMARK_NODE_THEMATIC_BREAK)) }

    /// Text shown as it is, whitespace kept: code, raw HTML or a table found in an article.
    func codeBlock(_ literal: String, info: String = "") {
        let node = newNode(CMARK_NODE_CODE_BLOCK)
        var body = Self.literal(literal, keepLineBreaks: true)
        if !body.hasSuffix("\n") { body.append("\n") }
        _ = body.withCString { cmark_node_set_literal(node, $0) }
        if !info.isEmpty { _ = Self.literal(info, keepLineBreaks: false).withCString { cmark_node_set_fence_info(node, $0) } }
        append(node)
    }

    /// Ronten's own block markup around block content (`<section>`, `<table>`, `<td>`, an SVG).
    func block(_ enter: Markup, _ exit: Markup, _ content: () -> Void = {}) {
        let node = newNode(CMARK_NODE_CUSTOM_BLOCK)
        enter.bytes.withUnsafeBufferPointer { setOnEnter(node, $0) }
        exit.bytes.withUnsafeBufferPointer { setOnExit(node, $0) }
        within(node, content)
    }

    func block(_ enter: Markup, _ exit: StaticString, _ content: () -> Void = {}) {
        let node = newNode(CMARK_NODE_CUSTOM_BLOCK)
        enter.bytes.withUnsafeBufferPointer { setOnEnter(node, $0) }
        setOnExit(node, exit)
        within(node, content)
    }

    /// Block markup written by `enter` straight into the document's scratch
    /// buffer: no Markup array made and dropped per row or cell.
    func block(_ enter: (inout MarkupWriter) -> Void, _ exit: StaticString, _ content: () -> Void = {}) {
        let node = newNode(CMARK_NODE_CUSTOM_BLOCK)
        write(enter) { _ = cmark_node_set_on_enter(node, $0) }
        setOnExit(node, exit)
        within(node, content)
    }

    func block(_ enter: StaticString, _ exit: StaticString, _ content: () -> Void = {}) {
        let node = newNode(CMARK_NODE_CUSTOM_BLOCK)
        setOnEnter(node, enter)
        setOnExit(node, exit)
        within(node, content)
    }

    // MARK: Inlines

    /// Article or label text: a literal node, escaped by the renderer.
    func text(_ string: String) {
        guard !string.isEmpty else { return }
        literal({ $0.text(string) }) { newLiteral(CMARK_NODE_TEXT, $0) }
    }

    /// Text put together from pieces (see LiteralWriter); no node when it is empty.
    func text(_ build: (inout LiteralWriter) -> Void) {
        literal(build) { newLiteral(CMARK_NODE_TEXT, $0) }
    }

    func code(_ string: String) {
        guard !string.isEmpty else { return }
        literal({ $0.text(string) }) { newLiteral(CMARK_NODE_CODE, $0) }
    }

    private func newLiteral(_ type: cmark_node_type, _ literal: UnsafePointer<CChar>) {
        let node = newNode(type)
        _ = cmark_node_set_literal(node, literal)
        append(node)
    }

    /// Runs `build` on a literal writer over the scratch buffer and lends
    /// the text as a C string, unless it came out empty.
    private func literal(_ build: (inout LiteralWriter) -> Void, _ use: (UnsafePointer<CChar>) -> Void) {
        var writer = LiteralWriter(MarkupWriter(storage: scratch, capacity: scratchCapacity))
        build(&writer)
        var out = writer.out
        out.terminate()
        scratch = out.storage
        scratchCapacity = out.capacity
        if out.count > 0 { use(UnsafePointer(scratch.assumingMemoryBound(to: CChar.self))) }
    }

    func lineBreak() { append(newNode(CMARK_NODE_LINEBREAK)) }

    func emphasis(_ content: () -> Void) { within(newNode(CMARK_NODE_EMPH), content) }

    func strong(_ content: () -> Void) { within(newNode(CMARK_NODE_STRONG), content) }

    /// A link Ronten makes (to an anchor or a report file), never one found in an article.
    func link(_ url: String, title: String = "", _ content: () -> Void) {
        let node = newNode(CMARK_NODE_LINK)
        _ = Self.literal(url, keepLineBreaks: false).withCString { cmark_node_set_url(node, $0) }
        if !title.isEmpty { _ = Self.literal(title, keepLineBreaks: false).withCString { cmark_node_set_title(node, $0) } }
        within(node, content)
    }

    /// A link to an anchor of this page, `#` and the anchor, its title put
    /// together from pieces (no title when they come out empty).
    func link(anchor: String, title: (inout LiteralWriter) -> Void = { _ in }, _ content: () -> Void) {
        let node = newNode(CMARK_NODE_LINK)
        literal({ $0.raw("#"); $0.text(Anchor.id(anchor)) }) { _ = cmark_node_set_url(node, $0) }
        literal(title) { _ = cmark_node_set_title(node, $0) }
        within(node, content)
    }

    /// Ronten's own inline markup around inline content (`<mark>`, a sentence anchor).
    func inline(_ enter: Markup, _ exit: Markup, _ content: () -> Void) {
        let node = newNode(CMARK_NODE_CUSTOM_INLINE)
        enter.bytes.withUnsafeBufferPointer { setOnEnter(node, $0) }
        exit.bytes.withUnsafeBufferPointer { setOnExit(node, $0) }
        within(node, content)
    }

    func inline(_ enter: Markup, _ exit: StaticString, _ content: () -> Void) {
        let node = newNode(CMARK_NODE_CUSTOM_INLINE)
        enter.bytes.withUnsafeBufferPointer { setOnEnter(node, $0) }
        setOnExit(node, exit)
        within(node, content)
    }

    func inline(_ enter: (inout MarkupWriter) -> Void, _ exit: StaticString, _ content: () -> Void) {
        let node = newNode(CMARK_NODE_CUSTOM_INLINE)
        write(enter) { _ = cmark_node_set_on_enter(node, $0) }
        setOnExit(node, exit)
        within(node, content)
    }

    func inline(_ enter: StaticString, _ exit: StaticString, _ content: () -> Void) {
        let node = newNode(CMARK_NODE_CUSTOM_INLINE)
        setOnEnter(node, enter)
        setOnExit(node, exit)
        within(node, content)
    }

    /// Runs `build` on a writer over the scratch buffer and lends the result
    /// as a C string. `build` only writes markup; it never calls back into
    /// the document, so the buffer is never in use twice.
    private func write(_ build: (inout MarkupWriter) -> Void, _ use: (UnsafePointer<CChar>) -> Void) {
        var writer = MarkupWriter(storage: scratch, capacity: scratchCapacity)
        build(&writer)
        writer.terminate()
        scratch = writer.storage
        scratchCapacity = writer.capacity
        use(UnsafePointer(scratch.assumingMemoryBound(to: CChar.self)))
    }

    /// A string literal is already a C string: cmark copies it from where it lies.
    private func setOnEnter(_ node: OpaquePointer?, _ literal: StaticString) {
        guard literal.hasPointerRepresentation else { return literal.withUTF8Buffer { setOnEnter(node, $0) } }
        _ = cmark_node_set_on_enter(node, UnsafeRawPointer(literal.utf8Start).assumingMemoryBound(to: CChar.self))
    }

    private func setOnExit(_ node: OpaquePointer?, _ literal: StaticString) {
        guard literal.hasPointerRepresentation else { return literal.withUTF8Buffer { setOnExit(node, $0) } }
        _ = cmark_node_set_on_exit(node, UnsafeRawPointer(literal.utf8Start).assumingMemoryBound(to: CChar.self))
    }

    private func setOnEnter(_ node: OpaquePointer?, _ markup: UnsafeBufferPointer<UInt8>) {
        withTerminated(markup) { _ = cmark_node_set_on_enter(node, $0) }
    }

    private func setOnExit(_ node: OpaquePointer?, _ markup: UnsafeBufferPointer<UInt8>) {
        withTerminated(markup) { _ = cmark_node_set_on_exit(node, $0) }
    }

    /// cmark copies the string it is given, so a temporary buffer will do:
    /// on the stack for the tags of a cell or a row (there are thousands a
    /// page), where a reused array of the document's cost an exclusivity
    /// check, a retain and Array's appends on every call.
    private func withTerminated(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafePointer<CChar>) -> Void) {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: bytes.count + 1) { buffer in
            let start = buffer.baseAddress!
            if let source = bytes.baseAddress {
                UnsafeMutableRawPointer(start).copyMemory(from: source, byteCount: bytes.count)
            }
            start[bytes.count] = 0
            body(start)
        }
    }

    // MARK: Rendering

    func renderHTML() -> String {
        NodeArena.enter(arena)
        return Self.take(cmark_render_html(root, CMARK_OPT_DEFAULT))
    }

    /// The HTML as cmark wrote it, lent without a copy or a UTF-8 check: it
    /// is valid UTF-8 because everything cmark was given came from Swift
    /// strings or `Markup` built from them, and its renderer copies those
    /// bytes whole, adding only ASCII (tags, entities, percent escapes).
    /// The bytes live in the arena (never `free` them) until the document goes.
    func withRenderedHTML<R>(_ use: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        NodeArena.enter(arena)
        guard let rendered = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return use(UnsafeBufferPointer(start: nil, count: 0)) }
        return rendered.withMemoryRebound(to: UInt8.self, capacity: 1) { start in
            use(UnsafeBufferPointer(start: start, count: strlen(rendered)))
        }
    }

    /// CommonMark without hard wrapping, so a sentence stays on one line.
    func renderCommonMark() -> String {
        NodeArena.enter(arena)
        return Self.take(cmark_render_commonmark(root, CMARK_OPT_DEFAULT, 0))
    }

    // MARK: Tree

    private func append(_ node: OpaquePointer?) {
        guard let node else { return }
        // A node the parent cannot hold stays unlinked in the arena, freed with it.
        _ = cmark_node_append_child(current, node)
    }

    private func within(_ node: OpaquePointer?, _ content: () -> Void) {
        guard let node else { return }
        let parent = current
        guard cmark_node_append_child(parent, node) != 0 else { return }
        current = node
        content()
        current = parent
    }

    /// A copy of a rendering, which itself stays in the arena.
    private static func take(_ rendered: UnsafeMutablePointer<CChar>?) -> String {
        guard let rendered else { return "" }
        return String(cString: rendered)
    }

    /// A C string cuts at NUL, so NUL becomes U+FFFD; inline text keeps to
    /// one line so no line of it can start a Markdown block in the .md report.
    static func literal(_ string: String, keepLineBreaks: Bool) -> String {
        // Every piece of text passes here: scan its bytes, not the UTF8View.
        var copy = string
        let needsWork = copy.withUTF8 { bytes in
            guard let start = bytes.baseAddress else { return false }
            let raw = UnsafeRawPointer(start)
            var i = 0
            // Eight bytes at a time while none is below 0x0E (the classic
            // "has a byte less than n" test, exact about whether one is).
            let ones: UInt64 = 0x0101_0101_0101_0101
            while i < bytes.count {
                if i + 8 <= bytes.count {
                    let v = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if (v &- ones &* 0x0E) & ~v & (ones &* 0x80) == 0 {
                        i += 8
                        continue
                    }
                }
                let byte = bytes[i]
                if byte <= 0x0D && (byte == 0 || (!keepLineBreaks && (byte == 0x0A || byte == 0x0D))) { return true }
                i += 1
            }
            return false
        }
        guard needsWork else { return string }
        var scalars = String.UnicodeScalarView()
        for scalar in string.unicodeScalars {
            if scalar == "\0" {
                scalars.append("\u{FFFD}")
            } else if !keepLineBreaks && (scalar == "\n" || scalar == "\r") {
                scalars.append(" ")
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}

/// The memory of one CMarkDocument's tree: cmark's allocator pointed at
/// big chunks that a pointer bumps through. Freeing a block is a no-op and
/// the chunks go together when the document does, so building a page costs
/// no malloc per node or string and dropping it no walk of the tree
/// (profiling put cmark's node new and free at a fifth of a page's cost).
/// `realloc` of the newest block grows it in place, which is how cmark's
/// renderers grow their output buffer.
///
/// cmark's allocator functions get no context, so the arena in use is the
/// calling thread's current one, set by `enter` before each call into cmark
/// that may allocate (a thread-local variable in the CCmark shim). A
/// document is used on one thread at a time (it is not Sendable), and
/// between `enter` and cmark's allocation no other document's code runs.
private struct NodeArena {
    var mem: cmark_mem
    /// The newest chunk; its first word points to the chunk before.
    var chunk: UnsafeMutableRawPointer?
    /// The free part of the newest chunk, as addresses (0 and 0 before the first).
    var top: UInt = 0
    var limit: UInt = 0
    /// The data of the newest block, the one `realloc` can grow in place.
    var last: UnsafeMutableRawPointer?
    var nextChunkSize = 64 << 10

    /// Each block's size sits in the word before its data.
    static let header = 8
    static let chunkHeader = 8
    static let largestChunk = 1 << 20

    static func make() -> UnsafeMutablePointer<NodeArena> {
        let arena = UnsafeMutablePointer<NodeArena>.allocate(capacity: 1)
        arena.initialize(to: NodeArena(mem: cmark_mem(
            calloc: { count, size in NodeArena.current().pointee.zeroed(count, size) },
            realloc: { block, size in NodeArena.current().pointee.resize(block, size) },
            free: { _ in })))
        return arena
    }

    static func destroy(_ arena: UnsafeMutablePointer<NodeArena>) {
        if ronten_cmark_current_arena() == UnsafeMutableRawPointer(arena) { ronten_cmark_enter_arena(nil) }
        var chunk = arena.pointee.chunk
        while let this = chunk {
            chunk = this.load(as: UnsafeMutableRawPointer?.self)
            Foundation.free(this)
        }
        arena.deinitialize(count: 1)
        arena.deallocate()
    }

    static func mem(_ arena: UnsafeMutablePointer<NodeArena>) -> UnsafeMutablePointer<cmark_mem> {
        (UnsafeMutableRawPointer(arena) + MemoryLayout<NodeArena>.offset(of: \NodeArena.mem)!)
            .assumingMemoryBound(to: cmark_mem.self)
    }

    @inline(__always)
    static func enter(_ arena: UnsafeMutablePointer<NodeArena>) {
        ronten_cmark_enter_arena(arena)
    }

    @inline(__always)
    static func current() -> UnsafeMutablePointer<NodeArena> {
        guard let arena = ronten_cmark_current_arena() else { fatalError("cmark allocated outside a CMarkDocument call") }
        return arena.assumingMemoryBound(to: NodeArena.self)
    }

    @inline(__always)
    mutating func allocate(_ size: Int) -> UnsafeMutableRawPointer {
        let rounded = (size + 7) & ~7
        if limit &- top < UInt(Self.header + rounded) { addChunk(Self.header + rounded) }
        let block = UnsafeMutableRawPointer(bitPattern: top).unsafelyUnwrapped
        block.storeBytes(of: size, as: Int.self)
        let data = block + Self.header
        top = UInt(bitPattern: data + rounded)
        last = data
        return data
    }

    mutating func zeroed(_ count: Int, _ size: Int) -> UnsafeMutableRawPointer? {
        let (total, overflow) = count.multipliedReportingOverflow(by: size)
        guard !overflow else { return nil }
        let data = allocate(total)
        memset(data, 0, total)
        return data
    }

    mutating func resize(_ block: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
        guard let block else { return allocate(size) }
        let old = (block - Self.header).load(as: Int.self)
        let rounded = (size + 7) & ~7
        if block == last, limit &- UInt(bitPattern: block) >= UInt(rounded) {
            (block - Self.header).storeBytes(of: size, as: Int.self)
            top = UInt(bitPattern: block + rounded)
            return block
        }
        if size <= old { return block }
        let moved = allocate(size)
        moved.copyMemory(from: block, byteCount: old)
        return moved
    }

    /// A chunk with room for `need` bytes and as much again, so a buffer
    /// that outgrew its chunk can keep growing in place for a while.
    mutating func addChunk(_ need: Int) {
        let size = max(nextChunkSize, Self.chunkHeader + 2 * need)
        nextChunkSize = min(nextChunkSize * 2, Self.largestChunk)
        guard let fresh = malloc(size) else { fatalError("out of memory for a report page") }
        fresh.storeBytes(of: chunk, as: UnsafeMutableRawPointer?.self)
        chunk = fresh
        top = UInt(bitPattern: fresh + Self.chunkHeader)
        limit = UInt(bitPattern: fresh + size)
        last = nil
    }
}
