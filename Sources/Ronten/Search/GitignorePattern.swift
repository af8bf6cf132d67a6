import RontenIngest

/// One pattern line of a `.gitignore` file, as git reads it: `#` starts a
/// comment, `!` re-includes what an earlier pattern excluded, a trailing
/// `/` matches folders only, a slash at the start or in the middle anchors
/// the pattern to the `.gitignore`'s own folder (otherwise it names a file
/// or folder at any depth below it), `**` as a whole segment spans any
/// number of folders, and `\` takes the next character literally (`\#`,
/// `\!`, a trailing `\ `).
///
/// Unlike ``Glob``, a pattern matches one path only, never the files inside
/// a folder it matches: the search prunes an ignored folder instead, which
/// is what makes `!` unable to re-include a file inside an ignored folder,
/// as in git.
struct GitignorePattern: Sendable {
    enum Segment: Sendable {
        /// `**`
        case anyDepth
        /// One file or folder name, matched by a single-segment ``Glob``.
        case name(Glob)
    }

    let segments: [Segment]
    let negated: Bool
    let directoryOnly: Bool

    /// Nil for a blank line, a comment, or a line with no pattern left.
    init?(line: Substring) {
        var text = line
        if text.hasSuffix("\r") { text = text.dropLast() }
        // Trailing spaces are dropped unless a backslash escapes the last one.
        while text.hasSuffix(" ") && !text.dropLast().hasSuffix("\\") { text = text.dropLast() }
        guard !text.isEmpty, !text.hasPrefix("#") else { return nil }
        var negated = false
        if text.hasPrefix("!") {
            negated = true
            text = text.dropFirst()
        }
        var directoryOnly = false
        while text.hasSuffix("/") {
            directoryOnly = true
            text = text.dropLast()
        }
        let anchored = text.contains("/")
        let parts = text.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.isEmpty else { return nil }
        var segments: [Segment] = anchored ? [] : [.anyDepth]
        for part in parts {
            if part == "**" {
                if case .anyDepth? = segments.last { continue }
                segments.append(.anyDepth)
            } else {
                segments.append(.name(Glob(String(part))))
            }
        }
        // A trailing `/**` matches everything inside the folder, not the folder.
        if case .anyDepth? = segments.last { segments.append(.name(Glob("*"))) }
        self.segments = segments
        self.negated = negated
        self.directoryOnly = directoryOnly
    }

    /// Whether the pattern names `components`, a path relative to the
    /// `.gitignore`'s folder.
    func matches(_ components: ArraySlice<String>, isDirectory: Bool) -> Bool {
        if directoryOnly && !isDirectory { return false }
        // The two-pointer wildcard walk over segments: linear in practice,
        // at worst (segments × components), never exponential.
        var s = 0, c = components.startIndex
        var starSegment = -1, starComponent = components.startIndex
        while c < components.endIndex {
            if s < segments.count, case .anyDepth = segments[s] {
                starSegment = s; starComponent = c; s += 1
            } else if s < segments.count, case .name(let glob) = segments[s], glob.matches(components[c]) {
                s += 1; c += 1
            } else if starSegment >= 0 {
                starComponent += 1; c = starComponent; s = starSegment + 1
            } else {
                return false
            }
        }
        while s < segments.count, case .anyDepth = segments[s] { s += 1 }
        return s == segments.count
    }
}
