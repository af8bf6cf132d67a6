import Foundation

/// `Batch` for a stream whose length is not known: items are read on the
/// calling thread, worked on by several threads, and written in the order
/// they were read as soon as each one's turn comes, so a consumer at the
/// other end of a pipe gets every result without waiting for the stream's
/// end. At most `jobs * 4` items are in flight; the reader waits beyond that.
public enum OrderedStream {
    /// - Parameters:
    ///   - next: the next item, nil at the end; called on the calling thread only.
    ///   - makeWorker: called once on each worker thread (per-thread state).
    ///   - write: called in item order, on one thread at a time.
    public static func run<Item: Sendable, Output: Sendable>(
        jobs: Int,
        next: () -> Item?,
        makeWorker: @escaping @Sendable () -> (Item) -> Output,
        write: @escaping @Sendable (Output) -> Void
    ) {
        if jobs <= 1 {
            let work = makeWorker()
            while let item = next() { write(work(item)) }
            return
        }
        let state = StreamState<Item, Output>(window: jobs * 4)
        var threads: [Thread] = []
        for _ in 0..<jobs {
            threads.append(Thread {
                let work = makeWorker()
                while let (index, item) = state.claim() { state.deliver(index, work(item)) }
                state.finish()
            })
        }
        threads.append(Thread {
            var index = 0
            while let output = state.take(index) {
                write(output)
                index += 1
            }
            state.finish()
        })
        for thread in threads {
            // Deeply nested input recurses in places; give workers room.
            thread.stackSize = 16 << 20
            thread.start()
        }
        while let item = next() { state.submit(item) }
        state.end()
        state.wait(for: threads.count)
    }
}

/// The shared state of one stream. Every property is read and written only
/// while `condition` is locked, which is what makes the class safe to share.
private final class StreamState<Item: Sendable, Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let window: Int
    private var items: [Int: Item] = [:]
    private var results: [Int: Output] = [:]
    private var submitted = 0
    private var nextToClaim = 0
    private var nextToTake = 0
    private var ended = false
    private var finished = 0

    init(window: Int) { self.window = window }

    func submit(_ item: Item) {
        condition.lock()
        defer { condition.unlock() }
        while submitted - nextToTake >= window { condition.wait() }
        items[submitted] = item
        submitted += 1
        condition.broadcast()
    }

    func end() {
        condition.lock()
        ended = true
        condition.broadcast()
        condition.unlock()
    }

    func claim() -> (Int, Item)? {
        condition.lock()
        defer { condition.unlock() }
        while nextToClaim == submitted && !ended { condition.wait() }
        guard nextToClaim < submitted else { return nil }
        defer { nextToClaim += 1 }
        return (nextToClaim, items.removeValue(forKey: nextToClaim)!)
    }

    func deliver(_ index: Int, _ output: Output) {
        condition.lock()
        results[index] = output
        condition.broadcast()
        condition.unlock()
    }

    /// The output of item `index` once it is ready; nil when the stream has
    /// ended before it.
    func take(_ index: Int) -> Output? {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil && !(ended && index >= submitted) { condition.wait() }
        guard let output = results.removeValue(forKey: index) else { return nil }
        nextToTake = index + 1
        condition.broadcast()
        return output
    }

    func finish() {
        condition.lock()
        finished += 1
        condition.broadcast()
        condition.unlock()
    }

    func wait(for threads: Int) {
        condition.lock()
        defer { condition.unlock() }
        while finished < threads { condition.wait() }
    }
}
