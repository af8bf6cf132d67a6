/// Cuts a long sentence into pieces MeCab can analyse in linear time.
///
/// MeCab groups a run of unknown characters of one class (letters, digits,
/// katakana) by scanning the whole run from every position in it, so its
/// cost grows with the square of the run's length (100,000 ASCII letters
/// took 7 s) and a long digit run fails outright ("too long sentence").
/// Pieces of at most `limit` bytes bound that cost. A cut goes after the
/// last punctuation mark or space before the limit, else where the script
/// changes, else at a character boundary; sentences shorter than the limit,
/// which are nearly all, are never cut.
struct LatticeSpans {
    static let defaultLimit = 1024

    static func spans(_ text: UnsafeBufferPointer<UInt8>, limit: Int = defaultLimit) -> [Range<Int>] {
        let count = text.count
        guard count > limit else { return count == 0 ? [] : [0..<count] }
        var spans: [Range<Int>] = []
        var pieceStart = 0
        var lastPause = 0
        var lastScriptChange = 0
        var previousScript = Script.other
        var index = 0
        while index < count {
            if index - pieceStart >= limit {
                let cut = lastPause > pieceStart ? lastPause : (lastScriptChange > pieceStart ? lastScriptChange : index)
                spans.append(pieceStart..<cut)
                pieceStart = cut
            }
            let (scalar, length) = TokenizerUTF8.scalar(in: text, at: index)
            let script = Script(scalar)
            if script != previousScript { lastScriptChange = index }
            previousScript = script
            index += length
            if script == .pause { lastPause = index }
        }
        spans.append(pieceStart..<count)
        return spans
    }

    /// Rough character classes, close enough to MeCab's char.def to find
    /// where one run ends.
    private enum Script {
        case pause, letter, digit, hiragana, katakana, kanji, other

        init(_ scalar: UInt32) {
            switch scalar {
            case 0x09, 0x0A, 0x0D, 0x20, 0x3000, 0x3001, 0x3002, 0xFF0C, 0xFF0E, 0xFF01, 0xFF1F,
                 0x2C, 0x2E, 0x21, 0x3F, 0x3B, 0x3A:
                self = .pause
            case 0x30...0x39, 0xFF10...0xFF19: self = .digit
            case 0x41...0x5A, 0x61...0x7A, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xC0...0x24F: self = .letter
            case 0x3041...0x309F: self = .hiragana
            case 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: self = .katakana
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: self = .kanji
            default: self = .other
            }
        }
    }
}
