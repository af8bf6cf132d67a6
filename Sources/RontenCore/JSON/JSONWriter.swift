/// Writes JSON bytes for values whose layout is known at compile time: the
/// analysis schema (see JSONWriter+Analysis). It produces exactly what
/// JSONStream produces through Codable, without Codable's per-value dynamic
/// dispatch, casts and boxed containers, which profiling showed costing
/// most of a report's JSON pages.
///
/// The layout rules are JSONStream's: a member or element starts on its own
/// line indented two spaces a level; a non-empty container whose members are
/// all scalars and number at most 4 (object) or 8 (array) sits on one line
/// with `, ` between members; an empty one is `{}` or `[]`. Here the caller
/// says up front whether a container is such a leaf, instead of the stream
/// removing line breaks afterwards.
///
/// The bytes go to raw memory (an append is a bounds check and a store,
/// with none of an array's uniqueness checks, which showed in the profile
/// at this volume): the writer's own, or an array's uninitialised storage
/// that it is lent, so that a page's bytes need no copy into the array
/// returned. The writer is not copyable, so it can free what it owns.
struct JSONWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int
    /// Whether `base` is the writer's to free; lent storage is left once outgrown.
    private(set) var ownsStorage: Bool
    let pretty: Bool

    init(pretty: Bool, capacity: Int = 1 << 14) {
        self.pretty = pretty
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
        ownsStorage = true
    }

    /// Writes into `storage` while the bytes fit; see `ownsStorage`.
    init(pretty: Bool, into storage: UnsafeMutableBufferPointer<UInt8>) {
        precondition(storage.count >= 64, "lent storage too small to write into")
        self.pretty = pretty
        capacity = storage.count
        base = storage.baseAddress!
        ownsStorage = false
    }

    deinit { if ownsStorage { base.deallocate() } }

    /// What has been written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    private mutating func grow(_ needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        if ownsStorage { base.deallocate() }
        ownsStorage = true
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let source = buffer.baseAddress else { return }
        reserve(buffer.count)
        (base + count).update(from: source, count: buffer.count)
        count += buffer.count
    }

    @inline(__always)
    private mutating func append(_ a: UInt8, _ b: UInt8) {
        reserve(2)
        base[count] = a
        base[count + 1] = b
        count += 2
    }

    /// Keys and literals are a few bytes: copied here in at most two
    /// overlapping eight-byte moves (room is reserved past the end), where a
    /// call to memmove cost more than the copy.
    @inline(__always)
    private mutating func append(_ literal: StaticString) {
        let n = literal.utf8CodeUnitCount
        guard n <= 16 else {
            return append(UnsafeBufferPointer(start: literal.utf8Start, count: n))
        }
        reserve(16)
        let source = UnsafeRawPointer(literal.utf8Start)
        let target = UnsafeMutableRawPointer(base + count)
        if n >= 8 {
            target.storeBytes(of: source.loadUnaligned(as: UInt64.self), as: UInt64.self)
            target.storeBytes(of: source.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self),
                              toByteOffset: n - 8, as: UInt64.self)
        } else {
            for i in 0..<n { target.storeBytes(of: source.load(fromByteOffset: i, as: UInt8.self), toByteOffset: i, as: UInt8.self) }
        }
        count += n
    }

    /// An open object or array.
    struct Container {
        /// The depth of the container itself; its members are one deeper.
        let depth: Int
        /// On one line: compact output, or a small leaf of scalars when pretty.
        let inline: Bool
        var isEmpty = true
    }

    // MARK: Containers

    @inline(__always)
    mutating func openObject(depth: Int, inline: Bool = false) -> Container {
        append(0x7B)
        return Container(depth: depth, inline: inline || !pretty)
    }

    @inline(__always)
    mutating func openArray(depth: Int, inline: Bool = false) -> Container {
        append(0x5B)
        return Container(depth: depth, inline: inline || !pretty)
    }

    @inline(__always)
    mutating func closeObject(_ container: Container) { close(container, 0x7D) }

    @inline(__always)
    mutating func closeArray(_ container: Container) { close(container, 0x5D) }

    private mutating func close(_ container: Container, _ bracket: UInt8) {
        if !container.isEmpty && !container.inline { newline(container.depth) }
        append(bracket)
    }

    /// Starts the next element of an array.
    @inline(__always)
    mutating func element(_ container: inout Container) {
        separate(&container)
    }

    /// Starts the next member of an object: separator, line break, `"key": `.
    @inline(__always)
    mutating func key(_ key: StaticString, _ container: inout Container) {
        separate(&container)
        append(0x22)
        append(key)
        append(0x22, 0x3A)
        if pretty { append(0x20) }
    }

    /// A key that is not a literal (a sorted dictionary's). Named apart so
    /// that a literal key never takes this path: given the choice, Swift
    /// types a literal as String.
    mutating func key(text key: String, _ container: inout Container) {
        separate(&container)
        string(key)
        append(0x3A)
        if pretty { append(0x20) }
    }

    @inline(__always)
    private mutating func separate(_ container: inout Container) {
        if container.isEmpty {
            container.isEmpty = false
        } else {
            append(0x2C)
            if container.inline {
                if pretty { append(0x20) }
                return
            }
        }
        if !container.inline { newline(container.depth + 1) }
    }

    /// A line break and two spaces a level. Pretty pages make hundreds of
    /// thousands of these: the spaces go in as eight-byte stores into room
    /// reserved past the end (bytes past `count` are not output).
    private mutating func newline(_ depth: Int) {
        let spaces = 2 * depth
        reserve(1 + spaces + 8)
        base[count] = 0x0A
        var at = count + 1
        let end = at + spaces
        let raw = UnsafeMutableRawPointer(base)
        while at < end {
            raw.storeBytes(of: 0x2020_2020_2020_2020 as UInt64, toByteOffset: at, as: UInt64.self)
            at += 8
        }
        count = end
    }

    // MARK: Scalars

    mutating func null() { append("null") }

    /// The line feed that ends a file or a line of JSON Lines.
    mutating func lineFeed() { append(0x0A) }

    mutating func bool(_ b: Bool) {
        if b { append("true") } else { append("false") }
    }

    /// Decimal digits as `String(value)` writes them, without making a String.
    /// Offsets, lines and columns are most of a page's numbers: two digits
    /// go in per division, from a table of the hundred pairs.
    mutating func int(_ value: Int) {
        if value >= 0 && value < 10 { append(0x30 + UInt8(truncatingIfNeeded: value)); return }
        var magnitude = value.magnitude
        let digits = Self.digitCount(magnitude)
        let sign = value < 0 ? 1 : 0
        reserve(sign + digits)
        if sign == 1 { base[count] = 0x2D }
        var at = count + sign + digits
        let pairs = Self.digitPairs.utf8Start
        while magnitude >= 10 {
            let pair = Int(magnitude % 100) * 2
            magnitude /= 100
            at -= 2
            base[at] = pairs[pair]
            base[at + 1] = pairs[pair + 1]
        }
        if at > count + sign {
            at -= 1
            base[at] = 0x30 + UInt8(truncatingIfNeeded: magnitude)
        }
        count += sign + digits
    }

    private static let digitPairs: StaticString =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

    @inline(__always)
    private static func digitCount(_ value: UInt) -> Int {
        var digits = 1
        var limit: UInt = 10
        while digits < 20, value >= limit {
            digits += 1
            if limit > UInt.max / 10 { break }
            limit *= 10
        }
        return digits
    }

    mutating func double(_ double: Double) {
        guard double.isFinite else { return null() }
        if double == double.rounded(), abs(double) < 1e15 { return int(Int(Int64(double))) }
        var text = "\(double)"
        text.withUTF8 { append($0) }
    }

    /// A string literal of the schema (a raw value), known to need no escaping.
    @inline(__always)
    mutating func plain(_ string: String) {
        append(0x22)
        var string = string
        string.withUTF8 { append($0) }
        append(0x22)
    }

    /// Escapes what JSON requires, plus U+2028/2029 so the output is also
    /// valid JavaScript; everything else is copied as UTF-8, in runs.
    mutating func string(_ string: String) {
        append(0x22)
        // Native strings lend their bytes without the copy a `var` would take.
        if string.utf8.withContiguousStorageIfAvailable({ escaped($0) }) == nil {
            var string = string
            string.withUTF8 { escaped($0) }
        }
        append(0x22)
    }

    private static let hex: StaticString = "0123456789abcdef"

    /// Whether none of eight bytes needs a look: no control character, `"`,
    /// `\` or 0xE2 (the lead byte of U+2028/2029). Each test is the classic
    /// "has a zero byte" bit trick, exact about whether any byte matches.
    @inline(__always)
    private static func isPlain(_ v: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let below20 = (v &- ones &* 0x20) & ~v & highs
        return below20 | hasZero(v ^ (ones &* 0x22)) | hasZero(v ^ (ones &* 0x5C)) | hasZero(v ^ (ones &* 0xE2)) == 0
    }

    private mutating func escaped(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let start = buffer.baseAddress else { return }
        let raw = UnsafeRawPointer(start)
        var runStart = 0
        var i = 0
        let n = buffer.count
        while i < n {
            if i + 8 <= n, Self.isPlain(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i += 8
                continue
            }
            let b = buffer[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 { i += 1; continue }
            if b == 0xE2 && !(i + 2 < n && buffer[i + 1] == 0x80 && (buffer[i + 2] == 0xA8 || buffer[i + 2] == 0xA9)) {
                i += 1
                continue
            }
            if runStart < i { append(UnsafeBufferPointer(rebasing: buffer[runStart..<i])) }
            switch b {
            case 0x22: append(0x5C, 0x22)
            case 0x5C: append(0x5C, 0x5C)
            case 0x0A: append(0x5C, 0x6E)
            case 0x0D: append(0x5C, 0x72)
            case 0x09: append(0x5C, 0x74)
            case 0xE2:
                append("\\u202")
                append(buffer[i + 2] == 0xA8 ? 0x38 : 0x39)
                i += 3
                runStart = i
                continue
            default:
                append("\\u00")
                append(Self.hex.utf8Start[Int(b >> 4)], Self.hex.utf8Start[Int(b & 0xF)])
            }
            i += 1
            runStart = i
        }
        if runStart < n { append(UnsafeBufferPointer(rebasing: buffer[runStart..<n])) }
    }

    // MARK: Common shapes

    /// `{"offset": 1, "line": 1, "column": 1}`: always a one-line leaf, so
    /// written as literals and numbers, without the generic steps of a
    /// container (they were three times the digits' cost: a 197-page report
    /// writes 150,000 ranges).
    mutating func position(_ position: SourcePosition, depth: Int) {
        if pretty {
            append("{\"offset\": "); int(position.offset)
            append(", \"line\": "); int(position.line)
            append(", \"column\": "); int(position.column)
        } else {
            append("{\"offset\":"); int(position.offset)
            append(",\"line\":"); int(position.line)
            append(",\"column\":"); int(position.column)
        }
        append(0x7D)
    }

    mutating func range(_ range: SourceRange, depth: Int) {
        var object = openObject(depth: depth)
        key("start", &object); position(range.start, depth: depth + 1)
        key("end", &object); position(range.end, depth: depth + 1)
        closeObject(object)
    }

    /// A list of strings: on one line when it has at most 8.
    mutating func strings(_ list: [String], depth: Int) {
        var array = openArray(depth: depth, inline: list.count <= 8)
        for item in list {
            element(&array)
            string(item)
        }
        closeArray(array)
    }

    /// A list of objects, each written by `write` at the element depth.
    @inline(__always)
    mutating func objects<T>(_ list: [T], depth: Int, _ write: (inout JSONWriter, T, Int) -> Void) {
        var array = openArray(depth: depth)
        for item in list {
            element(&array)
            write(&self, item, depth + 1)
        }
        closeArray(array)
    }
}
