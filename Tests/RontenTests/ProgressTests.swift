import Ronten
import Testing

/// A clock the test moves and a record of what was drawn.
private final class Terminal {
    var now = 100.0
    var written: [String] = []
}

private func line(_ style: ProgressLine.Style, total: Int, _ terminal: Terminal) -> ProgressLine {
    ProgressLine(total: total, style: style, clock: { terminal.now }, sink: { terminal.written.append($0) })
}

@Test func theLineSaysDoneOfTotalTheRateAndTheTimeLeft() {
    #expect(ProgressText.running(done: 812, total: 1854, elapsed: 8.64) == "812/1854 articles · 94/s · 0:12 left")
    #expect(ProgressText.running(done: 3, total: 100, elapsed: 2) == "3/100 articles · 1.5/s · 1:05 left")
    #expect(ProgressText.running(done: 1, total: 10_000, elapsed: 2) == "1/10000 articles · 0.5/s · 5:33:18 left")
    #expect(ProgressText.running(done: 0, total: 5, elapsed: 3) == "0/5 articles")
    #expect(ProgressText.finished(done: 1854, total: 1854, elapsed: 19.6) == "1854/1854 articles · 95/s · 0:20 in all")
}

@Test func aTerminalSeesNothingDuringTheFirstSecondThenAtMostTenRedrawsASecond() {
    let terminal = Terminal()
    let progress = line(.terminal, total: 100, terminal)
    terminal.now += 0.5
    progress.advance()
    #expect(terminal.written.isEmpty)
    terminal.now += 0.5
    progress.advance()
    #expect(terminal.written == ["\r\u{1B}[Kronten: 2/100 articles · 2.0/s · 0:49 left"])
    terminal.now += 0.05
    progress.advance()
    #expect(terminal.written.count == 1)
    terminal.now += 0.06
    progress.advance()
    #expect(terminal.written.count == 2)
    #expect(terminal.written.last == "\r\u{1B}[Kronten: 4/100 articles · 3.6/s · 0:27 left")
    progress.finish()
    #expect(terminal.written.last == "\r\u{1B}[K")
}

@Test func aShortRunOnATerminalLeavesNoTrace() {
    let terminal = Terminal()
    let progress = line(.terminal, total: 3, terminal)
    for _ in 0..<3 {
        terminal.now += 0.1
        progress.advance()
    }
    progress.finish()
    #expect(terminal.written.isEmpty)
}

@Test func clearingMakesRoomForAMessageAndTheNextStepRedraws() {
    let terminal = Terminal()
    let progress = line(.terminal, total: 10, terminal)
    terminal.now += 2
    progress.advance()
    progress.clear()
    #expect(terminal.written == ["\r\u{1B}[Kronten: 1/10 articles · 0.5/s · 0:18 left", "\r\u{1B}[K"])
    terminal.now += 0.01
    progress.advance()
    #expect(terminal.written.count == 3)
}

@Test func aLogGetsWholeLinesAtMostOnceASecondAndTheTotals() {
    let terminal = Terminal()
    let progress = line(.log, total: 4, terminal)
    for _ in 0..<4 {
        terminal.now += 0.6
        progress.advance()
    }
    progress.finish()
    #expect(terminal.written == [
        "ronten: 1/4 articles · 1.7/s · 0:02 left\n",
        "ronten: 3/4 articles · 1.7/s · 0:01 left\n",
        "ronten: 4/4 articles · 1.7/s · 0:02 in all\n",
    ])
}
