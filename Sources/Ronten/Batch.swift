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
    ///   - window: how many results may be in progress or waiting to be
    ///     consumed; 4 per job unless given. Small results of quick work
    ///     (`check`'s formatted findings) do better with more.
    public static func run<Output: Sendable>(
        count: Int,
        jobs: Int,
        progress: ProgressLine? = nil,
        window: Int? = nil,
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
        let state = BatchState<Output>(count: count, window: max(2, window ?? jobs * 4), workers: jobs)
        var threads: [Thread] = []
        for _ in 0..<jobs {
            let thread = Thread {
                let work = makeWorker()
                var finished: (index: Int, output: Output)?
                while let index = state.next(after: finished) {
                    finished = (index, work(index))
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
///
/// Threads are woken for groups of results: the consumer when a quarter of
/// the window is ready in order (or the window is full, or the work nearly
/// done), workers when half the window is free. Waking on every
/// result cost a warm `check` (1,854 results in 0.1 s) 5,000 context
/// switches and all of its parallelism.
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
    /// Whether the consumer waits for result `nextToTake`.
    private var consumerWaits = false
    /// Workers waiting for the window to move.
    private var workersWaiting = 0

    init(count: Int, window: Int, workers: Int) {
        self.count = count
        self.window = window
        self.workers = workers
    }

    /// Whether to hand out no more work. A signal cannot wake a waiting
    /// thread, so waits are short and look again.
    private var stopping: Bool { stopped || Interruption.isRequested }

    private func pause() { _ = condition.wait(until: Date(timeIntervalSinceNow: 0.1)) }

    /// Hands in a worker's last result, if any, and returns the next index to
    /// work on once it is within the window; nil when every index has been
    /// claimed or the batch stops. One lock for both.
    func next(after finished: (index: Int, output: Output)?) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        if let finished {
            results[finished.index] = finished.output
            // The consumer is woken for a quarter of a window of results at
            // once, not for each, unless the work is nearly done.
            if consumerWaits && results[nextToTake] != nil
                && (nextToClaim >= count || nextToClaim - nextToTake >= window || readyInOrder() >= max(1, window / 4)) {
                condition.broadcast()
            }
        }
        while nextToClaim < count && nextToClaim - nextToTake >= window && !stopping {
            // The window is full: only the consumer can move it.
            if consumerWaits && results[nextToTake] != nil { condition.broadcast() }
            workersWaiting += 1
            pause()
            workersWaiting -= 1
        }
        guard nextToClaim < count, !stopping else { return nil }
        defer { nextToClaim += 1 }
        return nextToClaim
    }

    /// How many results from `nextToTake` on are ready, with no gap.
    private func readyInOrder() -> Int {
        var ready = 0
        while results[nextToTake + ready] != nil { ready += 1 }
        return ready
    }

    /// The result of `index` once it is ready; nil when the batch stops first.
    func take(_ index: Int) -> Output? {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil && !stopping {
            // Workers held by the window must go on before the consumer sleeps.
            if workersWaiting > 0 { condition.broadcast() }
            consumerWaits = true
            pause()
            consumerWaits = false
        }
        guard !stopping, let output = results.removeValue(forKey: index) else { return nil }
        nextToTake = index + 1
        // Workers are woken once half the window is free, not for each result.
        if workersWaiting > 0 && nextToClaim - nextToTake <= window / 2 { condition.broadcast() }
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
