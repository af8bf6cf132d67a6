import Testing
@testable import RontenReport

@Suite struct HTMLEscapingTests {
    @Test func escapesTheFiveCharactersThatEndTextOrAttributes() {
        #expect(HTMLEscaping.escape("<a href='x' title=\"y\">&amp;</a>") == "&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;amp;&lt;/a&gt;")
    }

    @Test func replacesNulAndControlsThatXMLForbids() {
        #expect(HTMLEscaping.escape("a\0b\u{1}c\td\ne") == "a\u{FFFD}b c\td\ne")
    }

    @Test func leavesJapaneseAndOtherTextAlone() {
        #expect(HTMLEscaping.escape("600億~650億ドル{{x}}") == "600億~650億ドル{{x}}")
    }

    @Test func anchorsKeepOnlyIdentifierCharacters() {
        #expect(Anchor.id("s12") == "s12")
        #expect(Anchor.id("\" onload=\"x") == "__onload__x")
    }
}
