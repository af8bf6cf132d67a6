/// Aho–Corasick over UTF-8 bytes: finds every occurrence of every key in one
/// pass, in time linear in the text plus the number of occurrences.
///
/// Transitions are stored sparsely (a sorted run of edges per state) with a
/// dense table only for the root, where most steps land; a lexicon of a few
/// hundred cues stays a few hundred kilobytes at most.
struct KeywordAutomaton: Sendable {
    private var rootNext: [Int32]
    private var edgeStart: [Int32]
    private var edgeBytes: [UInt8]
    private var edgeTargets: [Int32]
    private var fail: [Int32]
    /// The key that ends exactly at a state, or -1.
    private var keyAt: [Int32]
    /// The nearest state down the failure chain that ends a key, or -1.
    private var outputLink: [Int32]
    private(set) var keyLengths: [Int]

    /// `keys` are byte strings; a key's index is its id in `occurrences`.
    init(keys: [[UInt8]]) {
        var children: [[UInt8: Int32]] = [[:]]
        var keyAt: [Int32] = [-1]
        for (id, key) in keys.enumerated() {
            var state = 0
            for byte in key {
                if let next = children[state][byte] {
                    state = Int(next)
                } else {
                    children.append([:])
                    keyAt.append(-1)
                    children[state][byte] = Int32(children.count - 1)
                    state = children.count - 1
                }
            }
            // Equal keys are merged by the caller; the first wins if not.
            if keyAt[state] < 0 { keyAt[state] = Int32(id) }
        }
        let count = children.count
        var edgeStart = [Int32](repeating: 0, count: count + 1)
        var edgeBytes: [UInt8] = []
        var edgeTargets: [Int32] = []
        for state in 0..<count {
            edgeStart[state] = Int32(edgeBytes.count)
            for (byte, target) in children[state].sorted(by: { $0.key < $1.key }) {
                edgeBytes.append(byte)
                edgeTargets.append(target)
            }
        }
        edgeStart[count] = Int32(edgeBytes.count)
        var rootNext = [Int32](repeating: 0, count: 256)
        for (byte, target) in children[0] { rootNext[Int(byte)] = target }

        var fail = [Int32](repeating: 0, count: count)
        var outputLink = [Int32](repeating: -1, count: count)
        var queue: [Int32] = children[0].values.sorted()
        var head = 0
        while head < queue.count {
            let state = Int(queue[head])
            head += 1
            for (byte, target) in children[state] {
                var link: Int32 = 0
                if state != 0 {
                    var probe = Int(fail[state])
                    while probe != 0, children[probe][byte] == nil { probe = Int(fail[probe]) }
                    link = children[probe][byte] ?? 0
                }
                fail[Int(target)] = link
                outputLink[Int(target)] = keyAt[Int(link)] >= 0 ? link : outputLink[Int(link)]
                queue.append(target)
            }
        }
        self.rootNext = rootNext
        self.edgeStart = edgeStart
        self.edgeBytes = edgeBytes
        self.edgeTargets = edgeTargets
        self.fail = fail
        self.keyAt = keyAt
        self.outputLink = outputLink
        self.keyLengths = keys.map(\.count)
    }

    /// Calls `found(key, end)` for every occurrence, ordered by end offset;
    /// `fold` maps each byte before matching (ASCII case folding).
    func occurrences(in bytes: UnsafeBufferPointer<UInt8>, fold: (UInt8) -> UInt8,
                     _ found: (_ key: Int, _ end: Int) -> Void) {
        var state = 0
        for index in 0..<bytes.count {
            state = step(state, fold(bytes[index]))
            var output = keyAt[state] >= 0 ? state : Int(outputLink[state])
            while output >= 0 {
                found(Int(keyAt[output]), index + 1)
                output = Int(outputLink[output])
            }
        }
    }

    @inline(__always)
    private func step(_ from: Int, _ byte: UInt8) -> Int {
        var state = from
        while state != 0 {
            var low = Int(edgeStart[state])
            var high = Int(edgeStart[state + 1])
            while low < high {
                let middle = (low + high) / 2
                let edge = edgeBytes[middle]
                if edge == byte { return Int(edgeTargets[middle]) }
                if edge < byte { low = middle + 1 } else { high = middle }
            }
            state = Int(fail[state])
        }
        return Int(rootNext[Int(byte)])
    }
}
