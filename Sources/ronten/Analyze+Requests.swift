import ArgumentParser
import Foundation
import Ronten
import RontenIngest

extension Analyze {
    /// `--jsonl`: the request stream of docs/distributed.md.
    func runRequests() throws {
        var base = Pipeline(ingestor: Ingestor(format: input.inputFormat.format), segmented: segmented)
        base.includeTokens = tokens
        let known = Pipeline.knownRules
        var discovery: ConfigurationDiscovery
        var reader: JSONLinesReader
        do {
            discovery = try ConfigurationDiscovery(loader: ConfigurationLoader(knownRules: known), explicitPath: input.config)
            reader = try JSONLinesReader.file(input.paths[0])
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(2)
        }
        let failed = RequestStream(base: base, knownRules: known).run(&reader, discovery: &discovery, jobs: input.jobs) { line in
            if let failure = line.failure { StandardStreams.write(Array("ronten: \(failure)\n".utf8), to: 2) }
            // One write per line: a consumer at the other end of the pipe sees it now.
            StandardStreams.write(line.json + [0x0A], to: 1)
        }
        if failed > 0 { throw ExitCode(1) }
    }
}

/// Unbuffered writes for the request stream, whose lines are written from
/// the stream's writing thread rather than the command's.
enum StandardStreams {
    static func write(_ bytes: [UInt8], to descriptor: Int32) {
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                // The reader has gone (EPIPE): nothing more can be delivered.
                Foundation.exit(1)
            }
            written += n
        }
    }
}
