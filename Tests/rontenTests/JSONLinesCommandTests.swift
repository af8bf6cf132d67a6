import Foundation
import Testing

/// `ronten analyze --jsonl`: requests in, one result per line out.
@Suite struct JSONLinesCommandTests {
    func folder() throws -> URL {
        let folder = try temporaryFolder()
        try "# Pricing\n\nNorthwind will surely double revenue by 2030. Some say prices rose 40%.\n"
            .write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try "売上は３．５％増えたと言われている。だから来年も必ず伸びる。\n"
            .write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aPathRequestGivesTheLineAnalyzeWritesForThatFile() throws {
        let folder = try folder()
        let direct = try Ronten.run(["analyze", "--format", "jsonl", "a.md", "b.txt"], in: folder)
        let piped = try Ronten.run(["analyze", "--jsonl", "-"], stdin: "{\"path\": \"a.md\"}\n{\"path\": \"b.txt\"}\n", in: folder)
        #expect(piped.status == 0)
        #expect(piped.stderr == "")
        #expect(piped.stdout == direct.stdout)
        #expect(piped.stdout.split(separator: "\n").count == 2)
    }

    @Test func badLinesGiveErrorObjectsInPlaceAndExitOneAtTheEnd() throws {
        let folder = try folder()
        let stdin = "{\"path\": \"a.md\"}\n[]\n\n{\"path\": \"gone.md\"}\n{\"id\": \"n\"}\n{\"id\": \"t\", \"text\": \"Prices rose.\"}\n"
        let result = try Ronten.run(["analyze", "--jsonl", "-", "--jobs", "2"], stdin: stdin, in: folder)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 7)
        #expect(lines[0].hasPrefix("{\"schema\":\"ronten.analysis/1\",\"source\":{\"path\":\"a.md\""))
        #expect(lines[1] == #"{"error":"not a JSON object; expected {\"path\": …} or {\"id\": …, \"text\": …}","line":2}"#)
        #expect(lines[2] == #"{"error":"blank line; expected {\"path\": …} or {\"id\": …, \"text\": …}","line":3}"#)
        #expect(lines[3] == #"{"error":"cannot read file: no such file","line":4,"path":"gone.md"}"#)
        #expect(lines[4] == #"{"error":"\"id\" needs \"text\"","line":5,"id":"n"}"#)
        #expect(lines[5].hasPrefix("{\"schema\":\"ronten.analysis/1\",\"source\":{\"path\":\"t\""))
        #expect(lines[6] == "")
        #expect(result.stderr == """
            ronten: line 2: not a JSON object; expected {"path": …} or {"id": …, "text": …}
            ronten: line 3: blank line; expected {"path": …} or {"id": …, "text": …}
            ronten: line 4 (gone.md): cannot read file: no such file
            ronten: line 5 (id n): "id" needs "text"

            """)
    }

    @Test func outputIsTheSameBytesForOneAndTwoJobs() throws {
        let folder = try folder()
        var requests: [String] = []
        for n in 0..<30 {
            switch n % 5 {
            case 0: requests.append(#"{"path": "a.md"}"#)
            case 1: requests.append(#"{"path": "b.txt"}"#)
            case 2: requests.append("broken \(n)")
            default: requests.append(#"{"id": "doc\#(n)", "text": "Point \#(n): experts say it will certainly double, roughly 40% more by 2030."}"#)
            }
        }
        let stdin = requests.joined(separator: "\n") + "\n"
        let one = try Ronten.run(["analyze", "--jsonl", "-", "--jobs", "1"], stdin: stdin, in: folder)
        let two = try Ronten.run(["analyze", "--jsonl", "-", "--jobs", "2"], stdin: stdin, in: folder)
        #expect(one.status == 1 && two.status == 1)
        #expect(one.stdout.split(separator: "\n").count == 30)
        #expect(one.stdout == two.stdout)
        #expect(one.stderr == two.stderr)
    }

    @Test(.timeLimit(.minutes(1)))
    func eachResultIsWrittenBeforeTheNextRequestArrives() throws {
        let process = Process()
        process.executableURL = Ronten.executable
        process.arguments = ["analyze", "--jsonl", "-", "--jobs", "2"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var received: [String] = []
        for n in 0..<3 {
            // The stream stays open: an answer here proves the line was flushed.
            input.fileHandleForWriting.write(Data(#"{"id": "r\#(n)", "text": "Prices rose \#(n)%."}"#.utf8 + [0x0A]))
            var line = Data()
            while !line.contains(0x0A) { line += output.fileHandleForReading.availableData }
            received.append(String(decoding: line, as: UTF8.self))
        }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(received.map { $0.contains("\"path\":\"r\(received.firstIndex(of: $0)!)\"") } == [true, true, true])
        #expect(received.allSatisfy { $0.hasSuffix("}\n") })
    }

    @Test func requestsMayComeFromAFile() throws {
        let folder = try folder()
        try "{\"path\": \"b.txt\"}\n".write(to: folder.appendingPathComponent("requests.jsonl"), atomically: true, encoding: .utf8)
        let result = try Ronten.run(["analyze", "--jsonl", "requests.jsonl"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == (try Ronten.run(["analyze", "--format", "jsonl", "b.txt"], in: folder)).stdout)
    }

    @Test func usageErrorsExitWithTwo() throws {
        let folder = try folder()
        let cases: [([String], String)] = [
            (["analyze", "--jsonl", "-", "a.md"], "--jsonl reads requests from one PATH (- for standard input)."),
            (["analyze", "--jsonl", "-", "--format", "json"], "--jsonl writes one line per request: use --format jsonl or leave --format out."),
            (["analyze", "--jsonl", "-", "--shard", "0/2"], "--shard selects files from folders; with --jsonl, split the request lines instead."),
        ]
        for (arguments, message) in cases {
            let result = try Ronten.run(arguments, stdin: "", in: folder)
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("Error: " + message))
        }
        let missing = try Ronten.run(["analyze", "--jsonl", "nowhere.jsonl"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr == "ronten: nowhere.jsonl: No such file or directory\n")
    }
}
