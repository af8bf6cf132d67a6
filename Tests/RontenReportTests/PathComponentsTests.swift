import Foundation
import Testing
@testable import RontenReport

@Suite struct PathComponentsTests {
    @Test(arguments: [
        ("/dev/shm/pg-o/ja/content__posts__2014-03-12-coming-soon.html", "/dev/shm/pg-o/ja", "content__posts__2014-03-12-coming-soon.html"),
        ("out/index.html", "out", "index.html"),
        ("index.html", "", "index.html"),
        ("a", "", "a"),
        ("/index.html", "/", "index.html"),
        ("./out/論点.json", "./out", "論点.json"),
        ("out//ja/x.md", "out//ja", "x.md"),
        ("out/ja//x.md", "out/ja", "x.md"),
        ("//x.md", "/", "x.md"),
    ])
    func splitsAFilePathAtItsLastSlash(path: String, folder: String, name: String) {
        #expect(PathComponents.folder(path) == folder)
        #expect(PathComponents.name(path) == name)
    }

    /// Where the paths have no doubled slash, the split is NSString's. (Not
    /// "a": this Foundation's `deletingLastPathComponent` traps on a path of
    /// one character.)
    @Test func agreesWithNSStringOnTidyPaths() {
        for path in ["/work/shared/corpus/ja/a.md", "Examples/en-northwind-usage-pricing.md", "ab", "/a", "a/b", "./a/b.c", "../x/y/z.txt"] {
            #expect(String(PathComponents.name(path)) == (path as NSString).lastPathComponent, "\(path)")
            #expect(String(PathComponents.folder(path)) == (path as NSString).deletingLastPathComponent, "\(path)")
        }
    }
}
