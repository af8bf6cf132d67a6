/// Values by sentence id, for the tables a page reads once or twice a
/// sentence. Ids Ronten makes are `s` and a number written as `String(n)`
/// writes it; those index an array, so a lookup parses a few bytes where
/// a Dictionary hashed the String (profiling put String hashing at a third
/// of ArticleReport.init). Any other id (a model read from JSON can hold
/// anything), and numbers past a bound set by the expected count, go to a
/// Dictionary, so a hostile `s999999999` cannot make the array huge.
struct SentenceTable<Value> {
    private var numbered: [Value?] = []
    private var other: [String: Value] = [:]
    private let limit: Int

    /// Room made ahead for `s0`…`s<count>`, so setting them never grows the array.
    init(expected count: Int) {
        limit = 2 * count + 64
        numbered = Array(repeating: nil, count: count + 1)
    }

    @inline(__always)
    private mutating func makeRoom(_ index: Int) {
        if index >= numbered.count { numbered.append(contentsOf: repeatElement(nil, count: index + 1 - numbered.count)) }
    }

    /// The array index of a canonical id below the bound, else nil.
    @inline(__always)
    private func slot(_ id: String) -> Int? {
        var id = id
        return id.withUTF8 { bytes -> Int? in
            guard bytes.count >= 2, bytes.count <= 10, bytes[0] == UInt8(ascii: "s") else { return nil }
            // `String(n)` writes no leading zero but for 0 itself.
            if bytes[1] == UInt8(ascii: "0") && bytes.count > 2 { return nil }
            var number = 0
            for index in 1..<bytes.count {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                number = number * 10 + Int(digit)
            }
            return number < limit ? number : nil
        }
    }

    subscript(id: String) -> Value? {
        get {
            guard let index = slot(id) else { return other[id] }
            return index < numbered.count ? numbered[index] : nil
        }
        set {
            guard let index = slot(id) else { return other[id] = newValue }
            if index >= numbered.count {
                guard newValue != nil else { return }
                makeRoom(index)
            }
            numbered[index] = newValue
        }
    }

    func contains(_ id: String) -> Bool { self[id] != nil }

    /// Appends to the list of `id`, which starts empty.
    mutating func append<Element>(_ element: Element, to id: String) where Value == [Element] {
        guard let index = slot(id) else { return other[id, default: []].append(element) }
        makeRoom(index)
        if numbered[index] == nil {
            numbered[index] = [element]
        } else {
            numbered[index]!.append(element)
        }
    }
}
