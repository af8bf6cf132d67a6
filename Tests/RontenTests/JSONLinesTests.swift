import Foundation
import Ronten
import RontenCore
import RontenIngest
import Testing

/// The request stream of `analyze --jsonl` and the reader under it, in the
/// library; the command is tested through the binary in rontenTests.
@Suite struct JSONLinesTests {
    func file(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ronten-jsonl-\(UUID().uuidString)")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func lines(_ text: String) throws -> [(String, Int, Int)] {
        var reader = try JSONLinesReader.file(try file(text))
        var lines: [(String, Int, Int)] = []
        while let line = reader.next() { lines.append((String(decoding: line, as: UTF8.self), reader.lineNumber, reader.lineOffset)) }
        return lines
    }

    @Test func readerSplitsAtLineFeedsDropsCarriageReturnsAndKeepsALastUnterminatedLine() throws {
        let read = try lines("a\r\n\nbc\nlast")
        #expect(read.map(\.0) == ["a", "", "bc", "last"])
        #expect(read.map(\.1) == [1, 2, 3, 4])
        #expect(read.map(\.2) == [0, 3, 4, 7])
        #expect(try lines("").isEmpty)
        #expect(try lines("only\n").map(\.0) == ["only"])
    }

    @Test func readerReturnsALineLongerThanManyChunksWhole() throws {
        let long = String(repeating: "論", count: 100_000)
        let read = try lines("x\n" + long + "\ny\n")
        #expect(read.map(\.0) == ["x", long, "y"])
        #expect(read[2].2 == 2 + long.utf8.count + 1)
    }

    func parse(_ line: String) -> Result<AnalysisRequest, AnalysisRequest.Invalid> {
        AnalysisRequest.parse(Array(line.utf8))
    }

