import Foundation

/// Runs work over many inputs on several threads and hands the results back
/// in input order, so output is the same bytes for any number of threads.
///
/// Memory stays bounded however many inputs there are: a worker does not
/// start input `i` until the result of input `i - window` has been consumed,
/// and each result is released as soon as it is consumed.
///
/// After an ``Interruption``, no input is started, those in progress finish,
/// the results not yet consumed are dropped, and `run` returns; `consume`
/// runs in an ``Interruption/critical(_:)`` section, so a write it makes is
/// never cut in half.
public enum Batch {
    /// The processors available to this process.
    public static var availableJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// - Parameters:
    ///   - count: the number of inputs, processed by index.
    ///   - jobs: worker threads (1 runs everything on the calling thread).
    ///   - progress: advanced after each result is consumed, finished at the end.
    ///   - makeWorker: called once on each worker thread; the closure it
    ///     returns keeps per-thread state (a MeCab tagger is not thread-safe).
    ///   - consume: called on the calling thread, in input order.
    public static func run<Output: Sendable>(
        count: Int,
        jobs: Int,
        progress: ProgressLine? = nil,
        makeWorker: @escaping @Sendable () -> (Int) -> Output,
        consume: (Int, Output) -> Void
    ) {
        guard count > 0 else { return }
        defer { progress?.finish() }
        let jobs = max(1, min(jobs, count))
        if jobs == 1 {
            let work = makeWorker()
            for index in 0..<count {
                guard !Interruption.isRequested else { return }
                let output = work(index)
                guard !Interruption.isRequested else { return }
                Interruption.critical { consume(index, output) }
                progress?.advance()
            }
            return
        }
        let state = BatchState<Output>(count: count, window: jobs * 4, workers: jobs)
        var threads: [Thread] = []
        for _ in 0..<jobs {
            let thread = Thread {
                let work = makeWorker()
                while let index = state.claim() {
                    state.deliver(index, work(index))
                }
                state.finishWorker()
            }
            // Deeply nested input recurses in places; give workers room.
            thread.stackSize = 16 << 20
            threads.append(thread)
            thread.start()
        }
        for index in 0..<count {
            guard let output = state.take(index) else { break }
            Interruption.critical { consume(index, output) }
            progress?.advance()
        }
        state.stop()
        state.waitForWorkers()
    }
}

/// The shared state of one batch. Every property is read and written only
/// while `condition` is locked, which is what makes the class safe to share.
private final class BatchState<Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private let workers: Int
    private var nextToClaim = 0
    private var nextToTake = 0
    private var results: [Int: Output] = [:]
    private var finishedWorkers = 0
    private var stopped = false

    init(count: Int, window: Int, workers: Int) {
        self.count = count
        self.window = window
        self.workers = workers
    }

    /// Whether to hand out no more work. A signal cannot wake a waiting
    /// thread, so waits are short and look again.
    private var stopping: Bool { stopped || Interruption.isRequested }

    private func pause() { _ = condition.wait(until: Date(timeIntervalSinceNow: 0.1)) }

    /// The next index to work on, once it is within the window; nil when
    /// every index has been claimed or the batch stops.
    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while nextToClaim < count && nextToClaim - nextToTake >= window && !stopping { pause() }
        guard nextToClaim < count, !stopping else { return nil }
        defer { nextToClaim += 1 }
        return nextToClaim
    }

    func deliver(_ index: Int, _ output: Output) {
        condition.lock()
        results[index] = output
        condition.broadcast()
        condition.unlock()
    }

    /// The result of `index` once it is ready; nil when the batch stops first.
    func take(_ index: Int) -> Output? {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil && !stopping { pause() }
        guard !stopping, let output = results.removeValue(forKey: index) else { return nil }
        nextToTake = index + 1
        condition.broadcast()
        return output
    }

    func stop() {
        condition.lock()
        stopped = true
        results.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    func finishWorker() {
        condition.lock()
        finishedWorkers += 1
        condition.broadcast()
        condition.unlock()
    }

    func waitForWorkers() {
        condition.lock()
        defer { condition.unlock() }
        while finishedWorkers < workers { condition.wait() }
    }
}
