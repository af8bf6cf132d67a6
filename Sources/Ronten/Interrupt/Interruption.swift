import Dispatch
import Foundation

/// SIGINT and SIGTERM, turned from a sudden death into an orderly stop, so
/// that an interrupted run leaves no half-written file.
///
/// Once ``install()`` has run, the first signal only records itself: a
/// ``Batch`` stops handing out articles, lets those in progress finish, and
/// returns; the command then calls ``exitIfRequested()``, which exits with
/// 128 + the signal's number (130 for SIGINT, 143 for SIGTERM) before it
/// writes anything more. A second signal exits at once, but never in the
/// middle of a ``critical(_:)`` section: every file write of a batch runs in
/// one, so a write in progress completes (or removes its temporary file)
/// first.
///
/// Signals are received through Dispatch sources, so no code runs inside a
/// signal handler.
public enum Interruption {
    private static let state = InterruptionState()

    /// Takes over SIGINT and SIGTERM for the rest of the process; calling it
    /// again does nothing.
    public static func install() { state.install() }

    /// The first signal received, if any.
    public static var signal: Int32? { state.received }

    public static var isRequested: Bool { state.received != nil }

    /// Runs `body` so that a second signal waits for it to end.
    public static func critical<T>(_ body: () throws -> T) rethrows -> T {
        state.critical.lock()
        defer { state.critical.unlock() }
        return try body()
    }

    /// After an interruption: one line on standard error and exit 128 + the
    /// signal; otherwise nothing.
    public static func exitIfRequested() {
        guard let signal = state.received else { return }
        ProgressLine.writeToStandardError(message(signal))
        exit(128 + signal)
    }

    static func message(_ signal: Int32) -> String {
        "ronten: interrupted (\(signal == SIGTERM ? "SIGTERM" : signal == SIGINT ? "SIGINT" : "signal \(signal)")): stopped; every file written is complete\n"
    }
}

/// Every stored property is either immutable or read and written only while
/// `lock` is held; `critical` is itself a lock. That is what makes sharing
/// the class between the Dispatch handler's thread and the run's threads safe.
private final class InterruptionState: @unchecked Sendable {
    private let lock = NSLock()
    let critical = NSRecursiveLock()
    private var signal: Int32?
    private var sources: [DispatchSourceSignal] = []

    var received: Int32? {
        lock.lock()
        defer { lock.unlock() }
        return signal
    }

    func install() {
        lock.lock()
        defer { lock.unlock() }
        guard sources.isEmpty else { return }
        for number in [SIGINT, SIGTERM] {
            // The default action would end the process before Dispatch sees the signal.
            Foundation.signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in handle(number) }
            source.resume()
            sources.append(source)
        }
    }

    /// Returns whether this was the first signal.
    @discardableResult
    func record(_ number: Int32) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard signal == nil else { return false }
        signal = number
        return true
    }

    private func handle(_ number: Int32) {
        if record(number) { return }
        // A second signal: stop now, once no write is under way.
        critical.lock()
        ProgressLine.writeToStandardError((isatty(STDERR_FILENO) == 1 ? "\r\u{1B}[K" : "") + Interruption.message(received ?? number))
        _exit(128 + (received ?? number))
    }
}
