import Foundation
import Testing
@testable import RontenReport

@Suite struct ReportLayoutTests {
    @Test func namesAreRelativeToTheirPathWithoutExtension() {
        let names = ReportLayout.names([
            .init(path: "Examples/en-a.md", root: "Examples"),
            .init(path: "Examples/sub/ja-b.txt", root: "Examples/"),
            .init(path: "../shared/seed/000.txt", root: nil),
        ])
        #expect(names == ["en-a", "sub/ja-b", "000"])
    }

    @Test func collidingNamesKeepTheirExtensionThenCount() {
        let names = ReportLayout.names([
            .init(path: "a/x.md", root: "a"), .init(path: "a/x.txt", root: "a"),
            .init(path: "b/x.md", root: "b"), .init(path: "a/index.md", root: "a"),
        ])
        #expect(names == ["x.md", "x.txt", "x.md-2", "index.md"])
    }

    @Test func namesNeverClimbOutOfTheOutputFolder() {
        #expect(ReportLayout.names([.init(path: "../../etc/passwd.md", root: nil)]) == ["passwd"])
        #expect(ReportLayout.names([.init(path: "x/../../y.md", root: "x")]) == ["y"])
    }

    @Test func theIndexLinkClimbsOutOfSubfolders() {
        #expect(ReportLayout.indexLink(from: "a") == "index.html")
        #expect(ReportLayout.indexLink(from: "sub/deeper/a") == "../../index.html")
        #expect(ReportLayout.indexLink(from: "sub//deeper/a") == "../../index.html")
        #expect(ReportLayout.indexLink(from: "論点/a") == "../index.html")
        // A slash followed by a combining mark is one Character to Swift, but
        // the file system splits at the byte: the page is in folder `sub`.
        #expect(ReportLayout.indexLink(from: "sub/\u{301}a") == "../index.html")
    }

    @Test func emptyAndDotPartsAreDroppedFromARelativeName() {
        let names = ReportLayout.names([
            .init(path: "in/./a//b/../c.md", root: "in"),
            .init(path: "in/./..", root: "in"),
            .init(path: "in/.x/…/d.md", root: "in"),
            .init(path: "in/e/\u{301}f.md", root: "in"),
        ])
        #expect(names == ["a/b/c", "article", ".x/…/d", "e/\u{301}f"])
    }

    @Test func anOutputFolderThatIsAnInputFolderIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ronten-layout-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(throws: ReportLayout.Refusal.self) {
            try ReportLayout.check(outputFolder: folder + "/.", inputFolders: [folder], inputFiles: [], outputFiles: [])
        }
        _ = FileManager.default.createFile(atPath: folder + "/a.md", contents: Data())
        #expect(throws: ReportLayout.Refusal.self) {
            try ReportLayout.check(outputFolder: folder + "/out", inputFolders: [], inputFiles: [folder + "/a.md"],
                                   outputFiles: [folder + "/out/../a.md"])
        }
        try ReportLayout.check(outputFolder: folder + "/out", inputFolders: [folder + "/in"], inputFiles: [folder + "/a.md"],
                               outputFiles: [folder + "/out/a.html"])
    }

    @Test func anOutputReachedThroughALinkIsStillTheInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ronten-layout-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/in", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: folder + "/in/a.md", contents: Data())
        // A folder link: out/linked/a.md is in/a.md.
        try FileManager.default.createDirectory(atPath: folder + "/out", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/out/linked", withDestinationPath: folder + "/in")
        #expect(throws: ReportLayout.Refusal.self) {
            try ReportLayout.check(outputFolder: folder + "/out", inputFolders: [], inputFiles: [folder + "/in/a.md"],
                                   outputFiles: [folder + "/out/b.html", folder + "/out/linked/a.md"])
        }
        // A file link in a plain folder: out/b.json points at in/a.md.
        try FileManager.default.createSymbolicLink(atPath: folder + "/out/b.json", withDestinationPath: folder + "/in/a.md")
        #expect(throws: ReportLayout.Refusal.self) {
            try ReportLayout.check(outputFolder: folder + "/out", inputFolders: [], inputFiles: [folder + "/in/a.md"],
                                   outputFiles: [folder + "/out/b.html", folder + "/out/b.json"])
        }
        try ReportLayout.check(outputFolder: folder + "/out", inputFolders: [], inputFiles: [folder + "/in/a.md"],
                               outputFiles: [folder + "/out/b.html", folder + "/out/linked/b.html"])
        try FileManager.default.removeItem(atPath: folder)
    }

    @Test func filesAreWrittenWholeAndNoTemporaryIsLeft() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ronten-atomic-\(UUID().uuidString)").path
        try AtomicFile.write(Array("one".utf8), to: folder + "/sub/a.html")
        try AtomicFile.write(Array("two".utf8), to: folder + "/sub/a.html")
        #expect(try String(contentsOfFile: folder + "/sub/a.html", encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/sub") == ["a.html"])
    }

    /// Temporary names are this process's id and a number: names left by an
    /// earlier process with the same id are stepped over, and writers on
    /// several threads never share one.
    @Test func temporaryNamesLeftBehindAndOtherThreadsAreSteppedOver() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ronten-atomic-\(UUID().uuidString)").path
        try AtomicFile.createFolder(folder)
        // A crashed run of a process with this id left its next few names.
        try AtomicFile.write(Array("probe".utf8), to: folder + "/probe")
        for number in 1...20 {
            FileManager.default.createFile(atPath: folder + "/.a.html.\(getpid())-\(number).tmp", contents: Data("stale".utf8))
        }
        try AtomicFile.write(Array("mine".utf8), to: folder + "/a.html")
        #expect(try String(contentsOfFile: folder + "/a.html", encoding: .utf8) == "mine")
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            try? AtomicFile.write(Array("page \(index)".utf8), to: folder + "/page\(index % 8).html")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.filter { $0.hasPrefix("page") }.sorted() == (0..<8).map { "page\($0).html" })
        for index in 0..<8 {
            let text = try String(contentsOfFile: folder + "/page\(index).html", encoding: .utf8)
            #expect(text.hasPrefix("page ") && Int(text.dropFirst(5)).map { $0 % 8 == index } == true)
        }
        try FileManager.default.removeItem(atPath: folder)
    }
}
