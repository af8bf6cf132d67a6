import Foundation
import Ronten
import Testing

/// Results come back in input order whatever the jobs, the window and how
/// long each input takes, with no input lost or run twice.
struct BatchOrderTests {
    /// Work whose length varies with the index, so results finish out of order.
    static func work(_ index: Int) -> Int {
        if index % 7 == 3 { usleep(2_000) }
        if index % 13 == 0 { usleep(500) }
        return index * index
    }

    @Test(arguments: [(1, nil), (2, nil), (2, 2), (3, 5), (2, 32), (4, 3)] as [(Int, Int?)])
    func resultsComeInInputOrder(_ jobs: Int, _ window: Int?) {
        var consumed: [Int] = []
        var values: [Int] = []
        Batch.run(count: 300, jobs: jobs, window: window, makeWorker: { { Self.work($0) } }, consume: { index, value in
            consumed.append(index)
            values.append(value)
        })
        #expect(consumed == Array(0..<300))
        #expect(values == (0..<300).map { $0 * $0 })
    }

    @Test func aWindowOfOneStillFinishes() {
        var consumed = 0
        Batch.run(count: 50, jobs: 2, window: 1, makeWorker: { { $0 } }, consume: { _, _ in consumed += 1 })
        #expect(consumed == 50)
    }
}
