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

    @Argument(help: "Files, folders or - for standard input.")
    var paths: [String]

    @Option(help: "text, json, aif, argdown or dot.")
    var format: Format = .text

    @Option(name: .customLong("input-format"), help: "How to read input: auto (by extension), markdown or text.")
    var inputFormat: InputFormatOption = .auto

    @Flag(help: "Each non-empty input line is one argumentative unit, never split further.")
    var segmented = false

    @Option(help: "Articles analysed at once (default: the processors available).")
    var jobs: Int = Batch.availableJobs

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one PATH (a file, a folder, or - for standard input).") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        let pipeline = Pipeline(ingestor: Ingestor(format: inputFormat.format), segmented: segmented)
        let (inputs, problems) = InputCollector().collect(paths)
        var failed = !problems.isEmpty
        for problem in problems { Diagnostics.error(problem.description) }
        let output = OutputStream.standardOutput
        defer { output.flush() }
        let format = self.format
        let several = inputs.count > 1
        Batch.run(count: inputs.count, jobs: jobs, makeWorker: {
            let session = pipeline.session()
            return { index -> Outcome in
                do {
                    let analysis = try session.analyze(inputs[index])
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
                if several && (format == .text) { output.write("== \(inputs[index].displayPath)\n") }
                output.write(text)
            }
        })
        if failed { throw ExitCode(1) }
    }
}
