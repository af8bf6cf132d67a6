import Foundation

/// MeCab could not be started: its configuration file or dictionary is
/// missing or unreadable. The message says what is missing and how to get it.
public struct MeCabLoadError: Error, LocalizedError, CustomStringConvertible, Sendable, Hashable {
    public enum Problem: String, Sendable, Hashable {
        /// No mecabrc, the file that tells MeCab where its dictionary is.
        case missingConfiguration = "missing-configuration"
        /// The dictionary directory, or a file MeCab needs in it, is missing.
        case missingDictionary = "missing-dictionary"
        /// The files exist but MeCab could not load them.
        case unreadableDictionary = "unreadable-dictionary"
        case taggerNotCreated = "tagger-not-created"
    }

    public var problem: Problem
    /// The file or directory at fault, when MeCab named one.
    public var path: String?
    /// What MeCab itself said.
    public var mecabMessage: String

    public static let installHint =
        "Install MeCab and the UTF-8 IPADIC dictionary with `apt-get install mecab-ipadic-utf8 libmecab-dev`"
        + " (Homebrew: `brew install mecab mecab-ipadic`), or set RONTEN_MECAB_DICDIR to a dictionary directory"
        + " (one that holds sys.dic and dicrc)."

    public init(_ problem: Problem, path: String?, mecabMessage: String) {
        self.problem = problem
        self.path = path
        self.mecabMessage = mecabMessage
    }

    /// Reads MeCab's own message (`param.cpp(69) [ifs] no such file or
    /// directory: /etc/mecabrc`) to tell a missing mecabrc from a missing
    /// dictionary.
    init(mecabMessage: String, dictionaryDirectory: String?) {
        let marker = "no such file or directory: "
        guard let found = mecabMessage.range(of: marker) else {
            self.init(.unreadableDictionary, path: dictionaryDirectory, mecabMessage: mecabMessage)
            return
        }
        let path = String(mecabMessage[found.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let dictionaryFiles: Set<String> = ["dicrc", "sys.dic", "unk.dic", "matrix.bin", "char.bin", "matrix.def"]
        if dictionaryDirectory != nil || dictionaryFiles.contains(fileName) {
            self.init(.missingDictionary, path: path, mecabMessage: mecabMessage)
        } else {
            self.init(.missingConfiguration, path: path, mecabMessage: mecabMessage)
        }
    }

    public var description: String {
        let place = path.map { ": \($0) is missing" } ?? ""
        let what: String
        switch problem {
        case .missingConfiguration:
            what = "MeCab cannot start because its configuration file (mecabrc) was not found" + place
        case .missingDictionary:
            what = "MeCab cannot load its dictionary" + place
        case .unreadableDictionary:
            what = "MeCab could not load the dictionary" + (path.map { " in \($0)" } ?? "")
        case .taggerNotCreated:
            what = "MeCab loaded its dictionary but could not create a tagger"
        }
        let said = mecabMessage.isEmpty ? "" : " (MeCab said: \(mecabMessage))"
        return "\(what). \(Self.installHint)\(said)"
    }

    public var errorDescription: String? { description }
}
