import ArgumentParser
import Foundation
import Ronten
import RontenAnalysis
import RontenCore

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rules: id, default severity and summary in English and Japanese.",
        discussion: """
            --format md prints the documentation page (docs/rules.md is generated \
            with `ronten rules --format md > docs/rules.md`); --format json prints \
            the rule descriptors.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, md
    }

    @Option(help: "text, json or md.")
    var format: Format = .text

    func run() throws {
        let output = OutputStream.standardOutput
        defer { output.flush() }
        switch format {
        case .text: output.write(RuleCatalog.text())
        case .md: output.write(RuleCatalog.markdown())
        case .json: output.write(try JSONOutput.encode(RuleRegistry.descriptors, pretty: true) + "\n")
        }
    }
}
