import RontenCore
import Testing

/// The expected values are what Foundation's `NSString` path properties
/// return for the same paths on this platform (swift-corelibs-foundation,
/// Swift 6.3), except for paths made only of slashes, which read as `/`.
/// (`NSString.deletingLastPathComponent` traps on `a`, `a/` and `.` there,
/// which is one more reason not to call it.)
struct PathTextTests {
    static let cases: [(path: String, last: String, folder: String, ext: String)] = [
        ("", "", "", ""),
        ("/", "/", "/", ""),
        ("a", "a", "", ""),
        ("a/", "a", "", ""),
        ("/a", "a", "/", ""),
        ("/a/", "a", "/", ""),
        ("a/b", "b", "a", ""),
        ("a/b/", "b", "a", ""),
        ("a//b", "b", "a", ""),
        ("/a//b//", "b", "/a", ""),
        ("/a/b.md", "b.md", "/a", "md"),
        ("a/.md", ".md", "a", ""),
        (".md", ".md", "", ""),
        ("a.", "a.", "", ""),
        ("a.b.c", "a.b.c", "", "c"),
        ("a/b.c/d", "d", "a/b.c", ""),
        ("./a.md", "a.md", ".", "md"),
        ("../x/y.MD", "y.MD", "../x", "MD"),
        ("a b.md", "a b.md", "", "md"),
        ("/x/.hidden", ".hidden", "/x", ""),
        ("a/.b.txt", ".b.txt", "a", "txt"),
        ("x.tar.gz", "x.tar.gz", "", "gz"),
        ("a/..", "..", "a", ""),
        ("..", "..", "", ""),
        ("a.b/", "a.b", "", "b"),
        ("é/ü.md", "ü.md", "é", "md"),
        ("a/b/c.json", "c.json", "a/b", "json"),
        ("a.日本", "a.日本", "", "日本"),
    ]

    @Test(arguments: cases.indices)
    func partsAreFoundationsParts(_ index: Int) {
        let c = Self.cases[index]
        #expect(PathText.lastComponent(c.path) == c.last, "\(c.path)")
        #expect(PathText.deletingLastComponent(c.path) == c.folder, "\(c.path)")
        #expect(PathText.pathExtension(c.path) == c.ext, "\(c.path)")
    }

    @Test func onlySlashesReadAsTheRoot() {
        #expect(PathText.lastComponent("//") == "/")
        #expect(PathText.deletingLastComponent("///") == "/")
        #expect(PathText.pathExtension("//") == "")
    }

    @Test func extensionsCompareWithoutCase() {
        let known: Set<String> = ["md", "markdown", "txt"]
        #expect(PathText.hasExtension("notes/A.MD", in: known))
        #expect(PathText.hasExtension("a.Markdown", in: known))
        #expect(!PathText.hasExtension("a.mdx", in: known))
        #expect(!PathText.hasExtension(".md", in: known))
        #expect(!PathText.hasExtension("md", in: known))
    }
}
