/// A path pattern as `.gitignore` writes them, matched against paths
/// relative to a configuration file's folder.
///
/// `*` is any run of characters within one path segment, `?` one
/// character, `[abc]`, `[a-z]` and `[!abc]` (or `[^abc]`) one character
/// from a set, and `**` as a whole segment any number of segments, none
/// included. A pattern without a slash (`CHANGELOG.md`, `*.txt`) matches at
/// any depth; a leading `/` anchors it to the folder instead. A pattern that
/// matches a folder matches everything inside it (`drafts` and `drafts/`
/// both skip `drafts/a.md`); a trailing `/` matches folders only.
///
/// Matching is the two-pointer wildcard walk at both levels, so a pattern
/// costs at most (pattern length × path length), never exponential time.
public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let segments: [Segment]
    private let foldersOnly: Bool

    enum Segment: Sendable, Hashable {
        /// `**`
        case anyDepth
        case pieces([Piece])
    }

    enum Piece: Sendable, Hashable {
        case scalar(Unicode.Scalar)
        /// `*`
        case run
        /// `?`
        case one
        case set(ranges: [ClosedRange<Unicode.Scalar>], negated: Bool)
    }

    /// Why `pattern` is not a glob, or nil when it is one.
    public static func problem(in pattern: String) -> String? {
        do {
            _ = try Glob(validating: pattern)
            return nil
        } catch {
            return error.reason
        }
    }

    /// A glob; a malformed bracket set is read as literal characters (the
    /// configuration loader rejects those before they get here).
    public init(_ pattern: String) {
        if let glob = try? Glob(validating: pattern) {
            self = glob
        } else {
            self.pattern = pattern
            self.foldersOnly = false
            self.segments = Glob.literalSegments(pattern)
        }
    }

    struct Problem: Error {
        var reason: String
    }

    init(validating pattern: String) throws(Problem) {
        self.pattern = pattern
        var body = Substring(pattern)
        if body.hasPrefix("./") { body = body.dropFirst(2) }
        let anchored = body.hasPrefix("/")
        while body.hasPrefix("/") { body = body.dropFirst() }
        foldersOnly = body.hasSuffix("/")
        while body.hasSuffix("/") { body = body.dropLast() }
        guard !body.isEmpty else { throw Problem(reason: "empty glob '\(pattern)'") }
        var segments: [Segment] = []
        // A pattern with no slash inside names a file or folder at any depth.
        if !anchored && !body.contains("/") { segments.append(.anyDepth) }
        for text in body.split(separator: "/", omittingEmptySubsequences: true) {
            if text == "**" {
                if segments.last != .anyDepth { segments.append(.anyDepth) }
            } else {
                segments.append(.pieces(try Glob.pieces(text, in: pattern)))
            }
        }
        self.segments = segments
    }

    private static func pieces(_ text: Substring, in pattern: String) throws(Problem) -> [Piece] {
        let scalars = Array(text.unicodeScalars)
        var pieces: [Piece] = []
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            switch scalar {
            case "*":
                if pieces.last != .run { pieces.append(.run) }
                i += 1
            case "?":
                pieces.append(.one)
                i += 1
            case "[":
                var j = i + 1
                var negated = false
                if j < scalars.count, scalars[j] == "!" || scalars[j] == "^" { negated = true; j += 1 }
                var ranges: [ClosedRange<Unicode.Scalar>] = []
                var first = true
                // `]` right after `[` (or `[!`) is a member, as in every shell.
                while j < scalars.count, scalars[j] != "]" || first {
                    first = false
                    let low = scalars[j]
                    if j + 2 < scalars.count, scalars[j + 1] == "-", scalars[j + 2] != "]" {
                        let high = scalars[j + 2]
                        guard low <= high else {
                            throw Problem(reason: "backwards range \(low)-\(high) in glob '\(pattern)'")
                        }
                        ranges.append(low...high)
                        j += 3
                    } else {
                        ranges.append(low...low)
                        j += 1
                    }
                }
                guard j < scalars.count else { throw Problem(reason: "unclosed [ in glob '\(pattern)'") }
                pieces.append(.set(ranges: ranges, negated: negated))
                i = j + 1
            case "\\":
                // A backslash takes the next character literally.
                if i + 1 < scalars.count { pieces.append(.scalar(scalars[i + 1])); i += 2 } else { pieces.append(.scalar(scalar)); i += 1 }
            default:
                pieces.append(.scalar(scalar))
                i += 1
            }
        }
        return pieces
    }

    private static func literalSegments(_ pattern: String) -> [Segment] {
        pattern.split(separator: "/").map { .pieces($0.unicodeScalars.map(Piece.scalar)) }
    }

    /// Whether `path` (relative, `/`-separated) or a folder on its way is matched.
    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
            .map { Array($0.unicodeScalars) }
        guard !parts.isEmpty else { return false }
        let last = foldersOnly ? parts.count - 1 : parts.count
        guard last >= 1 else { return false }
        for count in 1...last where Glob.match(segments, parts[0..<count]) { return true }
        return false
    }

    private static func match(_ segments: [Segment], _ parts: ArraySlice<[Unicode.Scalar]>) -> Bool {
        var s = 0, p = parts.startIndex
        var starSegment = -1, starPart = 0
        while p < parts.endIndex {
            if s < segments.count, case .anyDepth = segments[s] {
                starSegment = s; starPart = p; s += 1
            } else if s < segments.count, case .pieces(let pieces) = segments[s], match(pieces, parts[p]) {
                s += 1; p += 1
            } else if starSegment >= 0 {
                starPart += 1; p = starPart; s = starSegment + 1
            } else {
                return false
            }
        }
        while s < segments.count, segments[s] == .anyDepth { s += 1 }
        return s == segments.count
    }

    private static func match(_ pieces: [Piece], _ name: [Unicode.Scalar]) -> Bool {
        var k = 0, n = 0
        var starPiece = -1, starName = 0
        while n < name.count {
            if k < pieces.count, pieces[k] == .run {
                starPiece = k; starName = n; k += 1
            } else if k < pieces.count, matchOne(pieces[k], name[n]) {
                k += 1; n += 1
            } else if starPiece >= 0 {
                starName += 1; n = starName; k = starPiece + 1
            } else {
                return false
            }
        }
        while k < pieces.count, pieces[k] == .run { k += 1 }
        return k == pieces.count
    }

    private static func matchOne(_ piece: Piece, _ scalar: Unicode.Scalar) -> Bool {
        switch piece {
        case .scalar(let expected): return scalar == expected
        case .one: return true
        case .run: return false
        case .set(let ranges, let negated): return ranges.contains { $0.contains(scalar) } != negated
        }
    }
}
