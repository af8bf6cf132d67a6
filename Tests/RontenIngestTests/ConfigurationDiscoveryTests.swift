import Foundation
import RontenCore
import RontenIngest
import Testing

/// A fresh folder tree under the temporary folder, removed afterwards.
struct FolderTree {
    let root: String

    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("ronten-config-\(UUID().uuidString)").standardizedFileURL.path
        for (path, text) in files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if path.hasSuffix("/") { continue }
            try Data(text.utf8).write(to: url)
        }
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

@Test func theNearestConfigurationFromTheFilesOwnFolderUpwardApplies() throws {
    let tree = try FolderTree([
        "repo/.git/HEAD": "ref: refs/heads/main\n",
        "repo/.ronten.yml": "rules: {weak-phrasing: off}\n",
        "repo/a.md": "",
        "repo/docs/b.md": "",
        "repo/docs/legal/.ronten.yaml": "rules: {sweeping-generalisation: error}\n",
        "repo/docs/legal/c.md": "",
        "repo/docs/legal/old/d.md": "",
    ])
    defer { tree.remove() }
    var discovery = try ConfigurationDiscovery(loader: configurationLoader)
    let top = try discovery.configuration(forFile: tree.path("repo/a.md"))
    #expect(top.path == tree.path("repo/.ronten.yml"))
    #expect(top.rules == ["weak-phrasing": .off])
    #expect(try discovery.configuration(forFile: tree.path("repo/docs/b.md")) == top)
    let legal = try discovery.configuration(forFile: tree.path("repo/docs/legal/c.md"))
    #expect(legal.path == tree.path("repo/docs/legal/.ronten.yaml"))
    // The nearest file wins whole: nothing of the one above is merged in.
    #expect(legal.rules == ["sweeping-generalisation": RuleSetting(enabled: true, severity: .error)])
    #expect(try discovery.configuration(forFile: tree.path("repo/docs/legal/old/d.md")) == legal)
}

@Test func theSearchStopsAtTheRepositoryRoot() throws {
    let tree = try FolderTree([
        ".ronten.yml": "rules: {weak-phrasing: off}\n",
        "repo/.git/HEAD": "ref: refs/heads/main\n",
        "repo/docs/a.md": "",
        "loose/b.md": "",
    ])
    defer { tree.remove() }
    var discovery = try ConfigurationDiscovery(loader: configurationLoader)
    #expect(try discovery.configuration(forFile: tree.path("repo/docs/a.md")) == Configuration())
    #expect(try discovery.configuration(forFile: tree.path("loose/b.md")).path == tree.path(".ronten.yml"))
}

@Test func relativeInputPathsAreResolvedFromTheWorkingDirectory() throws {
    let tree = try FolderTree([".git/HEAD": "", ".ronten.yml": "ignore: [x]\n", "sub/a.md": ""])
    defer { tree.remove() }
    // The same file named relative to the working directory, which tests must not change.
    let here = FileManager.default.currentDirectoryPath.split(separator: "/")
    let relative = String(repeating: "../", count: here.count) + tree.path("sub/./a.md").dropFirst()
    var discovery = try ConfigurationDiscovery(loader: configurationLoader)
    #expect(try discovery.configuration(forFile: relative).path == tree.path(".ronten.yml"))
}

@Test func anExplicitFileReplacesDiscovery() throws {
    let tree = try FolderTree([
        "ci/ronten.yml": "rules: {unsupported-strong-claim: error}\n",
        "repo/.ronten.yml": "rules: {weak-phrasing: off}\n",
        "repo/a.md": "",
    ])
    defer { tree.remove() }
    var discovery = try ConfigurationDiscovery(loader: configurationLoader, explicitPath: tree.path("ci/ronten.yml"))
    let found = try discovery.configuration(forFile: tree.path("repo/a.md"))
    #expect(found.path == tree.path("ci/ronten.yml"))
    #expect(found.rules == ["unsupported-strong-claim": RuleSetting(enabled: true, severity: .error)])
}

@Test func aBrokenConfigurationIsAnErrorNamingItsFileAndLine() throws {
    let tree = try FolderTree([".git/HEAD": "", ".ronten.yml": "rules:\n  no-such-rule: off\n", "a.md": ""])
    defer { tree.remove() }
    var discovery = try ConfigurationDiscovery(loader: configurationLoader)
    #expect(throws: ConfigurationError(path: tree.path(".ronten.yml"), line: 2,
                                       reason: "unknown rule 'no-such-rule'; `ronten rules` lists them")) {
        try discovery.configuration(forFile: tree.path("a.md"))
    }
}

@Test func bothFileNamesInOneFolderIsAnError() throws {
    let tree = try FolderTree([".git/HEAD": "", ".ronten.yml": "", ".ronten.yaml": "", "a.md": ""])
    defer { tree.remove() }
    var discovery = try ConfigurationDiscovery(loader: configurationLoader)
    #expect(throws: ConfigurationError(path: tree.path(".ronten.yaml"), line: nil,
                                       reason: ".ronten.yml is in the same folder; keep one of the two")) {
        try discovery.configuration(forFile: tree.path("a.md"))
    }
}
