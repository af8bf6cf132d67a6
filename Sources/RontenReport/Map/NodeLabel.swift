/// A node's text cut into a few short lines for the map, measured in ems:
/// a CJK character is one em, Latin letters about half. English breaks at
/// spaces, Japanese between any two characters except before closing
/// punctuation (、。」) — the kinsoku rule. Only as much text is scanned as
/// fits, so a 100,000-character node costs no more than a short one.
enum NodeLabel {
    static func lines(_ text: String, width: Double, maxLines: Int) -> [String] {
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var lineWidth = 0.0
        // The current Latin word, kept whole when it fits on the next line.
        var word = String.UnicodeScalarView()
        var wordWidth = 0.0
        var truncated = false

        func flushLine() {
            lines.append(trim(String(line)))
            line = String.UnicodeScalarView()
            lineWidth = 0
        }
        /// Adds a run that must stay together; false when the lines are full.
        func place(_ run: String.UnicodeScalarView, _ runWidth: Double) -> Bool {
            if lineWidth + runWidth > width && lineWidth > 0 {
                flushLine()
                if lines.count == maxLines { return false }
            }
            var remaining = runWidth
            if runWidth > width {
                // A word longer than a line is broken where it must be.
                for scalar in run {
                    let w = em(scalar)
                    if lineWidth + w > width && lineWidth > 0 {
                        flushLine()
                        if lines.count == maxLines { return false }
                    }
                    if !(lineWidth == 0 && scalar == " ") { line.append(scalar); lineWidth += w }
                    remaining -= w
                }
                return true
            }
            if lineWidth == 0, run.first == " " {
                line.append(contentsOf: run.dropFirst())
                lineWidth += max(0, runWidth - em(" "))
            } else {
                line.append(contentsOf: run)
                lineWidth += runWidth
            }
            return true
        }

        scan: for scalar in text.unicodeScalars {
            let isSpace = scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{3000}"
            if isWide(scalar) || isSpace {
                if !word.isEmpty {
                    if !place(word, wordWidth) { truncated = true; break scan }
                    word = String.UnicodeScalarView()
                    wordWidth = 0
                }
                if isSpace {
                    word.append(" ")
                    wordWidth = em(" ")
                    continue
                }
                // Closing punctuation stays on the line of the character before it.
                if isClosing(scalar), lineWidth + 1 > width, lineWidth > 0 {
                    line.append(scalar)
                    lineWidth += 1
                    continue
                }
                var run = String.UnicodeScalarView()
                run.append(scalar)
                if !place(run, 1) { truncated = true; break scan }
            } else {
                word.append(scalar)
                wordWidth += em(scalar)
            }
        }
        if !truncated, !word.isEmpty, !place(word, wordWidth) { truncated = true }
        if !truncated, lineWidth > 0 { flushLine() }
        if truncated || lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            if var last = lines.popLast() {
                // Room for the ellipsis: drop a character or two if the line is full.
                while last.unicodeScalars.reduce(0, { $0 + em($1) }) + 1 > width, !last.isEmpty { last.removeLast() }
                lines.append(trim(last) + "…")
            }
        }
        return lines.filter { !$0.isEmpty }
    }

    static func em(_ scalar: Unicode.Scalar) -> Double {
        if isWide(scalar) { return 1 }
        switch scalar {
        case " ": return 0.28
        case "i", "l", "j", "t", "f", "r", ".", ",", ":", ";", "'", "!", "|": return 0.32
        case "m", "w", "M", "W": return 0.82
        case "A"..."Z": return 0.64
        default: return 0.54
        }
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "、", "。", "」", "』", "）", "】", "〉", "》", "，", "．", "・", "ー", "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ", "ッ", "ャ", "ュ", "ョ", "！", "？":
            return true
        default:
            return false
        }
    }

    private static func trim(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, first == " " { scalars.removeFirst() }
        while let last = scalars.last, last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
