import ArgumentParser
import Foundation
import Ronten
import RontenCore
import RontenReport

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report per article (HTML page, Markdown, JSON) and an index for the run.",
        discussion: """
            For every article, DIR/<path relative to its PATH>.html, .md and .json \
            (a file given as PATH is named by its file name); for the run, \
            DIR/index.html and DIR/index.md. Every file is written to a temporary \
            file and renamed into place. DIR may not be an input folder, and no \
            report may overwrite an input file.
            """
    )

    enum Format: String, CaseIterable {
        case html, md, json
    }

    @Argument(help: "Files or folders (searched recursively for .md, .markdown and .txt files).")
    var paths: [String]

    @Option(name: [.customShort("o"), .customLong("output")], help: "The folder to write reports into.")
    var output: String

    @Option(help: "Comma-separated formats: html, md, json.")
    var format: String = "html,md,json"

    @Option(help: "Labels in ja or en (default: each article's language; mixed reads as ja).")
    var locale: LocaleOption?

    @Option(help: "A folder with article.html.mustache, index.html.mustache and style.css to use instead of the built-in ones.")
    var templates: String?

    @Option(help: "Articles processed at once (default: the processors available). Output is the same for any value.")
    var jobs: Int = Batch.availableJobs

    enum LocaleOption: String, ExpressibleByArgument, CaseIterable {
        case ja, en
        var locale: ReportLocale { self == .ja ? .ja : .en }
    }

    var formats: Set<Format> {
        Set(format.split(separator: ",").compactMap { Format(rawValue: $0.trimmingCharacters(in: .whitespaces).lowercased()) })
    }

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one PATH (a file or a folder).") }
        if paths.contains("-") { throw ValidationError("report reads files and folders, not standard input.") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        let requested = format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if requested.isEmpty || requested.contains(where: { Format(rawValue: $0) == nil }) {
            throw ValidationError("--format takes a comma-separated list of html, md and json, not '\(format)'.")
        }
    }

    func run() throws {
        let pageTemplates: PageTemplates
        do {
            pageTemplates = try templates.map { try PageTemplates(folder: $0) } ?? .embedded
        } catch {
            throw ValidationError("--templates: \(error)")
        }
        let options = ReportOptions(locale: locale?.locale, templates: pageTemplates)
        let formats = self.formats

        // Collected PATH by PATH so each article knows the folder its name is relative to.
        var inputs: [Input] = []
        var sources: [ReportLayout.Source] = []
        var inputFolders: [String] = []
        var seen = Set<String>()
        var failed = false
        for path in paths {
            var isDirectory: ObjCBool = false
            let isFolder = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            if isFolder { inputFolders.append(path) }
            let (found, problems) = InputCollector().collect([path])
            for problem in problems {
                failed = true
                Diagnostics.error(problem.description)
            }
            for input in found {
                guard case .file(let url) = input.location, seen.insert(url.resolvingSymlinksInPath().path).inserted else { continue }
                inputs.append(input)
                sources.append(ReportLayout.Source(path: input.displayPath, root: isFolder ? path : nil))
            }
        }
        let names = ReportLayout.names(sources)
        let folder = output.hasSuffix("/") && output.count > 1 ? String(output.dropLast()) : output
        func file(_ name: String, _ ext: Format) -> String { folder + "/" + name + "." + ext.rawValue }
        var planned: [String] = []
        for name in names + ["index"] { for ext in formats { planned.append(file(name, ext)) } }
        do {
            try ReportLayout.check(outputFolder: folder, inputFolders: inputFolders,
                                   inputFiles: sources.map(\.path), outputFiles: planned)
        } catch {
            throw ValidationError(error.description)
        }

        let pipeline = Pipeline()
        let articles = inputs
        var entries: [IndexEntry] = []
        Batch.run(count: inputs.count, jobs: jobs, makeWorker: {
            { index -> RenderedArticle in
                do {
                    let analysis = try pipeline.analyze(articles[index])
                    let report = ArticleReport(analysis, options: options)
                    let name = names[index]
                    return RenderedArticle(
                        html: formats.contains(.html) ? Array(report.html(indexLink: ReportLayout.indexLink(from: name)).utf8) : nil,
                        markdown: formats.contains(.md) ? Array(report.markdown().utf8) : nil,
                        json: formats.contains(.json) ? try JSONText.encode(analysis, pretty: true) + [0x0A] : nil,
                        entry: report.indexEntry(page: name + (formats.contains(.html) ? ".html" : ".md"),
                                                 markdown: formats.contains(.md) ? name + ".md" : nil),
                        failure: nil)
                } catch {
                    return RenderedArticle(failure: "\(error)")
                }
            }
        }, consume: { index, article in
            if let failure = article.failure {
                failed = true
                return Diagnostics.error(failure)
            }
            do {
                if let html = article.html { try AtomicFile.write(html, to: file(names[index], .html)) }
                if let markdown = article.markdown { try AtomicFile.write(markdown, to: file(names[index], .md)) }
                if let json = article.json { try AtomicFile.write(json, to: file(names[index], .json)) }
                if let entry = article.entry { entries.append(entry) }
            } catch {
                failed = true
                Diagnostics.error("\(error)")
            }
        })
        let index = IndexPage(entries, options: options)
        do {
            if formats.contains(.html) { try AtomicFile.write(Array(index.html().utf8), to: file("index", .html)) }
            if formats.contains(.md) { try AtomicFile.write(Array(index.markdown().utf8), to: file("index", .md)) }
        } catch {
            failed = true
            Diagnostics.error("\(error)")
        }
        if failed { throw ExitCode(1) }
    }
}

extension ReportCommand.LocaleOption: Sendable {}

/// One article's reports, rendered on a worker thread and written in input order.
struct RenderedArticle: Sendable {
    var html: [UInt8]?
    var markdown: [UInt8]?
    var json: [UInt8]?
    var entry: IndexEntry?
    var failure: String?

    init(html: [UInt8]? = nil, markdown: [UInt8]? = nil, json: [UInt8]? = nil, entry: IndexEntry? = nil, failure: String?) {
        self.html = html
        self.markdown = markdown
        self.json = json
        self.entry = entry
        self.failure = failure
    }
}
