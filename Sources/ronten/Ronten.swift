import ArgumentParser
import Foundation

@main
struct RontenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ronten",
        abstract: "Finds the argument in strategy and opinion writing (Japanese, English or both) and judges its claims.",
        discussion: """
            Exit codes: 0 when every input was read, 1 when some input failed \
            (each failure is one line on standard error), 2 for a usage error.
            """,
        version: RontenVersion.string,
        subcommands: [Analyze.self, Check.self, ReportCommand.self, Tree.self, RulesCommand.self, Segment.self, ScoreArguments.self]
    )

    /// Usage errors exit with 2, as the documentation promises, rather than
    /// ArgumentParser's EX_USAGE (64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

enum RontenVersion {
    static let string = "0.1.0"
}
