import Foundation
import RontenCore
import RontenIngest
import Testing
@testable import Ronten

/// Folders that change or loop under the reader. Tests run as root here,
/// where chmod 000 does not stop reading, so a file that "becomes
/// unreadable" is one removed, or replaced by a folder, after the paths were
/// collected: the same gap a file deleted mid-run falls into.
@Suite struct HostileFileSystemTests {
    @Test func aFileRemovedAfterCollectionFailsAloneWithItsName() throws {
        let folder = try hostileFolder(["a.md": "First.", "b.md": "Second.", "c.md": "Third."])
        let inputs = InputCollector().collect([folder]).inputs
        try FileManager.default.removeItem(atPath: folder + "/b.md")
        let outcomes = inputs.map { input in Result<Analysis, Error> { try Pipeline().analyze(input) } }
        #expect(try outcomes[0].get().document.sentences.map(\.text) == ["First."])
        #expect(throws: IngestError(path: folder + "/b.md", reason: .unreadable("no such file"))) { try outcomes[1].get() }
        #expect(try outcomes[2].get().document.sentences.map(\.text) == ["Third."])
    }

    @Test func aFileReplacedByAFolderAfterCollectionIsNotAFile() throws {
        let folder = try hostileFolder(["a.md": "First.", "b.md": "Second."])
        let inputs = InputCollector().collect([folder]).inputs
        try FileManager.default.removeItem(atPath: folder + "/b.md")
        try FileManager.default.createDirectory(atPath: folder + "/b.md", withIntermediateDirectories: false)
        #expect(throws: IngestError(path: folder + "/b.md", reason: .notAFile)) { try Pipeline().analyze(inputs[1]) }
        #expect(try Pipeline().analyze(inputs[0]).document.sentences.map(\.text) == ["First."])
    }

    @Test func symbolicLinkLoopsAreCollectedOnceOrNotAtAll() throws {
        let folder = try hostileFolder(["a.md": "Once.", "sub/b.md": "Once too."])
        try FileManager.default.createSymbolicLink(atPath: folder + "/loop", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: folder + "/sub/up", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: folder + "/self.md", withDestinationPath: "self.md")
        try FileManager.default.createSymbolicLink(atPath: folder + "/x.md", withDestinationPath: "y.md")
        try FileManager.default.createSymbolicLink(atPath: folder + "/y.md", withDestinationPath: "x.md")
        try FileManager.default.createSymbolicLink(atPath: folder + "/again.md", withDestinationPath: "a.md")
        let (inputs, problems) = InputCollector().collect([folder, folder + "/loop"])
        // again.md is a.md by another name: read once, under the first name found.
        #expect(inputs.map(\.displayPath) == [folder + "/a.md", folder + "/sub/b.md"])
        // Links named as articles that lead round in a circle cannot be read: each is named once.
        #expect(problems == ["self.md", "x.md", "y.md"].map {
            InputCollector.Problem(path: folder + "/" + $0, reason: "a symbolic link that leads nowhere: Too many levels of symbolic links")
        })
    }

    @Test func aLinkToNothingNamedAsAnArticleIsReportedAndTheRestRead() throws {
        let folder = try hostileFolder(["a.md": "Read.", "notes/keep.txt": "Kept."])
        try FileManager.default.createSymbolicLink(atPath: folder + "/gone.md", withDestinationPath: "moved/gone.md")
        // A dangling link to something not an article is none of our business.
        try FileManager.default.createSymbolicLink(atPath: folder + "/picture.png", withDestinationPath: "nowhere.png")
        let (inputs, problems) = InputCollector().collect([folder])
        #expect(inputs.map(\.displayPath) == [folder + "/a.md", folder + "/notes/keep.txt"])
        #expect(problems == [InputCollector.Problem(path: folder + "/gone.md",
                                                    reason: "a symbolic link that leads nowhere: No such file or directory")])
        // An exclude glob sets it aside like any other file.
        #expect(InputCollector(exclude: [Glob("gone.md")]).collect([folder]).problems.isEmpty)
    }
}

/// A fresh folder holding the given files (paths relative to it).
func hostileFolder(_ files: [String: String]) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ronten-hostile-\(UUID().uuidString)").path
    for (name, text) in files {
        let path = folder + "/" + name
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
    return folder
}
