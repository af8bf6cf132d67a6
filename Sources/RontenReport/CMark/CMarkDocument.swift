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

    init() {
        root = cmark_node_new(CMARK_NODE_DOCUMENT)
        current = root
    }

    deinit { cmark_node_free(root) }

    // MARK: Blocks

    func heading(_ level: Int, _ content: () -> Void) {
        let node = cmark_node_new(CMARK_NODE_HEADING)
        cmark_node_set_heading_level(node, Int32(min(max(level, 1), 6)))
        within(node, content)
    }

    func paragraph(_ content: () -> Void) { within(cmark_node_new(CMARK_NODE_PARAGRAPH), content) }

    func blockQuote(_ content: () -> Void) { within(cmark_node_new(CMARK_NODE_BLOCK_QUOTE), content) }

    /// A tight list; `item` adds its entries.
    func list(ordered: Bool = false, _ content: () -> Void) {
        let node = cmark_node_new(CMARK_NODE_LIST)
        cmark_node_set_list_type(node, ordered ? CMARK_ORDERED_LIST : CMARK_BULLET_LIST)
        if ordered {
            cmark_node_set_list_delim(node, CMARK_PERIOD_DELIM)
            cmark_node_set_list_start(node, 1)
        }
        cmark_node_set_list_tight(node, 1)
        within(node, content)
    }

    func item(_ content: () -> Void) { within(cmark_node_new(CMARK_NODE_ITEM), content) }

    func thematicBreak() { append(cmark_node_new(CMARK_NODE_THEMATIC_BREAK)) }

    /// Text shown as it is, whitespace kept: code, raw HTML or a table found in an article.
    func codeBlock(_ literal: String, info: String = "") {
        let node = cmark_node_new(CMARK_NODE_CODE_BLOCK)
        var body = Self.literal(literal, keepLineBreaks: true)
        if !body.hasSuffix("\n") { body.append("\n") }
        _ = body.withCString { cmark_node_set_literal(node, $0) }
        if !info.isEmpty { _ = Self.literal(info, keepLineBreaks: false).withCString { cmark_node_set_fence_info(node, $0) } }
        append(node)
    }

    /// Ronten's own block markup around block content (`<section>`, `<table>`, `<td>`, an SVG).
    func block(_ enter: Markup, _ exit: Markup, _ content: () -> Void = {}) {
        let node = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
        enter.bytes.withUnsafeBufferPointer { setOnEnter(node, $0) }
        exit.bytes.withUnsafeBufferPointer { setOnExit(node, $0) }
        within(node, content)
    }

    func block(_ enter: Markup, _ exit: StaticString, _ content: () -> Void = {}) {
        let node = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
        enter.bytes.withUnsafeBufferPointer { setOnEnter(node, $0) }
        setOnExit(node, Self.buffer(exit))
        within(node, content)
    }

    func block(_ enter: StaticString, _ exit: StaticString, _ content: () -> Void = {}) {
        let node = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
        setOnEnter(node, Self.buffer(enter))
        setOnExit(node, Self.buffer(exit))
        within(node, content)
    }

    // MARK: Inlines

    /// Article or label text: a literal node, escaped by the renderer.
    func text(_ string: String) {
        guard !string.isEmpty else { return }
        let node = cmark_node_new(CMARK_NODE_TEXT)
        // withCString hands over a native string's own bytes; passing the
        // String to the C parameter directly copies it into a new array.
        _ = Self.literal(string, keepLineBreaks: false).withCString { cmark_node_set_literal(node, $0) }
        append(node)
    }

    func code(_ string: String) {
        guard !string.isEmpty else { return }
        let node = cmark_node_new(CMARK_NODE_CODE)
        _ = Self.literal(string, keepLineBreaks: false).withCString { cmark_node_set_literal(node, $0) }
        append(node)
    }

    func lineBreak() { append(cmark_node_new(CMARK_NODE_LINEBREAK)) }

    func emphasis(_ content: () -> Void) { within(cmark_node_new(CMARK_NODE_EMPH), content) }

    func strong(_ content: () -> Void) { within(cmark_node_new(CMARK_NODE_STRONG), content) }

    /// A link Ronten makes (to an anchor or a report file), never one found in an article.
    func link(_ url: String, title: String = "", _ content: () -> Void) {
        let node = cmark_node_new(CMARK_NODE_LINK)
        _ = Self.literal(url, keepLineBreaks: false).withCString { cmark_node_set_url(node, $0) }
        if !title.isEmpty { _ = Self.literal(title, keepLineBreaks: false).withCString { cmark_node_set_title(node, $0) } }
        within(node, content)
    }

    /// Ronten's own inline markup around inline content (`<mark>`, a sentence anchor).
    func inline(_ enter: Markup, _ exit: Markup, _ content: () -> Void) {
        let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)
        enter.bytes.withUnsafeBufferPointer { setOnEnter(node, $0) }
        exit.bytes.withUnsafeBufferPointer { setOnExit(node, $0) }
        within(node, content)
    }

    func inline(_ enter: Markup, _ exit: StaticString, _ content: () -> Void) {
        let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)
        enter.bytes.withUnsafeBufferPointer { setOnEnter(node, $0) }
        setOnExit(node, Self.buffer(exit))
        within(node, content)
    }

    func inline(_ enter: StaticString, _ exit: StaticString, _ content: () -> Void) {
        let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)
        setOnEnter(node, Self.buffer(enter))
        setOnExit(node, Self.buffer(exit))
        within(node, content)
    }

    private static func buffer(_ literal: StaticString) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
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
        Self.take(cmark_render_html(root, CMARK_OPT_DEFAULT))
    }

    /// The HTML as cmark wrote it, lent without a copy or a UTF-8 check: it
    /// is valid UTF-8 because everything cmark was given came from Swift
    /// strings or `Markup` built from them, and its renderer copies those
    /// bytes whole, adding only ASCII (tags, entities, percent escapes).
    func withRenderedHTML<R>(_ use: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        guard let rendered = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return use(UnsafeBufferPointer(start: nil, count: 0)) }
        defer { free(rendered) }
        return rendered.withMemoryRebound(to: UInt8.self, capacity: 1) { start in
            use(UnsafeBufferPointer(start: start, count: strlen(rendered)))
        }
    }

    /// CommonMark without hard wrapping, so a sentence stays on one line.
    func renderCommonMark() -> String {
        Self.take(cmark_render_commonmark(root, CMARK_OPT_DEFAULT, 0))
    }

    // MARK: Tree

    private func append(_ node: OpaquePointer?) {
        guard let node else { return }
        if cmark_node_append_child(current, node) == 0 {
            // The parent cannot hold this kind of node; never leak it.
            cmark_node_free(node)
        }
    }

    private func within(_ node: OpaquePointer?, _ content: () -> Void) {
        guard let node else { return }
        let parent = current
        guard cmark_node_append_child(parent, node) != 0 else {
            cmark_node_free(node)
            return
        }
        current = node
        content()
        current = parent
    }

    private static func take(_ rendered: UnsafeMutablePointer<CChar>?) -> String {
        guard let rendered else { return "" }
        defer { free(rendered) }
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
