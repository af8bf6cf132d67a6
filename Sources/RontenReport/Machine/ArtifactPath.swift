/// Where an input sits, as code-scanning hosts want it: relative to the
/// working directory (the repository root in CI) when it lies inside it,
/// absolute otherwise. Worked out from the strings alone, without touching
/// the file system, so the report does not depend on what else is on disk.
struct ArtifactPath: Hashable, Sendable {
    /// `docs/a b.md` (relative) or `/elsewhere/a.md` (absolute); nil for
    /// standard input.
    var path: String?
    var isRelative: Bool

    init(_ given: String, workingDirectory: String) {
        guard given != "-" else { path = nil; isRelative = false; return }
        let base = Self.components(workingDirectory)
        let full = given.hasPrefix("/") ? Self.components(given) : Self.components(workingDirectory + "/" + given)
        if full.count > base.count, Array(full.prefix(base.count)) == base {
            path = full.dropFirst(base.count).joined(separator: "/")
            isRelative = true
        } else {
            path = "/" + full.joined(separator: "/")
            isRelative = false
        }
    }

    /// `a/./b//../c` → `[a, c]`, resolving `..` by name.
    static func components(_ path: String) -> [String] {
        var result: [String] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !result.isEmpty { result.removeLast() }
            default: result.append(String(part))
            }
        }
        return result
    }

    /// The path as a URI reference: relative paths stay relative, absolute
    /// ones become `file:///…`; everything outside RFC 3986's unreserved
    /// characters and `/` is percent-encoded as UTF-8.
    var uri: String? {
        guard let path else { return nil }
        let encoded = Self.percentEncoded(path)
        return isRelative ? encoded : "file://" + encoded
    }

    /// The working directory as a base URI, ending in `/` as SARIF requires.
    static func baseURI(_ workingDirectory: String) -> String {
        let parts = components(workingDirectory)
        return "file://" + percentEncoded("/" + parts.joined(separator: "/") + (parts.isEmpty ? "" : "/"))
    }

    private static let hex: [UInt8] = Array("0123456789ABCDEF".utf8)

    static func percentEncoded(_ path: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count)
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                bytes.append(byte)
            default:
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
