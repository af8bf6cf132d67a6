import Testing
@testable import RontenReport

@Suite struct NodeLabelTests {
    @Test func japaneseBreaksBetweenCharactersButNotBeforeClosingPunctuation() {
        let lines = NodeLabel.lines("今はコストを吸収し、後に優位性を獲得する。", width: 10, maxLines: 3)
        #expect(lines == ["今はコストを吸収し、", "後に優位性を獲得する。"])
    }

    @Test func englishBreaksAtSpaces() {
        let lines = NodeLabel.lines("Northwind will inevitably dominate the mid-market by 2028.", width: 14, maxLines: 3)
        #expect(lines == ["Northwind will inevitably", "dominate the mid-market by", "2028."])
    }

    @Test func longTextEndsWithAnEllipsisOnTheLastLine() {
        let lines = NodeLabel.lines(String(repeating: "議論", count: 200), width: 8, maxLines: 2)
        #expect(lines == ["議論議論議論議論", "議論議論議論議…"])
    }

    @Test func aWordLongerThanALineIsBroken() {
        let lines = NodeLabel.lines("Supercalifragilisticexpialidocious", width: 6, maxLines: 3)
        #expect(lines.count == 3)
        #expect(lines[0] == "Supercalifra")
    }

    @Test func wrapsAsTheScalarVersionDidOnMixedText() {
        let pieces = ["a", "i", "M", "W", "Q", "word", "Supercalifragilistic", " ", "  ", "\n", "\t", "\r\n", "\u{3000}",
                      "論", "点", "は", "、", "。", "」", "っ", "ー", "！", "？", "（", "한", "😀", "e\u{301}", "é", "–", "—",
                      "\u{2028}", "\u{0}", "ｱ", "１２", "3.5%", "\"", "<b>", "&"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var checked = 0
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<next(60) { text += pieces[next(pieces.count)] }
            let width = [0.5, 1, 3, 6.5, 10, 13.92, 20][next(7)]
            let maxLines = 1 + next(4)
            #expect(NodeLabel.lines(text, width: width, maxLines: maxLines)
                    == ScalarNodeLabel.lines(text, width: width, maxLines: maxLines), "\(text.debugDescription) \(width) \(maxLines)")
            checked += 1
        }
        #expect(checked == 3000)
    }

    @Test func excerptCutsAfterLimitScalars() {
        #expect(ArgumentMapSVG.excerpt("論点abc", 3) == "論点a…")
        #expect(ArgumentMapSVG.excerpt("論点abc", 5) == "論点abc")
        #expect(ArgumentMapSVG.excerpt("e\u{301}x", 1) == "e…")
        #expect(ArgumentMapSVG.excerpt("", 0) == "")
    }
}

/// The wrapping as first written, over Unicode scalars: the byte scanner must agree with it.
private enum ScalarNodeLabel {
    static func lines(_ text: String, width: Double, maxLines: Int) -> [String] {
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var lineWidth = 0.0
        // The current Latin word, kept whole when it fits on the next line.
        var word = String.UnicodeScalarView()
        var wordWidth = 0.0
        var truncated = false

        func flushLine() {
            lines.append(trim(String(line)))
            line = String.UnicodeScalarView()
            lineWidth = 0
        }
        /// Adds a run that must stay together; false when the lines are full.
        func place(_ run: String.UnicodeScalarView, _ runWidth: Double) -> Bool {
            if lineWidth + runWidth > width && lineWidth > 0 {
                flushLine()
                if lines.count == maxLines { return false }
            }
            var remaining = runWidth
            if runWidth > width {
                // A word longer than a line is broken where it must be.
                for scalar in run {
                    let w = em(scalar)
                    if lineWidth + w > width && lineWidth > 0 {
                        flushLine()
                        if lines.count == maxLines { return false }
                    }
                    if !(lineWidth == 0 && scalar == " ") { line.append(scalar); lineWidth += w }
                    remaining -= w
                }
                return true
            }
            if lineWidth == 0, run.first == " " {
                line.append(contentsOf: run.dropFirst())
                lineWidth += max(0, runWidth - em(" "))
            } else {
                line.append(contentsOf: run)
                lineWidth += runWidth
            }
            return true
        }

        scan: for scalar in text.unicodeScalars {
            let isSpace = scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{3000}"
            if isWide(scalar) || isSpace {
                if !word.isEmpty {
                    if !place(word, wordWidth) { truncated = true; break scan }
                    word = String.UnicodeScalarView()
                    wordWidth = 0
                }
                if isSpace {
                    word.append(" ")
                    wordWidth = em(" ")
                    continue
                }
                // Closing punctuation stays on the line of the character before it.
                if isClosing(scalar), lineWidth + 1 > width, lineWidth > 0 {
                    line.append(scalar)
                    lineWidth += 1
                    continue
                }
                var run = String.UnicodeScalarView()
                run.append(scalar)
                if !place(run, 1) { truncated = true; break scan }
            } else {
                word.append(scalar)
                wordWidth += em(scalar)
            }
        }
        if !truncated, !word.isEmpty, !place(word, wordWidth) { truncated = true }
        if !truncated, lineWidth > 0 { flushLine() }
        if truncated || lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            if var last = lines.popLast() {
                // Room for the ellipsis: drop a character or two if the line is full.
                while last.unicodeScalars.reduce(0, { $0 + em($1) }) + 1 > width, !last.isEmpty { last.removeLast() }
                lines.append(trim(last) + "…")
            }
        }
        return lines.filter { !$0.isEmpty }
    }

    static func em(_ scalar: Unicode.Scalar) -> Double { NodeLabel.em(scalar) }
    static func isWide(_ scalar: Unicode.Scalar) -> Bool { NodeLabel.isWide(scalar) }
    static func isClosing(_ scalar: Unicode.Scalar) -> Bool { NodeLabel.isClosing(scalar) }

    private static func trim(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, first == " " { scalars.removeFirst() }
        while let last = scalars.last, last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
