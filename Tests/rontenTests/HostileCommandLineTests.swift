import Foundation
import Testing

/// Hostile inputs through the built binary, where the exit code, standard
/// error and peak memory are what a user sees: 0 when every input was read,
/// 1 when some failed (one line each on standard error, the rest still
/// read), 2 for a usage error. docs/robustness.md lists every case.
@Suite struct HostileCommandLineTests {
    @Test func emptyBlankAndFrontMatterOnlyFilesAreReadWithExitZero() throws {
        let folder = try temporaryFolder()
        try write([], to: folder, "a-empty.md")
        try write(Array(" \t\n\n \n".utf8), to: folder, "b-blank.txt")
        try write(Array("---\ntitle: 論点\n---\n".utf8), to: folder, "c-front.md")
        let result = try Ronten.run(["analyze", "--format", "jsonl", "."], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let documents = try jsonLines(result.stdout)
        #expect(documents.map { $0.path } == ["./a-empty.md", "./b-blank.txt", "./c-front.md"])
        #expect(documents.map { $0.sentenceCount } == [0, 0, 0])
    }

    @Test func binaryNulAndBrokenFilesFailOneLineEachWhileTheOthersAreRead() throws {
        let folder = try temporaryFolder()
        try write(Array("最初の文だ。".utf8), to: folder, "a-good.md")
        try write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], to: folder, "b-image.md")
        try write(Array("Prices rise.".utf8) + [0] + Array(" Then fall.".utf8), to: folder, "c-nul.txt")
        try write(Array("正しい文だ。".utf8) + [0xFF, 0xFE] + Array("壊れた。".utf8), to: folder, "d-broken.md")
        try write(Array("Last one. Read it.".utf8), to: folder, "e-good.txt")
        let result = try Ronten.run(["analyze", "--format", "jsonl", "."], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == """
            ronten: ./b-image.md: binary content: control byte 0x00 at byte 8; not a text file
            ronten: ./c-nul.txt: binary content: control byte 0x00 at byte 12; not a text file
            ronten: ./d-broken.md: invalid UTF-8 at byte 18; not UTF-8, UTF-16 with BOM, Shift_JIS or EUC-JP text

            """)
        let documents = try jsonLines(result.stdout)
        #expect(documents.map { $0.path } == ["./a-good.md", "./e-good.txt"])
        #expect(documents.map { $0.sentenceCount } == [1, 2])
    }

    @Test func mixedEncodingsInOneFolderAreAllReadEachWithItsEncoding() throws {
        let folder = try temporaryFolder()
        let files: [(String, [UInt8])] = [
            ("a-utf8.txt", HostileBytes.utf8), ("b-utf8-bom.txt", HostileBytes.utf8BOM),
            ("c-sjis.txt", HostileBytes.shiftJIS), ("d-eucjp.txt", HostileBytes.eucJP),
            ("e-utf16le.txt", HostileBytes.utf16LE), ("f-utf16be.txt", HostileBytes.utf16BE),
        ]
        for (name, bytes) in files { try write(bytes, to: folder, name) }
        let result = try Ronten.run(["analyze", "--format", "jsonl", "--jobs", "2", "."], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let documents = try jsonLines(result.stdout)
        #expect(documents.map { $0.encoding } == ["UTF-8", "UTF-8-BOM", "Shift_JIS", "EUC-JP", "UTF-16LE", "UTF-16BE"])
        #expect(documents.map { $0.byteCount } == files.map { $0.1.count })
        for document in documents {
            #expect(document.sentences == ["論点は一つだ。", "価格は上がる。"], "\(document.path)")
        }
    }

    @Test func aSymbolicLinkLoopInAFolderIsNotFollowedTwice() throws {
        let folder = try temporaryFolder()
        try write(Array("Read once.".utf8), to: folder, "a.md")
        let links = folder.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: links, withIntermediateDirectories: true)
        try write(Array("Read once too.".utf8), to: links, "b.md")
        // A folder that leads back to its parent, and files that lead to each other.
        try FileManager.default.createSymbolicLink(atPath: links.appendingPathComponent("up").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("x.md").path, withDestinationPath: "y.md")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("y.md").path, withDestinationPath: "x.md")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("self.md").path, withDestinationPath: "self.md")
        let result = try Ronten.run(["analyze", "--format", "jsonl", "."], in: folder)
        // The folder loops are not followed twice; the file loops cannot be
        // read, and each is named once, while the rest is read.
        #expect(result.status == 1)
        #expect(result.stderr == ["self.md", "x.md", "y.md"].map {
            "ronten: ./\($0): a symbolic link that leads nowhere: Too many levels of symbolic links\n"
        }.joined())
        #expect(try jsonLines(result.stdout).map { $0.path } == ["./a.md", "./sub/b.md"])
    }

    @Test func aFileThatCannotBeReadFailsAloneWithItsNameAndExitOne() throws {
        let folder = try temporaryFolder()
        try write(Array("First.".utf8), to: folder, "a.md")
        try write(Array("Second.".utf8), to: folder, "b.md")
        try write(Array("Third.".utf8), to: folder, "z.md")
        let expected: String
        if getuid() != 0 {
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: folder.appendingPathComponent("b.md").path)
            expected = "ronten: b.md: cannot read file: Permission denied\n"
        } else {
            // Root reads through chmod 000; a file deleted after the paths
            // were given (here a link whose target is gone) fails the same way.
            try FileManager.default.removeItem(at: folder.appendingPathComponent("b.md"))
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("b.md").path, withDestinationPath: "gone.md")
            expected = "ronten: b.md: no such file or folder\n"
        }
        let result = try Ronten.run(["analyze", "--format", "jsonl", "a.md", "b.md", "z.md"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == expected)
        #expect(try jsonLines(result.stdout).map { $0.path } == ["a.md", "z.md"])
    }

    @Test func aNamedPipeInAFolderFailsAloneWithoutHanging() throws {
        let folder = try temporaryFolder()
        try write(Array("Before.".utf8), to: folder, "a.md")
        #expect(mkfifo(folder.appendingPathComponent("b.md").path, 0o644) == 0)
        try write(Array("After.".utf8), to: folder, "c.md")
        let run = try MeasuredRun(["analyze", "--format", "jsonl", folder.path], timeout: .seconds(20))
        #expect(run.status == 1)
        #expect(run.stderr == "ronten: \(folder.path)/b.md: not a regular file\n")
        #expect(try jsonLines(run.stdout).map { $0.sentences } == [["Before."], ["After."]])
    }

    @Test(.enabled(if: HostileCommandLineTests.hasReportCommand,
                   "`ronten report` is not in this build yet: the test runs once `ronten --help` lists it"))
    func anOutputFolderThatCannotBeWrittenIsAClearErrorAndNothingIsLeftBehind() throws {
        let folder = try temporaryFolder()
        try write(Array("Claim. Evidence.".utf8), to: folder, "a.md")
        // A path under a regular file cannot be created, even by root.
        try write([], to: folder, "blocker")
        let result = try Ronten.run(["report", "-o", "blocker/out", "--format", "html", "a.md"], in: folder)
        #expect(result.status == 1)
        // One line for the run, before any article is read, not one per page.
        #expect(result.stderr == "ronten: blocker/out: cannot create the output folder: Not a directory\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.md", "blocker"])
    }

    static let hasReportCommand: Bool = {
        guard let help = try? Ronten.run(["--help"]) else { return false }
        return help.stdout.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("report") }
    }()
}

