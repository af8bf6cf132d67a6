import Foundation

/// A progress line on standard error for a batch: `ronten: 812/1854
/// articles · 94/s · 0:11 left`.
///
/// On a terminal the line is redrawn in place at most ten times a second,
/// only once the run has taken a second (short runs show nothing), and
/// erased at the end. Elsewhere (a pipe, a CI log) it is written only when
/// asked for, as whole lines at most once a second and a last line with the
/// totals, since a log cannot redraw.
///
/// Used only on the thread that consumes a batch's results, so it needs no
/// lock; a class because the batch and the command share the one line.
public final class ProgressLine {
    public enum Style: Sendable {
        /// Redrawn in place with a carriage return.
        case terminal
        /// Whole lines.
        case log
    }

    public let total: Int
    public let style: Style
    private let clock: () -> Double
    private let sink: (String) -> Void
    private let start: Double
    private var done = 0
    private var lastDrawn: Double?
    private var onScreen = false

    /// - Parameters:
    ///   - clock: seconds, from any origin.
    ///   - sink: where the bytes go (standard error unless testing).
    public init(total: Int, style: Style, clock: @escaping () -> Double = ProgressLine.monotonicSeconds,
                sink: @escaping (String) -> Void = ProgressLine.writeToStandardError) {
        self.total = total
        self.style = style
        self.clock = clock
        self.sink = sink
        self.start = clock()
    }

    /// The line a run should draw, or nil for none: `requested` is
    /// `--progress` (true), `--no-progress` (false) or neither (nil, meaning
    /// only when standard error is a terminal).
    public static func forRun(total: Int, requested: Bool?) -> ProgressLine? {
        let terminal = isatty(STDERR_FILENO) == 1
        switch requested {
        case false?: return nil
        case true?: return ProgressLine(total: total, style: terminal ? .terminal : .log)
        case nil: return terminal ? ProgressLine(total: total, style: .terminal) : nil
        }
    }

    /// One more article done.
    public func advance(by count: Int = 1) {
        done += count
        let now = clock()
        let elapsed = now - start
        switch style {
        case .terminal:
            guard elapsed >= 1, done < total, lastDrawn.map({ now - $0 >= 0.1 }) ?? true else { return }
            sink("\r\u{1B}[K" + "ronten: " + ProgressText.running(done: done, total: total, elapsed: elapsed))
            onScreen = true
        case .log:
            guard done < total, lastDrawn.map({ now - $0 >= 1 }) ?? true else { return }
            sink("ronten: " + ProgressText.running(done: done, total: total, elapsed: elapsed) + "\n")
        }
        lastDrawn = now
    }

    /// Erases the line so that a message can be written; the next
    /// ``advance(by:)`` draws it again.
    public func clear() {
        guard onScreen else { return }
        sink("\r\u{1B}[K")
        onScreen = false
        lastDrawn = nil
    }

    /// The end of the batch: the terminal line is erased; a log gets the totals.
    public func finish() {
        switch style {
        case .terminal: clear()
        case .log:
            sink("ronten: " + ProgressText.finished(done: done, total: total, elapsed: clock() - start) + "\n")
            lastDrawn = nil
        }
    }

    public static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    public static func writeToStandardError(_ text: String) {
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return }
            written += n
        }
    }
}
