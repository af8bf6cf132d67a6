/// Aho–Corasick over UTF-8 bytes: finds every occurrence of every key in one
/// pass, in time linear in the text plus the number of occurrences.
///
/// The failure links are compiled into a full transition table, one row per
/// state and one column per byte class (each byte that occurs in a key is a
/// class; all other bytes share one, which always leads back to the root),
/// so each byte of text costs one table lookup. The bundled Japanese cues
/// make 7,600 states and 72 classes; stored in 16 bits, as any table of
/// under 32,768 states is, that is 1.1 MB, and the smaller the table the
/// fewer of its reads miss the cache.
struct KeywordAutomaton: Sendable {
    /// The class of each byte; 0 for bytes in no key.
    private var byteClass: [UInt16]
    private var classCount: Int
    /// `delta[state * classCount + class]`: the next state, with the top bit
    /// set when some key ends there, so a step that reports nothing reads
    /// no other table.
    private enum Transitions: Sendable {
        case narrow([UInt16])
        case wide([UInt32])
    }

    private var transitions: Transitions
    /// The key that ends exactly at a state, or -1.
    private var keyAt: [Int32]
    /// The nearest state down the failure chain that ends a key, or -1.
    private var outputLink: [Int32]
    /// The first state to report at each state: itself if it ends a key,
    /// else its output link; -1 when no key ends here.
    private var firstOutput: [Int32]
    private(set) var keyLengths: [Int]