func write(_ bytes: [UInt8], to folder: URL, _ name: String) throws {
    try Data(bytes).write(to: folder.appendingPathComponent(name))
}

/// The fields of one `analyze --format jsonl` line that these tests read.
struct AnalysedDocument {
    var path: String
    var encoding: String
    var byteCount: Int
    var sentences: [String]
    var sentenceCount: Int { sentences.count }
}

func jsonLines(_ output: String) throws -> [AnalysedDocument] {
    try output.split(separator: "\n").map { line in
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let source = try #require(object["source"] as? [String: Any])
        let sections = try #require(object["sections"] as? [[String: Any]])
        let sentences = sections.flatMap { ($0["paragraphs"] as? [[String: Any]]) ?? [] }
            .flatMap { ($0["sentences"] as? [[String: Any]]) ?? [] }
            .compactMap { $0["text"] as? String }
        return AnalysedDocument(path: try #require(source["path"] as? String),
                                encoding: try #require(source["encoding"] as? String),
                                byteCount: try #require(source["bytes"] as? Int), sentences: sentences)
    }
}

/// One sentence pair in every encoding the decoder reads.
enum HostileBytes {
    static let text = "論点は一つだ。価格は上がる。\n"
    static let utf8 = Array(text.utf8)
    static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF] + utf8
    static let shiftJIS: [UInt8] = [
        152, 95, 147, 95, 130, 205, 136, 234, 130, 194, 130, 190, 129, 66,
        137, 191, 138, 105, 130, 205, 143, 227, 130, 170, 130, 233, 129, 66, 10,
    ]
    static let eucJP: [UInt8] = [
        207, 192, 197, 192, 164, 207, 176, 236, 164, 196, 164, 192, 161, 163,
        178, 193, 179, 202, 164, 207, 190, 229, 164, 172, 164, 235, 161, 163, 10,
    ]
    static let utf16LE: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    static let utf16BE: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
}
