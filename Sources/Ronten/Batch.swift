import Foundation

/// Runs work over many inputs on several threads and hands the results back
/// in input order, so output is the same bytes for any number of threads.
///
/// Memory stays bounded however many inputs there are: a worker does not
/// start input `i` until the result of input `i - window` has been consumed,
/// and each result is released as soon as it is consumed.
public enum Batch {
    /// The processors available to this process.
    public static var availableJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// - Parameters:
    ///   - count: the number of inputs, processed by index.
    ///   - jobs: worker threads (1 runs everything on the calling thread).
    ///   - makeWorker: called once on each worker thread; the closure it
    ///     returns keeps per-thread state (a MeCab tagger is not thread-safe).
    ///   - consume: called on the calling thread, in input order.
    public static func run<Output: Sendable>(
        count: Int,
        jobs: Int,
        makeWorker: @escaping @Sendable () -> (Int) -> Output,
        consume: (Int, Output) -> Void
    ) {
        guard count > 0 else { return }
        let jobs = max(1, min(jobs, count))
        if jobs == 1 {
            let work = makeWorker()
            for index in 0..<count { consume(index, work(index)) }
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
            consume(index, state.take(index))
        }
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

    init(count: Int, window: Int, workers: Int) {
        self.count = count
        self.window = window
        self.workers = workers
    }

    /// The next index to work on, once it is within the window; nil when
    /// every index has been claimed.
    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while nextToClaim < count && nextToClaim - nextToTake >= window { condition.wait() }
        guard nextToClaim < count else { return nil }
        defer { nextToClaim += 1 }
        return nextToClaim
    }

    func deliver(_ index: Int, _ output: Output) {
        condition.lock()
        results[index] = output
        condition.broadcast()
        condition.unlock()
    }

    func take(_ index: Int) -> Output {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil { condition.wait() }
        nextToTake = index + 1
        condition.broadcast()
        return results.removeValue(forKey: index)!
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
