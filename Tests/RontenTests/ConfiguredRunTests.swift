import Foundation
import Ronten
import RontenCore
import RontenIngest
import Testing

/// Made-up rule ids: the registry is filled elsewhere, and these tests must
/// not depend on which real rules exist.
let fakeRuleIDs: Set<String> = ["weak-phrasing", "sweeping-generalisation"]

/// A folder tree under the temporary folder, removed afterwards.
struct ProjectTree {
    let root: String

    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("ronten-run-\(UUID().uuidString)").standardizedFileURL.path
        for (path, text) in files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

@Test func eachInputGetsItsNearestConfigurationAndIgnoredOnesAreSetAside() throws {
    let tree = try ProjectTree([
        ".git/HEAD": "",
        ".ronten.yml": "ignore: [drafts, '**/CHANGELOG.md']\nrules: {weak-phrasing: off}\n",
        "a.md": "# A\n\nText.\n",
        "drafts/b.md": "Draft.\n",
        "CHANGELOG.md": "Changes.\n",
        "en/.ronten.yml": "lexicon:\n  en: {boosters: [flobbertly]}\n",
        "en/c.md": "The plan will flobbertly succeed.\n",
        "en/d.txt": "Other.\n",
        "en/sub/.ronten.yml": "lexicon:\n  en: {boosters: [flobbertly]}\nrules: {sweeping-generalisation: error}\n",
        "en/sub/e.md": "Sub.\n",
    ])
    defer { tree.remove() }
    let (inputs, problems) = InputCollector().collect([tree.root])
    #expect(problems == [])
    var discovery = try ConfigurationDiscovery(loader: ConfigurationLoader(knownRules: fakeRuleIDs))
    let run = try ConfiguredRun(inputs: inputs, discovery: &discovery, knownRules: fakeRuleIDs)
    let relative = { (input: Input) in String(input.displayPath.dropFirst(tree.root.count + 1)) }
    #expect(run.items.map { relative($0.input) } == ["a.md", "en/c.md", "en/d.txt", "en/sub/e.md"])
    #expect(run.ignored.map(relative) == ["CHANGELOG.md", "drafts/b.md"])
    #expect(run.items.map { $0.configuration.path.map { String($0.dropFirst(tree.root.count + 1)) } }
        == [".ronten.yml", "en/.ronten.yml", "en/.ronten.yml", "en/sub/.ronten.yml"])
    // Two configurations adding the same words share one compiled pipeline.
    #expect(run.items.map(\.pipeline) == [0, 1, 1, 1])
    #expect(run.pipelines.count == 2)

    let worker = run.worker()
    let plain = try worker.analyze(0)
    #expect(plain.annotations?.cues.contains { $0.value.entry.hasPrefix("user.") } == false)
    let added = try worker.analyze(1)
    #expect(added.annotations?.cues.map(\.value.entry).contains("user.en.booster.flobbertly") == true)
    #expect(added.document.sentences.first?.certainty == .boosted)
}

@Test func aBrokenLexiconPatternIsAnErrorAtItsLine() throws {
    let configuration = try ConfigurationLoader(knownRules: fakeRuleIDs)
        .parse("lexicon:\n  en:\n    hedges:\n      - fine\n      - 'a|'\n", path: "x/.ronten.yml")
    #expect(throws: ConfigurationError.self) { try Pipeline().adding(lexiconOf: configuration) }
    do {
        _ = try Pipeline().adding(lexiconOf: configuration)
    } catch {
        #expect(error.path == "x/.ronten.yml")
        #expect(error.line == 5)
        #expect(error.reason.hasPrefix("lexicon: empty piece in pattern"))
    }
}

@Test func addedEntitiesAreFoundAsEntities() throws {
    let configuration = Configuration(entities: [EntityAddition(name: "Zorblax", kind: .organisation, aliases: ["Zorblax Corp"])])
    let pipeline = try Pipeline().adding(lexiconOf: configuration)
    let analysis = try pipeline.session().analyze(Array("Zorblax Corp grew fast last year.\n".utf8), path: "z.md",
                                                  configuration: configuration, knownRules: fakeRuleIDs)
    #expect(analysis.annotations?.entities.map(\.name) == ["Zorblax"])
    #expect(analysis.annotations?.entities.first?.kind == .organisation)
}

@Test func directivesWithUnknownRulesBecomeNotesOnTheDocument() throws {
    let text = "# Title\n\n<!-- ronten-disable nonexistent-rule -->\n\nSome text.\n"
    let analysis = try Pipeline().session().analyze(Array(text.utf8), path: "n.md", configuration: Configuration(),
                                                    knownRules: fakeRuleIDs)
    #expect(analysis.document.notes.map(\.message)
        == ["line 3: unknown rule 'nonexistent-rule' in ronten-disable ignored; `ronten rules` lists them"])
    #expect(analysis.findings == [])
}
