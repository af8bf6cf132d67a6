import Foundation
import RontenCore
import RontenIngest

/// One line of `ronten analyze --jsonl`: a file to read, or a text to
/// analyse under an id.
///
/// `{"path": "a.md"}` reads the file (relative to the working directory);
/// `{"id": "x", "text": "…", "lang": "ja", "format": "markdown"}` analyses
/// the text, and the id stands where a path would in the result.
public struct AnalysisRequest: Sendable, Hashable {
    public enum Body: Sendable, Hashable {
        case file(path: String)
        case text(id: String, text: String)
    }

    public enum LanguageHint: String, Sendable, Hashable, CaseIterable {
        case ja, en, auto

        /// What the pipeline is told (nil: detect per sentence).
        public var language: Language? {
            switch self {
            case .ja: .japanese
            case .en: .english
            case .auto: nil
            }
        }
    }

    public var body: Body
    /// `ja` or `en`: every sentence is analysed as that language; `auto`:
    /// each sentence's is detected.
    public var language: LanguageHint
    /// nil: the command's `--input-format`.
    public var format: Ingestor.Format?

    public init(body: Body, language: LanguageHint = .auto, format: Ingestor.Format? = nil) {
        self.body = body
        self.language = language
        self.format = format
    }

    /// The name the result carries: the path or the id.
    public var path: String {
        switch body {
        case .file(let path): return path
        case .text(let id, _): return id
        }
    }

    /// Why a line is not a request, with whatever it did name.
    public struct Invalid: Error, Sendable, Hashable {
        public var reason: String
        public var id: String?
        public var path: String?

        public init(reason: String, id: String? = nil, path: String? = nil) {
            self.reason = reason
            self.id = id
            self.path = path
        }
    }

    public static func parse(_ line: [UInt8]) -> Result<AnalysisRequest, Invalid> {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            return .failure(Invalid(reason: "blank line; expected {\"path\": …} or {\"id\": …, \"text\": …}"))
        }
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed]) as? [String: Any] else {
                return .failure(Invalid(reason: "not a JSON object; expected {\"path\": …} or {\"id\": …, \"text\": …}"))
            }
            object = parsed
        } catch {
            return .failure(Invalid(reason: "not JSON: \(Self.reason(error))"))
        }
        let id = object["id"] as? String
        let path = object["path"] as? String
        func invalid(_ reason: String) -> Result<AnalysisRequest, Invalid> {
            .failure(Invalid(reason: reason, id: id, path: path))
        }
        for key in ["path", "id", "text", "lang", "format"] {
            if let value = object[key], !(value is String) { return invalid("\"\(key)\" must be a string") }
        }
        var language = LanguageHint.auto
        if let lang = object["lang"] as? String {
            guard let hint = LanguageHint(rawValue: lang) else { return invalid("\"lang\" is ja, en or auto, not '\(lang)'") }
            language = hint
        }
        var format: Ingestor.Format?
        if let name = object["format"] as? String {
            guard let known = Ingestor.Format(rawValue: name) else {
                return invalid("\"format\" is markdown, text or auto, not '\(name)'")
            }
            format = known
        }
        let text = object["text"] as? String
        switch (path, id, text) {
        case (let path?, nil, nil):
            guard !path.isEmpty else { return invalid("\"path\" is empty") }
            return .success(AnalysisRequest(body: .file(path: path), language: language, format: format))
        case (nil, let id?, let text?):
            guard !id.isEmpty else { return invalid("\"id\" is empty") }
            return .success(AnalysisRequest(body: .text(id: id, text: text), language: language, format: format))
        case (nil, _?, nil):
            return invalid("\"id\" needs \"text\"")
        case (nil, nil, _?):
            return invalid("\"text\" needs an \"id\" to name the result")
        case (_?, _, _):
            return invalid("give either \"path\" or \"id\" and \"text\", not both")
        case (nil, nil, nil):
            return invalid("expected {\"path\": …} or {\"id\": …, \"text\": …}")
        }
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return nsError.localizedDescription
    }
}
