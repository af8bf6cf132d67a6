/// The byte-level questions cue matching asks of a sentence: word
/// boundaries, sentence edges, digit runs. Each looks at a few bytes around
/// a match, so matching stays linear in the text.
struct CueText {
    let bytes: UnsafeBufferPointer<UInt8>

    func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    func equals(_ other: [UInt8], at start: Int) -> Bool {
        guard start + other.count <= bytes.count else { return false }
        for (offset, byte) in other.enumerated() where bytes[start + offset] != byte { return false }
        return true
    }

    @inline(__always)
    private func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: true
        default: false
        }
    }

    private func isLetter(at index: Int) -> Bool {
        index >= 0 && index < bytes.count && isWordByte(bytes[index])
    }

    /// A word may not continue before `index`: "mayor" has no "may", nor
    /// "non-obvious" an "obvious".
    func isWordBoundary(before index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = bytes[index - 1]
        if isWordByte(previous) { return false }
        if previous == UInt8(ascii: "-") { return !isLetter(at: index - 2) }
        return true
    }

    /// A word may not continue after `index`, nor run on through a hyphen
    /// or an apostrophe: "could" is not found in "couldn't".
    func isWordBoundary(after index: Int) -> Bool {
        guard index < bytes.count else { return true }
        let next = bytes[index]
        if isWordByte(next) { return false }
        if next == UInt8(ascii: "-") || next == UInt8(ascii: "'") { return !isLetter(at: index + 1) }
        // ’ is E2 80 99.
        if next == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
            return !isLetter(at: index + 3)
        }
        return true
    }

    /// Where a sentence stop starting at `index` ends: a line break; 。！？;
    /// or . ! ? followed by a space or the end (so 3.5 and e.g. do not stop).
    func stopEnd(at index: Int) -> Int? {
        let byte = bytes[index]
        switch byte {
        case 0x0A:
            return index + 1
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
            let next = index + 1
            if next == bytes.count || bytes[next] == 0x20 || bytes[next] == 0x0A { return next }
            return nil
        case 0xE3 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x82:
            return index + 3
        case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBC
            && (bytes[index + 2] == 0x81 || bytes[index + 2] == 0x9F):
            return index + 3
        default:
            return nil
        }
    }

    /// Whether only spaces and opening quotes or brackets stand between the
    /// last sentence stop (or the start of the text) and `index`.
    func isSentenceStart(_ index: Int) -> Bool {
        var position = index
        while position > 0 {
            let byte = bytes[position - 1]
            switch byte {
            case 0x20, 0x09, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["),
                 UInt8(ascii: "*"), UInt8(ascii: "_"):
                position -= 1
                continue
            case 0x0A:
                return true
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                return true
            default:
                break
            }
            guard position >= 3 else { return false }
            switch (bytes[position - 3], bytes[position - 2], bytes[position - 1]) {
            // 「 『 （ 【 “ ‘ and the ideographic space are openings; 。！？ are stops.
            case (0xE3, 0x80, 0x8C), (0xE3, 0x80, 0x8E), (0xEF, 0xBC, 0x88), (0xE3, 0x80, 0x90),
                 (0xE2, 0x80, 0x9C), (0xE2, 0x80, 0x98), (0xE3, 0x80, 0x80):
                position -= 3
            case (0xE3, 0x80, 0x82), (0xEF, 0xBC, 0x81), (0xEF, 0xBC, 0x9F):
                return true
            default:
                return false
            }
        }
        return true
    }

    /// Whether only spaces and closing quotes or brackets stand between
    /// `index` and a sentence stop (or the end of the text).
    func isSentenceEnd(_ index: Int) -> Bool {
        var position = index
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case 0x20, 0x09, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"):
                position += 1
                continue
            case 0x0A, UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                return true
            default:
                break
            }
            guard position + 3 <= bytes.count else { return false }
            switch (bytes[position], bytes[position + 1], bytes[position + 2]) {
            // 」 』 ） 】 ” ’ close; 。！？ stop.
            case (0xE3, 0x80, 0x8D), (0xE3, 0x80, 0x8F), (0xEF, 0xBC, 0x89), (0xE3, 0x80, 0x91),
                 (0xE2, 0x80, 0x9D), (0xE2, 0x80, 0x99):
                position += 3
            case (0xE3, 0x80, 0x82), (0xEF, 0xBC, 0x81), (0xEF, 0xBC, 0x9F):
                return true
            default:
                return false
            }
        }
        return true
    }

    /// "May" is the month when written with a capital and either followed by
    /// a number ("May 2024", "May 5") or standing mid-sentence ("in May the
    /// board"); at a sentence start before a word it is the modal ("May we
    /// ask"), and "MAY" in capitals is the requirement word.
    func isMonthMay(_ start: Int, _ end: Int) -> Bool {
        guard end - start == 3, bytes[start] == UInt8(ascii: "M"), bytes[start + 1] == UInt8(ascii: "a") else {
            return false
        }
        var next = end
        while next < bytes.count, bytes[next] == 0x20 { next += 1 }
        if next < bytes.count, (0x30...0x39).contains(bytes[next]) { return true }
        return !isSentenceStart(start)
    }

    /// The start of the run of digits (ASCII or full-width) ending at `index`.
    func digitsStart(before index: Int) -> Int {
        var position = index
        while position > 0 {
            if (0x30...0x39).contains(bytes[position - 1]) {
                position -= 1
            } else if position >= 3, bytes[position - 3] == 0xEF, bytes[position - 2] == 0xBC,
                      (0x90...0x99).contains(bytes[position - 1]) {
                position -= 3
            } else {
                break
            }
        }
        return position
    }

    /// The end of the run of digits (ASCII or full-width) starting at `index`.
    func digitsEnd(after index: Int) -> Int {
        var position = index
        while position < bytes.count {
            if (0x30...0x39).contains(bytes[position]) {
                position += 1
            } else if position + 2 < bytes.count, bytes[position] == 0xEF, bytes[position + 1] == 0xBC,
                      (0x90...0x99).contains(bytes[position + 2]) {
                position += 3
            } else {
                break
            }
        }
        return position
    }
}
