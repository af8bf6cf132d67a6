import RontenCore
import Testing
@testable import RontenLanguage

private func surfaces(_ text: String) -> [String] {
    EnglishTokenizer().tokenize(text).map(\.surface)
}

@Suite struct EnglishTokenizerTests {
    @Test func splitsWordsAndPunctuationWithExactRanges() {
        let tokens = EnglishTokenizer().tokenize("The model works, mostly.")
        #expect(tokens.map(\.surface) == ["The", "model", "works", ",", "mostly", "."])
        #expect(tokens.map(\.range) == [0..<3, 4..<9, 10..<15, 15..<16, 17..<23, 23..<24])
        #expect(tokens.map(\.kind) == [.word, .word, .word, .punctuation, .word, .punctuation])
        #expect(tokens.map(\.lowercased) == ["the", "model", "works", nil, "mostly", nil])
    }

    @Test func keepsHyphenatedWordsWhole() {
        #expect(surfaces("An open-source, state-of-the-art model for COVID-19 and 19-year-old users.") == [
            "An", "open-source", ",", "state-of-the-art", "model", "for", "COVID-19", "and", "19-year-old", "users", ".",
        ])
    }

    @Test func readsNumbersWithSeparatorsAndDecimalsAndSplitsOffCurrencyAndPercent() {
        let tokens = EnglishTokenizer().tokenize("Revenue rose 3.5% to $60.5 billion, or 1,000,000 units in 2025.")
        #expect(tokens.map(\.surface) == [
            "Revenue", "rose", "3.5", "%", "to", "$", "60.5", "billion", ",", "or", "1,000,000", "units", "in", "2025", ".",
        ])
        #expect(tokens.filter { $0.kind == .number }.map(\.surface) == ["3.5", "60.5", "1,000,000", "2025"])
        #expect(tokens.filter { $0.partOfSpeech == .numeral }.count == 4)
        #expect(tokens[3].kind == .symbol && tokens[5].kind == .symbol)
        #expect(tokens[3].range == 16..<17)
        #expect(tokens[6].range == 22..<26)
    }

    @Test func readsADecimalAfterThousandsSeparatorsAndALeadingPoint() {
        #expect(surfaces("$1,000.50 or .5 or -3.5") == ["$", "1,000.50", "or", ".5", "or", "-", "3.5"])
    }

    @Test func keepsATimeOfDayWhole() {
        #expect(surfaces("at 5:30 p.m. or 17:05, ratio 3:1") == ["at", "5:30", "p.m.", "or", "17:05", ",", "ratio", "3", ":", "1"])
    }

    @Test func leavesTheFullStopOfACommonWordThatEndsASentence() {
        #expect(surfaces("The answer is no. Dr. Who sat.") == ["The", "answer", "is", "no", ".", "Dr.", "Who", "sat", "."])
    }

    @Test func keepsAPlainNumberWithLettersAsOneWordButSplitsADecimalOne() {
        #expect(surfaces("1st 5G 60.5bn 2020-2025") == ["1st", "5G", "60.5", "bn", "2020", "-", "2025"])
    }

    @Test func splitsContractionsAsThePennTreebankDoes() {
        let tokens = EnglishTokenizer().tokenize("I don't think it's true; we're sure Meta's plan can't fail.")
        #expect(tokens.map(\.surface) == [
            "I", "do", "n't", "think", "it", "'s", "true", ";", "we", "'re", "sure", "Meta", "'s", "plan", "ca", "n't",
            "fail", ".",
        ])
        #expect(tokens.filter { $0.kind == .contraction }.map(\.surface) == ["n't", "'s", "'re", "'s", "n't"])
        #expect(tokens[2].baseForm == "not" && tokens[2].partOfSpeech == .adverb)
        #expect(tokens[9].baseForm == "are")
        #expect(tokens[5].baseForm == nil)
        #expect(tokens[14].baseForm == "can")
        #expect(tokens[1].range == 2..<4 && tokens[2].range == 4..<7)
    }

    @Test func splitsMoreThanOneCliticAndCannot() {
        #expect(surfaces("You shouldn't've said we cannot.") == ["You", "should", "n't", "'ve", "said", "we", "can", "not", "."])
    }

    @Test func treatsTheCurlyApostropheLikeTheStraightOne() {
        let tokens = EnglishTokenizer().tokenize("Meta’s plan doesn’t work.")
        #expect(tokens.map(\.surface) == ["Meta", "’s", "plan", "does", "n’t", "work", "."])
        #expect(tokens.map(\.range) == [0..<4, 4..<8, 9..<13, 14..<18, 18..<23, 24..<28, 28..<29])
        #expect(tokens[4].baseForm == "not")
        #expect(tokens[1].lowercased == "’s")
    }

    @Test func splitsThePossessiveApostropheOfAPlural() {
        #expect(surfaces("the students' votes") == ["the", "students", "'", "votes"])
    }

    @Test func keepsWordsWithAnInnerApostropheWhole() {
        #expect(surfaces("O'Neill played rock'n'roll") == ["O'Neill", "played", "rock'n'roll"])
    }

    @Test func keepsAbbreviationsWithTheirPeriod() {
        let tokens = EnglishTokenizer().tokenize("Mr. Smith of Acme Inc. met U.S. officials at 9 a.m., e.g. in Washington.")
        #expect(tokens.map(\.surface) == [
            "Mr.", "Smith", "of", "Acme", "Inc.", "met", "U.S.", "officials", "at", "9", "a.m.", ",", "e.g.", "in",
            "Washington", ".",
        ])
        #expect(tokens.filter { $0.kind == .abbreviation }.map(\.surface) == ["Mr.", "Inc.", "U.S.", "a.m.", "e.g."])
        #expect(tokens[6].range == 27..<31)
        #expect(tokens[6].lowercased == "u.s.")
    }

    @Test func endsASentenceAtAPeriodAfterAnOrdinaryWord() {
        #expect(surfaces("It rose. Then it fell.") == ["It", "rose", ".", "Then", "it", "fell", "."])
    }

    @Test func keepsURLsAndEmailAddressesWhole() {
        let tokens = EnglishTokenizer().tokenize(
            "See https://example.com/report?id=3. Write to press@example.org, or visit www.example.net (today).")
        #expect(tokens.map(\.surface) == [
            "See", "https://example.com/report?id=3", ".", "Write", "to", "press@example.org", ",", "or", "visit",
            "www.example.net", "(", "today", ")", ".",
        ])
        let kinds: [Token.Kind] = tokens.map(\.kind).filter { $0 == .url || $0 == .email }
        #expect(kinds == [.url, .email, .url])
        #expect(tokens[1].range == 4..<35)
        #expect(tokens[5].range == 46..<63)
    }

    @Test func keepsTheClosingParenthesisOfAURLThatOpenedOne() {
        #expect(surfaces("(see https://en.wikipedia.org/wiki/Mercury_(planet))") == [
            "(", "see", "https://en.wikipedia.org/wiki/Mercury_(planet)", ")",
        ])
    }

    @Test func doesNotTakeAnAtSignWithoutADomainForAnEmail() {
        #expect(surfaces("ask @meta or a@b") == ["ask", "@", "meta", "or", "a", "@", "b"])
    }

    @Test func groupsEllipsesAndDoubleHyphens() {
        #expect(surfaces("Wait... no -- really?") == ["Wait", "...", "no", "--", "really", "?"])
    }

    @Test func marksCapitalisedWordsInsideASentenceAsProperNounCandidates() {
        let tokens = EnglishTokenizer().tokenize("Analysts at Goldman Sachs expect growth. Growth is slow, I think.")
        let properNouns = tokens.filter { $0.partOfSpeech == .properNoun }.map(\.surface)
        #expect(properNouns == ["Goldman", "Sachs"])
        #expect(tokens.filter { $0.kind == .punctuation }.allSatisfy { $0.partOfSpeech == .punctuation })
    }

    @Test func doesNotMarkAWordAfterAnOpeningQuoteAtTheStartAsAProperNoun() {
        let tokens = EnglishTokenizer().tokenize("“Markets fell,” said Powell.")
        #expect(tokens.map(\.surface) == ["“", "Markets", "fell", ",", "”", "said", "Powell", "."])
        #expect(tokens.map(\.partOfSpeech) == [
            .punctuation, .other, .other, .punctuation, .punctuation, .other, .properNoun, .punctuation,
        ])
    }

    @Test func lowercasesEveryWordIncludingNonASCII() {
        let tokens = EnglishTokenizer().tokenize("NVIDIA’s GPUs beat Café Zürich")
        #expect(tokens.map(\.lowercased) == ["nvidia", "’s", "gpus", "beat", "café", "zürich"])
        #expect(tokens[4].range == 21..<26)
    }

    @Test func reportsRangesInTheWholeTextWhenGivenASlice() {
        let block = Array("First one. Second, here.".utf8)
        let tokens = EnglishTokenizer().tokenize(block[11...])
        #expect(tokens.map(\.surface) == ["Second", ",", "here", "."])
        #expect(tokens.map(\.range) == [11..<17, 17..<18, 19..<23, 23..<24])
    }

    @Test func survivesMalformedUTF8WithExactRanges() {
        let tokens = EnglishTokenizer().tokenize([0x41, 0x42, 0xFF, 0x20, 0x43][...])
        #expect(tokens.map(\.range) == [0..<2, 2..<3, 4..<5])
        #expect(tokens.map(\.surface) == ["AB", "\u{FFFD}", "C"])
    }

    @Test(arguments: ["a.", "a", "1,000", "x-", "ab@", "don't ", "U.S.", "-", "http://x "])
    func tokenizesAHundredThousandCharacterSentenceInLinearTime(_ unit: String) {
        let text = String(repeating: unit, count: 100_000 / unit.count + 1)
        let clock = ContinuousClock()
        var tokens: [Token] = []
        let elapsed = clock.measure { tokens = EnglishTokenizer().tokenize(text) }
        #expect(tokens.count > 0)
        #expect(tokens.last?.end == text.utf8.count - (text.hasSuffix(" ") ? 1 : 0))
        #expect(zip(tokens, tokens.dropFirst()).allSatisfy { $0.end <= $1.start })
        #expect(elapsed < .seconds(10), "\(unit) took \(elapsed)")
    }
}
