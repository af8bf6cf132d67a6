import Foundation
import RontenCore
import RontenReport

/// Results of earlier runs, one file per article, so that a run skips the
/// articles that have not changed since.
///
/// An entry's key is the SHA-256 of everything the result depends on: the
/// tool (its version and the build of the running executable and its
/// resource bundles, so a rebuilt development binary never reads its
/// predecessor's results), what is cached (``Kind``), the pipeline's
/// options, the article's path as shown, its effective configuration (as
/// JSON) and its bytes. The entry holds its own key and the SHA-256 and
/// length of its payload; an entry that fails any check, or whose payload
/// does not decode, is deleted and recomputed, never trusted.
///
/// Entries are written atomically (a temporary file, then a rename), so a
/// crashed or interrupted run leaves whole entries or none. Reads and
/// writes are safe from any number of threads and processes at once.
public struct AnalysisCache: Sendable {
    /// What an entry holds; each command caches what it needs.
    public enum Kind: String, Sendable {
        /// The whole ``Analysis`` (`report`, `analyze`, `tree`).
        case analysis
        /// The findings and the sentence texts they name (`check`).
        case findings
    }

    public static let format = "ronten-cache/1"

    /// The folder a run uses unless told otherwise: the user's cache folder
    /// (`$XDG_CACHE_HOME/ronten`, else `~/.cache/ronten`), as black and pip
    /// keep theirs, so that a run never adds a folder to the project it
    /// reads; `.ronten-cache` in the working directory when there is no home.
    /// Sharing one folder between projects is safe: a key holds everything
    /// a result depends on.
    public static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/ronten" }
        if let home = environment["HOME"], home.hasPrefix("/") { return (home == "/" ? "" : home) + "/.cache/ronten" }
        return ".ronten-cache"
    }

    /// Entries unused for this long are deleted by ``prune(now:)``.
    public static let lifetime: TimeInterval = 30 * 24 * 3600

    public let folder: String
    /// What the key adds for the tool: its version and build.
    public let toolIdentity: String

    /// - Parameters:
    ///   - toolVersion: the release version; the running executable's build
    ///     is added to it.
    public init(folder: String = AnalysisCache.defaultFolder(), toolVersion: String) {
        self.init(folder: folder, toolIdentity: toolVersion + "\n" + ToolBuild.current)
    }

    public init(folder: String, toolIdentity: String) {
        self.folder = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        self.toolIdentity = toolIdentity
    }

    /// Creates the folder with a `CACHEDIR.TAG` (backup tools skip it) and a
    /// `.gitignore` of `*` (git skips it), as pytest does for its cache.
    public func prepareFolder() {
        let manager = FileManager.default
        guard (try? manager.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil else { return }
        if !manager.fileExists(atPath: folder + "/CACHEDIR.TAG") {
            try? AtomicFile.write(Array("""
                Signature: 8a477f597d28d172789f06886806bc55
                # This file is a cache directory tag created by ronten.
                # For information see https://bford.info/cachedir/

                """.utf8), to: folder + "/CACHEDIR.TAG")
        }
        if !manager.fileExists(atPath: folder + "/.gitignore") {
            try? AtomicFile.write(Array("# Created by ronten: the cache is never committed.\n*\n".utf8), to: folder + "/.gitignore")
        }
    }

    /// Deletes the entries unused for ``lifetime``, and temporary files a
    /// killed run left; at most once a day, recorded by the `pruned` file's
    /// modification time.
    public func prune(now: Date = Date()) {
        let manager = FileManager.default
        let stamp = folder + "/pruned"
        if let last = (try? manager.attributesOfItem(atPath: stamp))?[.modificationDate] as? Date,
           now.timeIntervalSince(last) < 24 * 3600 { return }
        try? AtomicFile.write(Array("ronten prunes this cache at most once a day; this file's time says when it last did.\n".utf8), to: stamp)
        for shard in (try? manager.contentsOfDirectory(atPath: folder)) ?? [] where shard.utf8.count == 2 {
            let shardPath = folder + "/" + shard
            for name in (try? manager.contentsOfDirectory(atPath: shardPath)) ?? [] {
                let path = shardPath + "/" + name
                guard let modified = (try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date else { continue }
                let age = now.timeIntervalSince(modified)
                if age > Self.lifetime || (name.hasPrefix(".") && name.hasSuffix(".tmp") && age > 3600) { unlink(path) }
            }
        }
    }

    /// The key of one article's result.
    public func key(kind: Kind, options: String, path: String, configuration: Configuration, bytes: [UInt8]) -> String {
        key(kind: kind, options: options, path: path, configurationJSON: Self.keyJSON(configuration), bytes: bytes)
    }

    /// What a configuration adds to a key: its JSON. A worker keeps it for
    /// the configuration it last saw, since encoding it for every file took
    /// 3.6 % of a warm `check`'s samples.
    static func keyJSON(_ configuration: Configuration) -> [UInt8] {
        (try? JSONText.encode(configuration)) ?? Array("unencodable".utf8)
    }

    func key(kind: Kind, options: String, path: String, configurationJSON: [UInt8], bytes: [UInt8]) -> String {
        var hasher = SHA256()
        // Each field is preceded by its length, so no two field lists hash alike.
        for field in [Array(Self.format.utf8), Array(toolIdentity.utf8), Array(kind.rawValue.utf8), Array(options.utf8),
                      Array(path.utf8), configurationJSON] {
            hasher.update(Array("\(field.count):".utf8))
            hasher.update(field)
        }
        hasher.update(Array("\(bytes.count):".utf8))
        hasher.update(bytes)
        return hasher.finalizeHex()
    }

    public func entryPath(key: String) -> String {
        folder + "/" + key.prefix(2) + "/" + key.dropFirst(2)
    }

    /// The payload stored under `key`, once its entry has passed every
    /// check; nil when there is none or it fails one (then it is deleted).
    public func payload(key: String) -> ArraySlice<UInt8>? {
        let path = entryPath(key: key)
        // Read as articles are, without Foundation's URL and Data on the way.
        guard let data = try? Input.read(path: path, displayPath: path) else { return nil }
        guard let payload = CacheEntry.payload(of: data, key: key) else {
            unlink(path)
            return nil
        }
        // Used now: pruning goes by when an entry was last used.
        utimes(path, nil)
        return payload
    }

    /// Deletes an entry whose payload turned out not to be what it should.
    public func discard(key: String) {
        unlink(entryPath(key: key))
    }

    /// Stores `payload` under `key`; a failure to write only costs the next
    /// run the work again, so it is not reported.
    public func store(payload: [UInt8], key: String) {
        // A second signal must not cut the write short and strand its temporary file.
        Interruption.critical {
            try? AtomicFile.write(CacheEntry.bytes(key: key, payload: payload), to: entryPath(key: key))
        }
    }

    /// The value stored under `key` as JSON, or nil (an entry that does not
    /// decode is deleted).
    public func load<Value: Decodable>(_ type: Value.Type, key: String) -> Value? {
        guard let payload = payload(key: key) else { return nil }
        guard let value = try? JSONDecoder().decode(Value.self, from: Data(payload)) else {
            discard(key: key)
            return nil
        }
        return value
    }

    /// Stores `value` under `key` as JSON.
    public func store<Value: Encodable>(_ value: Value, key: String) {
        guard let payload = try? JSONText.encode(value) else { return }
        store(payload: payload, key: key)
    }
}
