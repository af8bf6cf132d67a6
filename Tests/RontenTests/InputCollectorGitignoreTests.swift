import Foundation
import Ronten
import RontenIngest
import Testing

/// What a folder search reads, relative to the tree's root.
private func found(_ tree: ProjectTree, _ collector: InputCollector = InputCollector(), in folder: String = "") -> [String] {
    let start = folder.isEmpty ? tree.root : tree.path(folder)
    return collector.collect([start]).inputs.map { String($0.displayPath.dropFirst(tree.root.count + 1)) }
}

@Test func gitignoredFilesAndFoldersAreSkippedAtAnyDepth() throws {
    let tree = try ProjectTree([
        ".gitignore": "# drafts are private\ndrafts/\n*.tmp.md\n\n",
        "a.md": "A.\n",
        "b.tmp.md": "B.\n",
        "drafts/c.md": "C.\n",
        "posts/drafts/d.md": "D.\n",
        "posts/e.tmp.md": "E.\n",
        "posts/f.md": "F.\n",
    ])
    defer { tree.remove() }
    #expect(found(tree) == ["a.md", "posts/f.md"])
    #expect(found(tree, InputCollector(respectsGitignore: false))
        == ["a.md", "b.tmp.md", "drafts/c.md", "posts/drafts/d.md", "posts/e.tmp.md", "posts/f.md"])
}

@Test func aPatternWithASlashIsAnchoredToItsGitignoresFolder() throws {
    let tree = try ProjectTree([
        ".gitignore": "/top.md\nposts/old/\n",
        "top.md": "T.\n",
        "posts/top.md": "T.\n",
        "posts/old/a.md": "A.\n",
        "archive/posts/old/b.md": "B.\n",
    ])
    defer { tree.remove() }
    #expect(found(tree) == ["archive/posts/old/b.md", "posts/top.md"])
}

@Test func aTrailingSlashMatchesFoldersOnly() throws {
    let tree = try ProjectTree([
        ".gitignore": "notes/\n",
        "notes/a.md": "A.\n",
        "more/notes": "not a folder, and not an article\n",
        "more/notes.md": "N.\n",
    ])
    defer { tree.remove() }
    #expect(found(tree) == ["more/notes.md"])
}

@Test func negationReincludesAFileButNotOneInsideAnIgnoredFolder() throws {
    let tree = try ProjectTree([
        ".gitignore": "*.md\n!keep.md\nprivate/\n!private/keep.md\n",
        "a.md": "A.\n",
        "keep.md": "K.\n",
        "sub/keep.md": "K.\n",
        "sub/b.md": "B.\n",
        "private/keep.md": "K.\n",
        "notes.txt": "N.\n",
    ])
    defer { tree.remove() }
    #expect(found(tree) == ["keep.md", "notes.txt", "sub/keep.md"])
}

@Test func aDeeperGitignoreOverridesAShallowerOne() throws {
    let tree = try ProjectTree([
        ".gitignore": "*.txt\n",
        "a.txt": "A.\n",
        "docs/.gitignore": "!*.txt\nlocal.md\n",
        "docs/b.txt": "B.\n",
        "docs/local.md": "L.\n",
        "local.md": "L.\n",
    ])
    defer { tree.remove() }
    #expect(found(tree) == ["docs/b.txt", "local.md"])
}

@Test func doubleStarSpansFoldersInGitignorePatterns() throws {
    let tree = try ProjectTree([
        ".gitignore": "**/tmp/**\nlogs/**/*.txt\nbuild/**\n",
        "tmp/a.md": "A.\n",
        "x/y/tmp/b.md": "B.\n",
        "logs/c.txt": "C.\n",
        "logs/2024/d.txt": "D.\n",
        "logs/e.md": "E.\n",
        "build/f.md": "F.\n",
        "g.md": "G.\n",
    ])
    defer { tree.remove() }
    #expect(found(tree) == ["g.md", "logs/e.md"])
}

@Test func escapesAndTrailingSpacesFollowGit() throws {
    let tree = try ProjectTree([
        ".gitignore": "\\#hash.md\n\\!bang.md\nspaced.md   \n",
        "#hash.md": "H.\n",
        "!bang.md": "B.\n",
        "spaced.md": "S.\n",
        "kept.md": "K.\n",
    ])
    defer { tree.remove() }
    #expect(found(tree) == ["kept.md"])
}

@Test func theRepositorysGitignoresAboveTheSearchedFolderApply() throws {
    let tree = try ProjectTree([
        ".git/HEAD": "ref: refs/heads/main\n",
        ".git/info/exclude": "secret.md\n",
        ".gitignore": "site/docs/drafts/\n*.bak.md\n",
        "site/.gitignore": "/docs/old.md\n",
        "site/docs/a.md": "A.\n",
        "site/docs/a.bak.md": "A.\n",
        "site/docs/old.md": "O.\n",
        "site/docs/secret.md": "S.\n",
        "site/docs/drafts/b.md": "B.\n",
    ])
    defer { tree.remove() }
    #expect(found(tree, in: "site/docs") == ["site/docs/a.md"])
}

@Test func outsideARepositoryOnlyTheSearchedTreesGitignoresCount() throws {
    let tree = try ProjectTree([
        ".gitignore": "*.md\n",
        "site/a.md": "A.\n",
    ])
    defer { tree.remove() }
    #expect(found(tree, in: "site") == ["site/a.md"])
}

@Test func aFileNamedExplicitlyIsReadEvenWhenIgnoredOrExcluded() throws {
    let tree = try ProjectTree([
        ".gitignore": "drafts/\n",
        "drafts/a.md": "A.\n",
    ])
    defer { tree.remove() }
    let collector = InputCollector(exclude: [Glob("drafts")])
    let result = collector.collect([tree.path("drafts/a.md")])
    #expect(result.inputs.map(\.displayPath) == [tree.path("drafts/a.md")])
    #expect(result.problems == [])
}

@Test func includeAndExcludeGlobsAreRelativeToTheFolderGiven() throws {
    let tree = try ProjectTree([
        "posts/2024/a.md": "A.\n",
        "posts/2024/b.txt": "B.\n",
        "posts/drafts/c.md": "C.\n",
        "posts/d.md": "D.\n",
        "pages/e.md": "E.\n",
    ])
    defer { tree.remove() }
    #expect(found(tree, InputCollector(include: [Glob("*.md")])) == ["pages/e.md", "posts/2024/a.md", "posts/d.md", "posts/drafts/c.md"])
    #expect(found(tree, InputCollector(include: [Glob("posts/**")], exclude: [Glob("drafts"), Glob("*.txt")]))
        == ["posts/2024/a.md", "posts/d.md"])
    // Relative to the folder given, not to the working directory or the tree.
    #expect(found(tree, InputCollector(include: [Glob("/2024/*")]), in: "posts") == ["posts/2024/a.md", "posts/2024/b.txt"])
}

@Test func aFolderWhoseArticlesAreAllFilteredOutIsAProblemThatSaysWhy() throws {
    let tree = try ProjectTree(["a.md": "A.\n", "b.md": "B.\n"])
    defer { tree.remove() }
    let result = InputCollector(exclude: [Glob("*.md")]).collect([tree.root])
    #expect(result.inputs.isEmpty)
    #expect(result.problems.map(\.reason)
        == ["folder holds no articles (.markdown, .md, .mdown, .mkd, .text, .txt) that --include, --exclude and .gitignore leave"])
}
