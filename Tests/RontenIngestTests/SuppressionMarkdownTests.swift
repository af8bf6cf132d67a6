import RontenCore
@testable import RontenIngest
import Testing

func scanDirectives(_ text: String, format: SourceFormat = .markdown) -> Suppressions {
    DirectiveScanner(format: format, knownRules: fakeRuleIDs).scan(SourceText(text))
}

/// The lines of 1...`through` on which `rule` is suppressed.
func suppressedLines(_ s: Suppressions, _ rule: String, through: Int) -> [Int] {
    (1...through).filter { s.isSuppressed(rule: rule, line: $0) }
}

@Test func disableAndEnableBoundARegionForTheNamedRules() {
    let s = scanDirectives("""
        one
        <!-- ronten-disable weak-phrasing sweeping-generalisation -->
        three
        four
        <!-- ronten-enable weak-phrasing -->
        six
        """)
    #expect(suppressedLines(s, "weak-phrasing", through: 6) == [2, 3, 4])
    #expect(suppressedLines(s, "sweeping-generalisation", through: 6) == [2, 3, 4, 5, 6])
    #expect(suppressedLines(s, "unsupported-strong-claim", through: 6) == [])
    #expect(s.notes == [])
}

@Test func aDirectiveNamingNoRuleAppliesToAll() {
    let s = scanDirectives("a\n<!-- ronten-disable -->\nc\n<!-- ronten-enable -->\ne\n")
    #expect(suppressedLines(s, "weak-phrasing", through: 5) == [2, 3])
    #expect(suppressedLines(s, "unsupported-strong-claim", through: 5) == [2, 3])
}

@Test func oneRuleCanBeEnabledInsideARegionThatDisablesAll() {
    let s = scanDirectives("<!-- ronten-disable -->\nb\n<!-- ronten-enable weak-phrasing -->\nd\n<!-- ronten-disable weak-phrasing -->\nf\n")
    #expect(suppressedLines(s, "weak-phrasing", through: 6) == [1, 2, 5, 6])
    #expect(suppressedLines(s, "sweeping-generalisation", through: 6) == [1, 2, 3, 4, 5, 6])
}

@Test func disableNextLineSkipsBlankLinesAndOtherDirectives() {
    let s = scanDirectives("""
        <!-- ronten-disable-next-line weak-phrasing -->

        <!-- ronten-disable-next-line sweeping-generalisation -->
        four
        five
        """)
    #expect(suppressedLines(s, "weak-phrasing", through: 5) == [4])
    #expect(suppressedLines(s, "sweeping-generalisation", through: 5) == [4])
    #expect(s.directiveLines == [1, 3])
}

@Test func aDirectiveAfterTextOnItsLineReachesTheNextLineOrItsOwn() {
    let s = scanDirectives("""
        Some text. <!-- ronten-disable-next-line weak-phrasing -->
        two
        Other text <!-- ronten-disable-line sweeping-generalisation --> and more.
        four
        """)
    #expect(suppressedLines(s, "weak-phrasing", through: 4) == [2])
    #expect(suppressedLines(s, "sweeping-generalisation", through: 4) == [3])
    #expect(s.directiveLines == [])
}

@Test func idsMayBeSeparatedByCommasAndFollowedByAReason() {
    let s = scanDirectives("<!-- ronten-disable-next-line weak-phrasing,sweeping-generalisation -- quoted on purpose -->\ntwo\n")
    #expect(suppressedLines(s, "weak-phrasing", through: 2) == [2])
    #expect(suppressedLines(s, "sweeping-generalisation", through: 2) == [2])
    #expect(s.notes == [])
}

@Test func anUnknownRuleIdIsANoteNamingTheLineAndSwitchesNothingOff() {
    let s = scanDirectives("one\n<!-- ronten-disable weak-phrasing no-such-rule -->\n<!-- ronten-disable also-unknown -->\nfour\n")
    #expect(s.notes.map(\.message) == [
        "line 2: unknown rule 'no-such-rule' in ronten-disable ignored; `ronten rules` lists them",
        "line 3: unknown rule 'also-unknown' in ronten-disable ignored; `ronten rules` lists them",
    ])
    #expect(s.notes.map(\.code) == ["unknown-rule-in-directive", "unknown-rule-in-directive"])
    #expect(s.notes[0].range?.start == SourcePosition(offset: 38, line: 2, column: 35))
    #expect(s.notes[0].range?.end.column == 47)
    #expect(suppressedLines(s, "weak-phrasing", through: 4) == [2, 3, 4])
    // The all-unknown directive must not become "disable every rule".
    #expect(suppressedLines(s, "sweeping-generalisation", through: 4) == [])
}

@Test func aMisspeltDirectiveIsANote() {
    let s = scanDirectives("<!-- ronten-disabel weak-phrasing -->\n")
    #expect(s.notes.map(\.code) == ["unknown-directive"])
    #expect(s.notes.first?.message.hasPrefix("line 1: unknown directive 'ronten-disabel' ignored; expected ronten-disable, ") == true)
    #expect(s.isEmpty)
}

@Test func ordinaryCommentsAndFencedCodeHoldNoDirectives() {
    let s = scanDirectives("""
        <!-- a note to editors -->
        ```markdown
        <!-- ronten-disable -->
        ```
        five
        ~~~~
        <!-- ronten-disable weak-phrasing -->
        ~~~
        still code
        ~~~~
        eleven
        """)
    #expect(s.isEmpty)
    #expect(s.notes == [])
}

@Test func linesAreCountedAsSourceTextCountsThem() {
    let s = scanDirectives("a\r\n<!-- ronten-disable-next-line -->\r\nc\rd\n")
    #expect(suppressedLines(s, "weak-phrasing", through: 4) == [3])
}

@Test func markdownIgnoresBareDirectiveWordsThatAreProse() {
    let s = scanDirectives("ronten-disable weak-phrasing\ntwo\n")
    #expect(s.isEmpty)
}

@Test func aLongLineOfUnclosedCommentsIsScannedInLinearTime() {
    let text = String(repeating: "<!--", count: 2_000_000)
    let clock = ContinuousClock()
    var s = Suppressions()
    let elapsed = clock.measure { s = scanDirectives(text) }
    #expect(s.isEmpty)
    #expect(elapsed < .seconds(3))
}

@Test func aTextThatNeverSaysTheKeywordHasNoDirectives() {
    // The scan is skipped when `ronten-` occurs nowhere; where it does, even
    // at the very start or end of the text or misspelt, the lines are read.
    #expect(scanDirectives("one - two\n<!-- a comment -->\n- item\nronten\n") == Suppressions())
    #expect(suppressedLines(scanDirectives("ronten-disable weak-phrasing\nb\n", format: .plainText),
                            "weak-phrasing", through: 2) == [1, 2])
    #expect(scanDirectives("a\n<!-- ronten-disabel -->\n").notes.count == 1)
    #expect(DirectiveScanner.mentionsPrefix(Array("x ronten-".utf8)))
    #expect(!DirectiveScanner.mentionsPrefix(Array("onten- ronten ronten_x -".utf8)))
    #expect(!DirectiveScanner.mentionsPrefix([]))
}
