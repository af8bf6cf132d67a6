/// Puts a page's body into its shell as bytes.
///
/// A page body is most of the page: handing it to Mustache as a String
/// meant validating cmark's output as UTF-8, copying it into the template's
/// output, and copying that again into the bytes written. Instead the shell
/// is rendered with a mark where the body goes, and the body's bytes are
/// copied in place of the mark.
///
/// That gives the same page only when the template writes the body as it
/// is: only `{{{body}}}` or `{{&body}}` name it, and nothing reaches it
/// another way (TemplateTags says which templates qualify). Any other
/// template renders the body through Mustache as before.
///
/// The mark holds a random number drawn once per run, so no article can
/// write it; it leaves no trace in the output, which stays deterministic.
enum BodySplice {
    static let mark = mark("b")

    /// A random number drawn once per run, so no article can write a mark.
    private static let nonce: String = {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(generator.next() as UInt64, radix: 16) }.joined()
    }()

    /// The mark that stands for the value `id` in a shell: `ronten-<nonce>-<id>.`,
    /// which HTML escaping leaves as it is.
    static func mark(_ id: String) -> String { "ronten-" + nonce + "-" + id + "." }

    static var markPrefix: String { "ronten-" + nonce + "-" }

    /// Whether `template` writes the body only verbatim (see above).
    static func allows(_ template: String) -> Bool {
        TemplateTags.allow(template, verbatim: ["body"], escaped: [])
    }

    /// The shell's bytes with every mark replaced by the body's.
    static func splice(_ shell: String, _ body: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var shell = shell
        let mark = Array(Self.mark.utf8)
        return shell.withUTF8 { source in
            var page: [UInt8] = []
            page.reserveCapacity(source.count + body.count)
            var run = 0
            var i = 0
            while i + mark.count <= source.count {
                if source[i] == mark[0], mark.indices.allSatisfy({ source[i + $0] == mark[$0] }) {
                    page.append(contentsOf: UnsafeBufferPointer(rebasing: source[run..<i]))
                    page.append(contentsOf: body)
                    i += mark.count
                    run = i
                } else {
                    i += 1
                }
            }
            page.append(contentsOf: UnsafeBufferPointer(rebasing: source[run...]))
            return page
        }
    }
}
