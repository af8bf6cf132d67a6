import RontenCore
import RontenIngest
import Testing

@Test func plainTextTakesDirectivesOnLinesOfTheirOwn() {
    let s = scanDirectives("""
        First paragraph.
          ronten-disable weak-phrasing
        Third.
        ronten-enable weak-phrasing
        Fifth.
        ronten-disable-next-line

        Eighth.
        """, format: .plainText)
    #expect(suppressedLines(s, "weak-phrasing", through: 8) == [2, 3, 8])
    #expect(suppressedLines(s, "sweeping-generalisation", through: 8) == [8])
    #expect(s.directiveLines == [2, 4, 6])
}

@Test func plainTextProseThatMerelyMentionsADirectiveIsNotOne() {
    let s = scanDirectives("ronten-disable turns rules off. Really!\nThe ronten-disable word.\n", format: .plainText)
    #expect(s.isEmpty)
    #expect(s.notes == [])
}

@Test func plainTextAlsoAcceptsTheCommentForm() {
    let s = scanDirectives("<!-- ronten-disable-next-line weak-phrasing -->\nTwo.\n", format: .plainText)
    #expect(suppressedLines(s, "weak-phrasing", through: 2) == [2])
}

@Test func segmentedInputReadsDirectivesLikePlainText() {
    let s = scanDirectives("ronten-disable-next-line weak-phrasing\nOne unit.\n", format: .segmented)
    #expect(suppressedLines(s, "weak-phrasing", through: 2) == [2])
}

@Test func plainTextUnknownIdsAreNotes() {
    let s = scanDirectives("ronten-disable weak-phrasing nope\nTwo.\n", format: .plainText)
    #expect(s.notes.map(\.message) == ["line 1: unknown rule 'nope' in ronten-disable ignored; `ronten rules` lists them"])
    #expect(suppressedLines(s, "weak-phrasing", through: 2) == [1, 2])
}
