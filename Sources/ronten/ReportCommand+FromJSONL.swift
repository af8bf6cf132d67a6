import ArgumentParser
import Foundation
import Ronten
import RontenReport

extension ReportCommand {
    /// `--from-jsonl`: pages and index from analyses made elsewhere. The
    /// files are read twice (once to plan every name, so collisions resolve
    /// as in a direct run; once per page), so no more than `jobs * 4`
    /// analyses are in memory however many there are.
    func runFromJSONL() throws {
        let options = try reportOptions()
        let formats = self.formats
        if paths.contains("-") { throw ValidationError("--from-jsonl reads files, not standard input (each file is read twice).") }
        let index = ResultIndex(files: paths)
        var failed = !index.failures.isEmpty
        for failure in index.failures { Diagnostics.error(failure) }
        let entries = sharding.shard.map { shard in
            index.entries.filter { shard.contains(path: Shard.shardPath(of: $0.path, arguments: roots)) }
        } ?? index.entries

        let names = ReportLayout.names(entries.map { ReportLayout.Source(path: $0.path, root: root(of: $0.path)) })
        var planned: [String] = []
        for name in names + ["index"] { for ext in formats { planned.append(file(name, ext)) } }
        do {
            // The articles may be here too: never overwrite one, nor the results.
            try ReportLayout.check(outputFolder: folder, inputFolders: roots,
                                   inputFiles: paths + entries.map(\.path), outputFiles: planned)
        } catch {
            throw ValidationError(error.description)
        }
        try createOutputFolder()

        var indexEntries: [IndexEntry] = []
        Batch.run(count: entries.count, jobs: jobs, makeWorker: {
            { position -> RenderedArticle in
                do {
                    return try RenderedArticle(try entries[position].load(), name: names[position], options: options, formats: formats)
                } catch {
                    return RenderedArticle(failure: "\(error)")
                }
            }
        }, consume: { position, article in
            if !write(article, name: names[position], entries: &indexEntries) { failed = true }
        })
        if !writeIndex(indexEntries, options: options) { failed = true }
        if failed { throw ExitCode(1) }
    }

    /// The first `--root` holding `path`; "" (the whole path, less any
    /// leading `/`) when none does.
    func root(of path: String) -> String {
        for root in roots {
            let folder = root.hasSuffix("/") ? root : root + "/"
            if path.hasPrefix(folder) { return root }
        }
        return ""
    }
}
