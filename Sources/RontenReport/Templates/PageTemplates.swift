import Foundation
import Mustache

/// The page shells: Mustache templates for the article and index pages and
/// the style sheets they inline (`map.css`, the argument map's, on article
/// pages only). Built into the binary (see
/// `EmbeddedTemplates`), so a report needs nothing from the source tree;
/// `--templates DIR` replaces any of the files a user has copied and edited.
public struct PageTemplates: Sendable {
    /// The file names a templates folder may hold.
    public static let fileNames = ["article.html.mustache", "index.html.mustache", "style.css", "map.css"]

    let library: MustacheLibrary
    let style: String
    /// The argument map's rules, which article pages inline before `style`.
    let mapStyle: String
    /// The templates whose body may be spliced in as bytes (see BodySplice).
    let splicing: Set<String>
    /// The article page's shells by kind, made as pages need them; empty
    /// when the template does not qualify (see ArticleShell).
    let articleShells: ArticleShells

    /// The templates shipped in the binary.
    public static let embedded: PageTemplates = {
        // The embedded texts are checked by a test against Templates/; they parse.
        try! PageTemplates(texts: EmbeddedTemplates.files)
    }()

    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Templates from a folder; a file the folder lacks comes from the embedded set.
    public init(folder: String) throws(LoadError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LoadError(path: folder, reason: "no such templates folder")
        }
        var texts = EmbeddedTemplates.files
        for name in Self.fileNames {
            let path = (folder as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw LoadError(path: path, reason: "cannot be read")
            }
            texts[name] = String(decoding: data, as: UTF8.self)
        }
        do {
            try self.init(texts: texts)
        } catch let error as LoadError {
            throw LoadError(path: (folder as NSString).appendingPathComponent(error.path), reason: error.reason)
        } catch {
            throw LoadError(path: folder, reason: "\(error)")
        }
    }

    /// `splice: false` renders every body through Mustache (what tests compare with).
    init(texts: [String: String], splice: Bool = true) throws {
        var library = MustacheLibrary()
        var splicing: Set<String> = []
        for (name, key) in [("article.html.mustache", "article"), ("index.html.mustache", "index")] {
            do {
                try library.register(texts[name] ?? "", named: key)
            } catch {
                throw LoadError(path: name, reason: "not a valid Mustache template (\(error))")
            }
            if splice, BodySplice.allows(texts[name] ?? "") { splicing.insert(key) }
        }
        self.library = library
        self.splicing = splicing
        let style = texts["style.css"] ?? ""
        self.style = style
        let mapStyle = texts["map.css"] ?? ""
        self.mapStyle = mapStyle
        if splice, ArticleShell.allows(texts["article.html.mustache"] ?? "") {
            let article = library, sheets = mapStyle + style
            articleShells = ArticleShells { context in
                var context = context
                context["style"] = sheets
                return article.render(context, withTemplate: "article") ?? ""
            }
        } else {
            articleShells = ArticleShells(render: nil)
        }
    }

    func render(_ template: String, _ context: [String: Any]) -> String {
        var context = context
        context["style"] = template == "article" ? mapStyle + style : style
        return library.render(context, withTemplate: template) ?? ""
    }

    /// The page as bytes, its `body` given as the UTF-8 that cmark rendered.
    func render(_ template: String, _ context: [String: Any], body: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var context = context
        guard splicing.contains(template) else {
            context["body"] = String(decoding: body, as: UTF8.self)
            return Array(render(template, context).utf8)
        }
        context["body"] = BodySplice.mark
        return BodySplice.splice(render(template, context), body)
    }
}