    @Test func parsesPathAndTextRequests() throws {
        #expect((try? parse(#"{"path": "a.md"}"#).get()) == AnalysisRequest(body: .file(path: "a.md")))
        #expect((try? parse(#"{"id": "x", "text": "論点。", "lang": "ja", "format": "text"}"#).get())
            == AnalysisRequest(body: .text(id: "x", text: "論点。"), language: .ja, format: .text))
        #expect((try? parse(#"{"path": "a.md", "extra": 1}"#).get())?.path == "a.md")
    }

    @Test func explainsEveryKindOfBadLine() {
        func invalid(_ line: String) -> AnalysisRequest.Invalid? {
            if case .failure(let why) = parse(line) { return why } else { return nil }
        }
        #expect(invalid("")?.reason == #"blank line; expected {"path": …} or {"id": …, "text": …}"#)
        #expect(invalid("[1]")?.reason == #"not a JSON object; expected {"path": …} or {"id": …, "text": …}"#)
        #expect(invalid("{")?.reason.hasPrefix("not JSON: ") == true)
        #expect(invalid(#"{"path": 3}"#)?.reason == #""path" must be a string"#)
        #expect(invalid(#"{"id": "y"}"#) == AnalysisRequest.Invalid(reason: #""id" needs "text""#, id: "y"))
        #expect(invalid(#"{"text": "t"}"#)?.reason == #""text" needs an "id" to name the result"#)
        #expect(invalid(#"{"path": "a", "id": "b", "text": "t"}"#)
            == AnalysisRequest.Invalid(reason: #"give either "path" or "id" and "text", not both"#, id: "b", path: "a"))
        #expect(invalid(#"{"id": "x", "text": "t", "lang": "fr"}"#)?.reason == #""lang" is ja, en or auto, not 'fr'"#)
        #expect(invalid(#"{"id": "x", "text": "t", "format": "rst"}"#)?.reason == #""format" is markdown, text or auto, not 'rst'"#)
        #expect(invalid("{}")?.reason == #"expected {"path": …} or {"id": …, "text": …}"#)
    }

    func stream(_ input: String, jobs: Int) throws -> (lines: [String], failed: Int) {
        var reader = try JSONLinesReader.file(try file(input))
        var discovery = try ConfigurationDiscovery(loader: ConfigurationLoader(knownRules: Pipeline.knownRules))
        let collected = Collected()
        let failed = RequestStream().run(&reader, discovery: &discovery, jobs: jobs) { collected.append($0) }
        return (collected.lines, failed)
    }

    @Test func streamWritesOneLineForEachLineReadInOrderWithFailuresInPlace() throws {
        let texts = (0..<12).map { #"{"id": "t\#($0)", "text": "Sales rose \#($0) percent last year. It will surely continue."}"# }
        let input = ([texts[0], "nope", texts[1], #"{"path": "/nonexistent/ronten.md"}"#] + texts[2...]).joined(separator: "\n") + "\n"
        let (lines, failed) = try stream(input, jobs: 1)
        #expect(failed == 2)
        #expect(lines.count == 14)
        #expect(lines[1] == #"{"error":"not JSON: Invalid value around character 1.","line":2}"#)
        #expect(lines[3] == #"{"error":"cannot read file: no such file","line":4,"path":"/nonexistent/ronten.md"}"#)
        let ids = lines.compactMap { try? JSONDecoder().decode(Analysis.self, from: Data($0.utf8)).document.source.path }
        #expect(ids == (0..<12).map { "t\($0)" })
    }

    @Test func aTextRequestGivesTheSameAnalysisAsTheSameBytesUnderItsId() throws {
        let text = "売上は３．５％増えたと言われている。だから来年も必ず伸びる。"
        let (lines, failed) = try stream(#"{"id": "note.md", "text": "\#(text)"}"#, jobs: 1)
        #expect(failed == 0)
        let direct = try Pipeline().analyze(Array(text.utf8), path: "note.md")
        #expect(lines == [try JSONText.string(direct)])
    }

    @Test func aStatedLanguageIsHowEverySentenceIsRead() throws {
        // A memo in English whose second sentence is mostly a Japanese name.
        let text = "We will surely grow. 北斗電池の戦略。"
        let input = [#"{"id": "a", "text": "\#(text)"}"#, #"{"id": "b", "text": "\#(text)", "lang": "en"}"#,
                     #"{"id": "c", "text": "\#(text)", "lang": "ja"}"#].joined(separator: "\n")
        let (lines, failed) = try stream(input, jobs: 2)
        #expect(failed == 0)
        let analyses = try lines.map { try JSONDecoder().decode(Analysis.self, from: Data($0.utf8)) }
        let languages = analyses.map { $0.document.sentences.map(\.language) }
        #expect(languages == [[.english, .japanese], [.english, .english], [.japanese, .japanese]])
        #expect(analyses.map(\.document.language) == [analyses[0].document.language, .english, .japanese])
        // Sentences end where they did; only how they are read changes.
        #expect(Set(analyses.map { $0.document.sentences.map(\.text) }).count == 1)
        // Read as Japanese, "surely" is not looked up in the English lexicon.
        let boosters = analyses.map { $0.annotations?.cues.filter { $0.value.kind == .booster }.map(\.value.text) ?? [] }
        #expect(boosters == [["will surely"], ["will surely"], []])
    }

    @Test func streamOutputIsTheSameBytesForOneOrSeveralJobs() throws {
        let input = (0..<40).map { n in
            n % 9 == 4 ? "{broken" : #"{"id": "d\#(n)", "text": "Point \#(n). Experts say it will certainly double by 2030, roughly 40% more."}"#
        }.joined(separator: "\n")
        let one = try stream(input, jobs: 1)
        let three = try stream(input, jobs: 3)
        #expect(one.lines.count == 40)
        #expect(one.failed == 4)
        #expect(one.lines == three.lines)
        #expect(three.failed == 4)
    }

    @Test func orderedStreamKeepsOrderWhenLaterItemsFinishFirst() {
        var items = Array(0..<64).makeIterator()
        let collected = Collected()
        OrderedStream.run(jobs: 4, next: { items.next() }, makeWorker: {
            { (n: Int) -> String in
                // Early items are the slow ones, so they finish last.
                usleep(useconds_t((64 - n) * 300))
                return String(n)
            }
        }, write: { collected.append(RequestStream.Line(json: Array($0.utf8), failure: nil)) })
        #expect(collected.lines == (0..<64).map(String.init))
    }
}

/// Lines written by a stream's writing thread, read after it has finished;
/// the lock makes the class safe to share.
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    func append(_ line: RequestStream.Line) { lock.withLock { stored.append(String(decoding: line.json, as: UTF8.self)) } }
    var lines: [String] { lock.withLock { stored } }
}
