import ArgumentParser
import Foundation
import RontenLanguage

struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split text into sentences: JSON Lines in, JSON Lines out.",
        discussion: """
            Reads one JSON object per line on standard input, {"text": "...", \
            "lang": "ja"|"en"|"auto"}, and writes one {"sentences": [...]} line per \
            input line, in order. A line that is not such an object gives \
            {"error": "..."} and the stream goes on; the exit code is then 1.
            """
    )

    @Flag(help: "Treat single line breaks as spaces (text from PDF or hard-wrapped prose).")
    var joinLines = false

    struct Request: Decodable {
        var text: String
        var lang: String?
    }

    func run() throws {
        let segmenter = SentenceSegmenter(options: .init(joinLineBreaks: joinLines))
        let output = OutputStream.standardOutput
        defer { output.flush() }
        var failed = false
        var lineNumber = 0
        while let line = readLine(strippingNewline: true) {
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            do {
                let request = try JSONDecoder().decode(Request.self, from: Data(line.utf8))
                let bytes = Array(request.text.utf8)
                let sentences = segmenter.split(bytes).map { segmenter.sentenceText(bytes, $0) }
                output.write(try JSONOutput.encode(["sentences": sentences], pretty: false) + "\n")
            } catch {
                failed = true
                let message = "line \(lineNumber): expected {\"text\": ..., \"lang\": ...}"
                output.write(try JSONOutput.encode(["error": message], pretty: false) + "\n")
            }
            output.flush()
        }
        if failed { throw ExitCode(1) }
    }
}
