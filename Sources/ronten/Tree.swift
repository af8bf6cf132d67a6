import ArgumentParser
import Foundation
import Ronten
import RontenCore
import RontenIngest
import RontenReport

struct Tree: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the argument: thesis, claims, premises, counterpoints and their relations.",
        discussion: """
            Formats: text (an indented outline), json (the analysis with the tree \
            under "argument"), aif (Argument Interchange Format JSON, as AIFdb and \
            OVA read it), argdown (Argdown source), dot (Graphviz).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, aif, argdown, dot
    }

    @OptionGroup var input: InputOptions

    @Option(help: "text, json, aif, argdown or dot.")
    var format: Format = .text


    @Flag(help: "Each non-empty input line is one argumentative unit, never split further.")
    var segmented = false

    @OptionGroup var search: SearchOptions



    func run() throws {
        let (run, problems) = try input.prepare(segmented: segmented, collector: search.collector)
        var failed = !problems.isEmpty
        for problem in problems { Diagnostics.error(problem.description) }
        let output = OutputStream.standardOutput
        defer { output.flush() }
        let format = self.format
        let several = run.items.count > 1
        Batch.run(count: run.items.count, jobs: input.jobs, makeWorker: {
            let worker = run.worker()
            return { index -> Outcome in
                do {
                    let analysis = try worker.analyze(index)
                    let tree = analysis.argument ?? ArgumentTree()
                    switch format {
                    case .text: return .success(ArgumentOutline.render(tree))
                    case .json: return .success(try JSONOutput.encode(analysis, pretty: true) + "\n")
                    case .aif: return .success(try JSONText.string(AIFExport.document(tree), pretty: true) + "\n")
                    case .argdown: return .success(ArgdownExport.render(tree, title: analysis.document.title?.text))
                    case .dot: return .success(DOTExport.render(tree, title: analysis.document.title?.text))
                    }
                } catch {
                    return .failure("\(error)")
                }
            }
        }, consume: { index, outcome in
            switch outcome {
            case .failure(let message):
                failed = true
                Diagnostics.error(message)
            case .success(let text):
                if several && (format == .text) { output.write("== \(run.items[index].input.displayPath)\n") }
                output.write(text)
            }
        })
        if failed { throw ExitCode(1) }
    }
}
