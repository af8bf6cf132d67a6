import ArgumentParser
import Foundation
import Ronten

struct ScoreArguments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score-arguments",
        abstract: "Score argument trees against gold trees (arggraph XML, as in the argumentative microtext corpus).",
        discussion: """
            Reads every *.xml arggraph file in FOLDER, builds Ronten's tree on the \
            gold units (one unit per line, as --segmented), and prints the four \
            scores of Peldszus & Stede (2015): central claim, role, function and \
            attachment, each a macro-averaged F1 pooled over all units.
            """
    )

    @Argument(help: "A folder of arggraph XML files.")
    var folder: String

    func run() throws {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder))?.filter { $0.hasSuffix(".xml") }.sorted() ?? []
        guard !files.isEmpty else { throw ValidationError("\(folder) holds no .xml arggraph files.") }
        let pipeline = Pipeline()
        var scores = ArgumentScores()
        var failed = false
        for file in files {
            do {
                let gold = try ArgGraph(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(file))
                let tree = try pipeline.tree(units: gold.units.map(\.text), path: file)
                scores.add(gold: gold, predicted: tree)
            } catch {
                failed = true
                Diagnostics.error("\(error)")
            }
        }
        print(scores)
        if failed { throw ExitCode(1) }
    }
}
