import ArgumentParser
import Foundation
import Ronten
import RontenAnalysis
import RontenCore
import RontenIngest
import RontenReport

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check articles and report the findings in a format CI reads.",
        discussion: """
            PATH is a file, a folder (searched recursively for .md, .markdown and \
            .txt files) or - for standard input. Formats: text (path:line:column: \
            severity rule-id message, coloured on a terminal unless NO_COLOR is set), \
            json, sarif (SARIF 2.1.0 for code scanning), github (workflow command \
            annotations), junit, checkstyle. Findings come in path, line, column and \
            rule order, the same bytes for any --jobs.

            Exit codes: 0 when no finding reaches --fail-on, 1 when one does, 2 for a \
            usage error or an input that could not be read (named on standard error \
            and in the report; the other inputs are still checked).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, github, junit, checkstyle

        var name: CheckFormatName { CheckFormatName(rawValue: rawValue)! }
    }

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, info, never

        var threshold: FailureThreshold { FailureThreshold(rawValue: rawValue)! }
    }

    enum MessageLanguage: String, ExpressibleByArgument, CaseIterable {
        case en, ja

        var language: Language { self == .ja ? .japanese : .english }
    }

    @OptionGroup var input: InputOptions

    @Option(help: "The report format.")
    var format: Format = .text

    @Option(name: .customLong("fail-on"), help: "The least severe finding that makes the exit code 1; never: findings never do.")
    var failOn: FailOn = .error

    @Option(help: ArgumentHelp("Write the report to FILE (atomically: a temporary file, then a rename) instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(help: "The language of messages and rule texts.")
    var lang: MessageLanguage = .en

    @OptionGroup var search: SearchOptions

    @OptionGroup var batch: BatchOptions



    func validate() throws {
        if let output, output.isEmpty { throw ValidationError("--output needs a file name.") }
    }

    func run() throws {
        // Findings only: no argument tree to build.
        let (run, problems) = try input.prepare(buildsArgument: false, collector: search.collector)
        if let output, let input = OutputSafety.overwrittenInput(by: output, inputs: run.items.map(\.input) + run.ignored) {
            throw ValidationError("--output \(output) would overwrite the input \(input.displayPath).")
        }
        for problem in problems { Diagnostics.error(problem.description) }
        let format = self.format.name
            .format(workingDirectory: FileManager.default.currentDirectoryPath, toolVersion: RontenVersion.string,
                    colour: self.format == .text && output == nil && Self.colourWanted())
        let context = CheckContext(rules: Self.rules, language: lang.language)
        var writer = CheckReportWriter(format: format, context: context)

        // A report lists files in path order (UTF-8 bytes), so they are
        // checked in that order and each file's part is written as soon as it
        // comes back: a run holds the batch's window, never every finding.
        let order = Self.pathOrder(run.items.map(\.input.displayPath))
        let unreadable = Self.pathOrder(problems.map(\.path)).map { problems[$0] }
        var nextUnreadable = 0
        func addUnreadable(upTo path: String?) {
            // At one path, an input that could not be found comes first, as it was given first.
            while nextUnreadable < unreadable.count,
                  path.map({ !$0.utf8.lexicographicallyPrecedes(unreadable[nextUnreadable].path.utf8) }) ?? true {
                let problem = unreadable[nextUnreadable]
                writer.add(format.fragment(CheckedFile(path: problem.path, failure: problem.reason), context: context))
                nextUnreadable += 1
            }
        }

        let cache = batch.cache
        let progress = batch.begin(total: run.items.count)
        // A part is a few kilobytes; a wide window keeps workers from waiting on the writer.
        Batch.run(count: order.count, jobs: input.jobs, progress: progress, window: input.jobs * 16, makeWorker: {
            let worker = CachingWorker(run: run, cache: cache)
            return { position -> CheckedPart in
                let index = order[position]
                let file: CheckedFile
                do {
                    file = try worker.checkedFile(index)
                } catch let error as IngestError {
                    file = CheckedFile(path: run.items[index].input.displayPath, failure: error.reasonText)
                } catch {
                    file = CheckedFile(path: run.items[index].input.displayPath, failure: "\(error)")
                }
                return CheckedPart(fragment: format.fragment(file, context: context),
                                   failure: file.failure.map { "\(file.path): \($0)" })
            }
        }, consume: { position, part in
            if let failure = part.failure {
                progress?.clear()
                Diagnostics.error(failure)
            }
            addUnreadable(upTo: run.items[order[position]].input.displayPath)
            writer.add(part.fragment)
        })
        Interruption.exitIfRequested()
        addUnreadable(upTo: nil)

        if let output {
            do {
                try Interruption.critical { try Self.writeAtomically(to: output) { try writer.finish($0) } }
            } catch {
                Diagnostics.error("\(output): cannot write the report: \(error)")
                throw ExitCode(2)
            }
        } else {
            do {
                try writer.finish { try Self.writeAll($0, to: STDOUT_FILENO) }
            } catch {
                Diagnostics.error("cannot write the report: \(error)")
                throw ExitCode(2)
            }
        }
        let status = writer.totals.exitStatus(failingOn: failOn.threshold)
        if status != 0 { throw ExitCode(status) }
    }

    /// One file's part of the report and, when it could not be read, the
    /// line to say so on standard error.
    struct CheckedPart: Sendable {
        var fragment: CheckFragment
        var failure: String?
    }

    /// Indices of `paths` in the order reports list them: by UTF-8 bytes,
    /// equal paths in the order given.
    static func pathOrder(_ paths: [String]) -> [Int] {
        paths.indices.sorted { a, b in
            if paths[a] == paths[b] { return a < b }
            return paths[a].utf8.lexicographicallyPrecedes(paths[b].utf8)
        }
    }

    /// SARIF lists these under `tool.driver.rules`; a finding whose rule is
    /// missing here is still reported, with a stub descriptor.
    static var rules: [RuleDescriptor] { RuleRegistry.descriptors }

    /// Colour only for a terminal, and never when NO_COLOR has a value
    /// (https://no-color.org).
    static func colourWanted() -> Bool {
        if let noColour = ProcessInfo.processInfo.environment["NO_COLOR"], !noColour.isEmpty { return false }
        return isatty(STDOUT_FILENO) == 1
    }

    /// A temporary file beside the target, then a rename, so a reader never
    /// sees half a report and a failed run leaves the old one in place.
    /// `produce` hands the report's bytes over in pieces.
    static func writeAtomically(to path: String, _ produce: (([UInt8]) throws -> Void) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var template = Array((folder + "/.\(url.lastPathComponent).ronten-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw WriteError(String(cString: strerror(errno))) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do {
            try produce { try writeAll($0, to: descriptor) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        // mkstemp creates the file 0600; a report is as readable as any file the user writes.
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard synced, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError(reason)
        }
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws {
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw WriteError(String(cString: strerror(errno)))
            }
            written += n
        }
    }

    struct WriteError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
