/// Which scalars belong to which script or punctuation role. Shared by the
/// segmenter and the language identifier so they agree on what "Japanese" is.
enum ScriptClass {
    static func isHiragana(_ s: UInt32) -> Bool { s >= 0x3040 && s <= 0x309F }

    static func isKatakana(_ s: UInt32) -> Bool {
        (s >= 0x30A0 && s <= 0x30FF) || (s >= 0x31F0 && s <= 0x31FF) || (s >= 0xFF66 && s <= 0xFF9F)
    }

    static func isKana(_ s: UInt32) -> Bool { isHiragana(s) || isKatakana(s) }

    static func isKanji(_ s: UInt32) -> Bool {
        (s >= 0x4E00 && s <= 0x9FFF) || (s >= 0x3400 && s <= 0x4DBF) || (s >= 0xF900 && s <= 0xFAFF)
            || s == 0x3005 || s == 0x3006 || s == 0x3007  // 々 〆 〇
    }

    /// Punctuation that only Japanese (or Chinese) text uses: 、。「」 and the
    /// rest of CJK Symbols, plus the full-width and half-width forms block.
    static func isCJKPunctuationOrFullWidth(_ s: UInt32) -> Bool {
        (s >= 0x3001 && s <= 0x303F) || (s >= 0xFF01 && s <= 0xFF65)
    }

    /// Text that Japanese writing runs together without spaces: a line break
    /// between two such scalars is a hard wrap, not a space.
    static func isJapaneseText(_ s: UInt32) -> Bool {
        s >= 0x3001 && (isKana(s) || isKanji(s) || isCJKPunctuationOrFullWidth(s))
    }

    static func isJapaneseStop(_ s: UInt32) -> Bool {
        s == 0x3002 || s == 0xFF61 || s == 0xFF01 || s == 0xFF1F  // 。｡！？
    }

    /// ! ? and their full-width and doubled forms, which may repeat and mix.
    static func isExclamationOrQuestion(_ s: UInt32) -> Bool {
        s == 0x21 || s == 0x3F || s == 0xFF01 || s == 0xFF1F || s == 0x203C || s == 0x2049 || s == 0x2047
            || s == 0x2048
    }

    /// Opening brackets whose closing partner is a different character, so
    /// their depth can be counted.
    static func isOpeningBracket(_ s: UInt32) -> Bool {
        switch s {
        case 0x28, 0x5B, 0x7B,  // ( [ {
             0x300C, 0x300E, 0xFF08, 0xFF3B, 0xFF5B,  // 「 『 （ ［ ｛
             0x3010, 0x3014, 0x3008, 0x300A, 0x3016, 0x3018, 0x301A, 0xFF5F, 0xFF62:  // 【〔〈《〖〘〚｟｢
            return true
        default: return false
        }
    }

    static func isClosingBracket(_ s: UInt32) -> Bool {
        switch s {
        case 0x29, 0x5D, 0x7D,
             0x300D, 0x300F, 0xFF09, 0xFF3D, 0xFF5D,
             0x3011, 0x3015, 0x3009, 0x300B, 0x3017, 0x3019, 0x301B, 0xFF60, 0xFF63:
            return true
        default: return false
        }
    }

    /// Quotation marks that may close a quotation after its stop. The
    /// straight ones are ambiguous, so they are never counted as depth.
    static func isClosingQuote(_ s: UInt32) -> Bool {
        switch s {
        case 0x22, 0x27, 0x201D, 0x2019, 0x00BB, 0x203A, 0x301F, 0xFF02, 0xFF07: return true
        default: return false
        }
    }

    /// Marks that may open a sentence before its first word.
    static func isOpeningPunctuation(_ s: UInt32) -> Bool {
        isOpeningBracket(s) || s == 0x22 || s == 0x27 || s == 0x201C || s == 0x2018 || s == 0x00AB
            || s == 0x00BF || s == 0x00A1 || s == 0x301D
    }

    /// Bullets that start a list item wherever they stand.
    static func isBullet(_ s: UInt32) -> Bool {
        s == 0x2022 || s == 0x2043 || s == 0x25E6 || s == 0x2023 || s == 0x25AA || s == 0x25CF
    }

    static func isEllipsis(_ s: UInt32) -> Bool { s == 0x2026 || s == 0x2025 }  // … ‥

    /// Latin letters beyond ASCII (accented), split by case, for words such as
    /// "Élysée" or "über".
    static func isLatinUpper(_ s: UInt32) -> Bool {
        (s >= 0x41 && s <= 0x5A) || (s >= 0xC0 && s <= 0xDE && s != 0xD7)
    }

    static func isLatinLower(_ s: UInt32) -> Bool {
        (s >= 0x61 && s <= 0x7A) || (s >= 0xDF && s <= 0xFF && s != 0xF7)
    }

    static func isLatinLetter(_ s: UInt32) -> Bool {
        isLatinUpper(s) || isLatinLower(s) || (s >= 0x100 && s <= 0x24F)
    }

    static func isDigit(_ s: UInt32) -> Bool {
        (s >= 0x30 && s <= 0x39) || (s >= 0xFF10 && s <= 0xFF19)
    }

    static func isCurrencySign(_ s: UInt32) -> Bool {
        s == 0x24 || s == 0xA3 || s == 0xA5 || s == 0x20AC || s == 0xFF04 || s == 0xFFE5
    }
}