    /// `keys` are byte strings; a key's index is its id in `occurrences`.
    /// `fold` maps each byte of the text before matching (ASCII case
    /// folding); it is compiled into the byte classes, so the scan calls
    /// nothing per byte. Keys must be written folded.
    init(keys: [[UInt8]], fold: (UInt8) -> UInt8 = { $0 }) {
        var byteClass = [UInt16](repeating: 0, count: 256)
        var classCount = 1
        var used = [Bool](repeating: false, count: 256)
        for key in keys { for byte in key { used[Int(byte)] = true } }
        for byte in 0..<256 where used[byte] {
            byteClass[byte] = UInt16(classCount)
            classCount += 1
        }
        let keyClass = byteClass

        // The trie, in the table that becomes the transitions: -1 where a
        // state has no child yet.
        let blankRow = [Int32](repeating: -1, count: classCount)
        var delta = blankRow
        var keyAt: [Int32] = [-1]
        for (id, key) in keys.enumerated() {
            var state = 0
            for byte in key {
                let cell = state * classCount + Int(byteClass[Int(byte)])
                if delta[cell] >= 0 {
                    state = Int(delta[cell])
                } else {
                    let child = keyAt.count
                    delta[cell] = Int32(child)
                    delta.append(contentsOf: blankRow)
                    keyAt.append(-1)
                    state = child
                }
            }
            // Equal keys are merged by the caller; the first wins if not.
            if keyAt[state] < 0 { keyAt[state] = Int32(id) }
        }
        let count = keyAt.count

        // Breadth first, so a state's failure target has its full row
        // before the state's own row is filled from it. Over raw buffers:
        // the checked subscripts made this loop most of a one-file run's
        // start-up (53 M instructions for the two bundled lexicons).
        var fail = [Int32](repeating: 0, count: count)
        var outputLink = [Int32](repeating: -1, count: count)
        var queue = [Int32](repeating: 0, count: count)
        delta.withUnsafeMutableBufferPointer { delta in
            fail.withUnsafeMutableBufferPointer { fail in
                outputLink.withUnsafeMutableBufferPointer { outputLink in
                    queue.withUnsafeMutableBufferPointer { queue in
                        keyAt.withUnsafeBufferPointer { keyAt in
                            var tail = 0
                            for c in 1..<max(classCount, 1) {
                                if delta[c] >= 0 { queue[tail] = delta[c]; tail += 1 } else { delta[c] = 0 }
                            }
                            if classCount > 0 { delta[0] = 0 }
                            var head = 0
                            while head < tail {
                                let state = Int(queue[head])
                                head += 1
                                let row = state * classCount
                                let failRow = Int(fail[state]) * classCount
                                delta[row] = 0
                                for c in 1..<classCount {
                                    let target = delta[row + c]
                                    guard target >= 0 else {
                                        delta[row + c] = delta[failRow + c]
                                        continue
                                    }
                                    let link = delta[failRow + c]
                                    fail[Int(target)] = link
                                    outputLink[Int(target)] = keyAt[Int(link)] >= 0 ? link : outputLink[Int(link)]
                                    queue[tail] = target
                                    tail += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        let firstOutput = (0..<count).map { keyAt[$0] >= 0 ? Int32($0) : outputLink[$0] }
        func cells<Cell: FixedWidthInteger & UnsignedInteger>(_ reports: Cell) -> [Cell] {
            [Cell](unsafeUninitializedCapacity: delta.count) { out, written in
                delta.withUnsafeBufferPointer { delta in
                    firstOutput.withUnsafeBufferPointer { firstOutput in
                        for index in delta.indices {
                            let next = delta[index]
                            out[index] = Cell(truncatingIfNeeded: next) | (firstOutput[Int(next)] >= 0 ? reports : 0)
                        }
                    }
                }
                written = delta.count
            }
        }
        if count < 1 << 15 {
            transitions = .narrow(cells(UInt16(1) << 15))
        } else {
            transitions = .wide(cells(UInt32(1) << 31))
        }
        // A text byte reads as the class of its folded byte.
        self.byteClass = (0..<256).map { keyClass[Int(fold(UInt8($0)))] }
        self.classCount = classCount
        self.keyAt = keyAt
        self.outputLink = outputLink
        self.firstOutput = firstOutput
        self.keyLengths = keys.map { $0.count }
    }

    /// Calls `found(key, end)` for every occurrence, ordered by end offset,
    /// reading the text through the `fold` given at init.
    func occurrences(in bytes: UnsafeBufferPointer<UInt8>, _ found: (_ key: Int, _ end: Int) -> Void) {
        switch transitions {
        case .narrow(let table): table.withUnsafeBufferPointer { scan(bytes, $0, found) }
        case .wide(let table): table.withUnsafeBufferPointer { scan(bytes, $0, found) }
        }
    }

    /// Both texts' occurrences, each text's in end order as
    /// ``occurrences(in:_:)`` gives them: the two scans step together, so
    /// each one's table read overlaps the other's.
    func occurrences(in first: UnsafeBufferPointer<UInt8>, _ foundFirst: (_ key: Int, _ end: Int) -> Void,
                     and second: UnsafeBufferPointer<UInt8>, _ foundSecond: (_ key: Int, _ end: Int) -> Void) {
        switch transitions {
        case .narrow(let table): table.withUnsafeBufferPointer { scan(first, foundFirst, second, foundSecond, $0) }
        case .wide(let table): table.withUnsafeBufferPointer { scan(first, foundFirst, second, foundSecond, $0) }
        }
    }

    @inline(__always)
    private func scan<Cell: FixedWidthInteger & UnsignedInteger>(
        _ first: UnsafeBufferPointer<UInt8>, _ foundFirst: (_ key: Int, _ end: Int) -> Void,
        _ second: UnsafeBufferPointer<UInt8>, _ foundSecond: (_ key: Int, _ end: Int) -> Void,
        _ delta: UnsafeBufferPointer<Cell>
    ) {
        let reports: Cell = 1 << (Cell.bitWidth - 1)
        byteClass.withUnsafeBufferPointer { byteClass in
            var one = 0, two = 0
            let classCount = self.classCount
            let common = min(first.count, second.count)
            for index in 0..<common {
                let nextOne = delta[one * classCount + Int(byteClass[Int(first[index])])]
                let nextTwo = delta[two * classCount + Int(byteClass[Int(second[index])])]
                one = Int(nextOne & ~reports)
                two = Int(nextTwo & ~reports)
                if nextOne & reports != 0 { report(one, index + 1, foundFirst) }
                if nextTwo & reports != 0 { report(two, index + 1, foundSecond) }
            }
            // The longer text goes on alone from where it stands.
            let (rest, found, state) = first.count > common ? (first, foundFirst, one) : (second, foundSecond, two)
            run(rest, from: common, state: state, delta, byteClass, found)
        }
    }

    /// Steps through `bytes[start...]` from `state`, reporting as it goes.
    @inline(__always)
    private func run<Cell: FixedWidthInteger & UnsignedInteger>(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, state: Int, _ delta: UnsafeBufferPointer<Cell>,
        _ byteClass: UnsafeBufferPointer<UInt16>, _ found: (_ key: Int, _ end: Int) -> Void
    ) {
        let reports: Cell = 1 << (Cell.bitWidth - 1)
        var state = state
        let classCount = self.classCount
        for index in start..<bytes.count {
            let next = delta[state * classCount + Int(byteClass[Int(bytes[index])])]
            state = Int(next & ~reports)
            if next & reports != 0 { report(state, index + 1, found) }
        }
    }

    /// Every key that ends at `state`, reached at `end`.
    @inline(__always)
    private func report(_ state: Int, _ end: Int, _ found: (_ key: Int, _ end: Int) -> Void) {
        var output = Int(firstOutput[state])
        while output >= 0 {
            found(Int(keyAt[output]), end)
            output = Int(outputLink[output])
        }
    }

    @inline(__always)
    private func scan<Cell: FixedWidthInteger & UnsignedInteger>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ delta: UnsafeBufferPointer<Cell>,
        _ found: (_ key: Int, _ end: Int) -> Void
    ) {
        byteClass.withUnsafeBufferPointer { byteClass in
            run(bytes, from: 0, state: 0, delta, byteClass, found)
        }
    }
}
