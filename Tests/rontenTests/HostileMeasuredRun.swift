import Foundation
import Testing

/// A run of the built binary that measures itself: peak resident memory,
/// wall time, and a deadline after which the child is killed, so a hang
/// fails the test instead of stalling the suite.
///
/// The peak is the child's VmHWM, sampled from /proc while it runs (a high
/// water mark, so a late sample still sees an earlier peak). rusage cannot
/// give it: posix_spawn starts the child in the parent's address space, and
/// Linux carries that space's high water mark into the child's ru_maxrss at
/// exec, so every child would report this whole test process's peak.
struct MeasuredRun {
    var status: Int32
    /// The signal that ended the child, or nil when it exited.
    var signal: Int32?
    var stdout: String
    var stderr: String
    var peakResidentBytes: Int
    var elapsed: Duration
    var timedOut: Bool

    init(_ arguments: [String], timeout: Duration = .seconds(60), keepOutput: Bool = true) throws {
        let scratch = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outPath = scratch.appendingPathComponent("stdout").path
        let errPath = scratch.appendingPathComponent("stderr").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let argv = ([Ronten.executable.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let clock = ContinuousClock()
        let started = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, Ronten.executable.path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }

        var rawStatus: Int32 = 0
        var killed = false
        var peakKilobytes = 0
        while true {
            peakKilobytes = max(peakKilobytes, Self.highWaterKilobytes(pid))
            let waited = waitpid(pid, &rawStatus, WNOHANG)
            if waited == pid { break }
            if waited < 0 && errno != EINTR { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD) }
            if !killed && clock.now - started > timeout * sanitizerSlowdown {
                kill(pid, SIGKILL)
                killed = true
            }
            usleep(2_000)
        }
        elapsed = clock.now - started
        timedOut = killed
        let termination = rawStatus & 0x7F
        signal = termination == 0 ? nil : termination
        status = termination == 0 ? (rawStatus >> 8) & 0xFF : -1
        peakResidentBytes = peakKilobytes * 1024
        stdout = keepOutput ? (try String(contentsOfFile: outPath, encoding: .utf8)) : ""
        stderr = try String(contentsOfFile: errPath, encoding: .utf8)
    }

    /// The `VmHWM:` line of /proc/PID/status, in kilobytes; 0 once the
    /// process has released its memory.
    static func highWaterKilobytes(_ pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            // "VmHWM:\t   12345 kB"
            return Int(String(line.dropFirst(6).filter(\.isNumber))) ?? 0
        }
        return 0
    }
}

/// `make test-sanitize` sets these options; the binary then runs several
/// times slower, and a deadline meant to catch a hang must allow for it.
let sanitizerSlowdown: Int = {
    let environment = ProcessInfo.processInfo.environment
    return environment["ASAN_OPTIONS"] != nil || environment["TSAN_OPTIONS"] != nil ? 10 : 1
}()
