import RontenIngest
import Testing

@Test func starStaysWithinOneSegment() {
    #expect(Glob("docs/*.md").matches("docs/a.md"))
    #expect(!Glob("docs/*.md").matches("docs/sub/a.md"))
    #expect(Glob("docs/*").matches("docs/sub/a.md"))  // docs/sub is a folder it matches
    #expect(!Glob("docs/*.md").matches("notes/a.md"))
}

@Test func doubleStarSpansAnyNumberOfSegmentsIncludingNone() {
    #expect(Glob("drafts/**").matches("drafts/a.md"))
    #expect(Glob("drafts/**").matches("drafts/2024/q1/a.md"))
    #expect(Glob("**/CHANGELOG.md").matches("CHANGELOG.md"))
    #expect(Glob("**/CHANGELOG.md").matches("pkg/lib/CHANGELOG.md"))
    #expect(Glob("docs/**/legal/*.md").matches("docs/legal/terms.md"))
    #expect(Glob("docs/**/legal/*.md").matches("docs/en/eu/legal/terms.md"))
    #expect(!Glob("docs/**/legal/*.md").matches("docs/en/legalese/terms.md"))
}

@Test func questionMarkAndBracketsMatchOneCharacter() {
    #expect(Glob("ch?.md").matches("ch1.md"))
    #expect(!Glob("ch?.md").matches("ch10.md"))
    #expect(Glob("ch[0-2].md").matches("ch2.md"))
    #expect(!Glob("ch[0-2].md").matches("ch3.md"))
    #expect(Glob("[abc].txt").matches("b.txt"))
    #expect(Glob("[!abc].txt").matches("d.txt"))
    #expect(!Glob("[!abc].txt").matches("a.txt"))
    #expect(Glob("記事[一二].md").matches("記事二.md"))
}

@Test func aPatternWithoutASlashMatchesAtAnyDepthUnlessAnchored() {
    #expect(Glob("CHANGELOG.md").matches("CHANGELOG.md"))
    #expect(Glob("CHANGELOG.md").matches("a/b/CHANGELOG.md"))
    #expect(Glob("*.txt").matches("notes/today.txt"))
    #expect(Glob("/CHANGELOG.md").matches("CHANGELOG.md"))
    #expect(!Glob("/CHANGELOG.md").matches("a/CHANGELOG.md"))
}

@Test func aFolderPatternCoversEverythingInsideIt() {
    #expect(Glob("drafts").matches("drafts/a.md"))
    #expect(Glob("drafts/").matches("drafts/deep/a.md"))
    #expect(!Glob("drafts/").matches("drafts"))  // a trailing slash names folders only
    #expect(Glob("docs/legal").matches("docs/legal/terms.md"))
    #expect(!Glob("docs/legal").matches("docs/legalese.md"))
}

@Test func malformedGlobsAreReported() {
    #expect(Glob.problem(in: "a/[bc") == "unclosed [ in glob 'a/[bc'")
    #expect(Glob.problem(in: "[z-a]") == "backwards range z-a in glob '[z-a]'")
    #expect(Glob.problem(in: "/") == "empty glob '/'")
    #expect(Glob.problem(in: "[]]") == nil)
}

@Test func manyStarsAgainstALongNameStayFast() {
    let name = String(repeating: "a", count: 20_000) + ".md"
    let pattern = String(repeating: "*a", count: 200) + "*.txt"
    let clock = ContinuousClock()
    let elapsed = clock.measure { #expect(!Glob(pattern).matches(name)) }
    #expect(elapsed < .seconds(2))
}
