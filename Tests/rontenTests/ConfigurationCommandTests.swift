import Foundation
import Testing

/// Configuration, inline directives and per-path overrides, end to end
/// through the binary.
@Suite struct ConfigurationCommandTests {
    /// A folder with an article whose findings we know: an anonymous
    /// attribution (warning) and an unsupported strong claim (warning).
    func project() throws -> URL {
        let folder = try temporaryFolder()
        let article = """
            # Pricing

            Critics argue that the move gives away pricing power.

            The direction is clearly right.

            """
        try article.write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("legal"), withIntermediateDirectories: true)
        try article.write(to: folder.appendingPathComponent("legal/b.md"), atomically: true, encoding: .utf8)
        return folder
    }

    func rules(_ output: String) -> [String] {
        output.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ")
            return parts.count > 2 && line.contains(": ") ? "\(parts[0]) \(parts[1]) \(parts[2])" : nil
        }
    }

    @Test func findsTheRulesWithoutAConfiguration() throws {
        let folder = try project()
        let result = try Ronten.run(["check", "a.md", "--fail-on", "never"], in: folder)
        #expect(result.status == 0)
        #expect(rules(result.stdout) == [
            "a.md:3:1: warning anonymous-attribution",
            "a.md:5:1: warning unsupported-strong-claim",
        ])
    }

    @Test func aConfigurationSwitchesRulesOffRaisesSeveritiesAndOverridesByPath() throws {
        let folder = try project()
        try """
            rules:
              anonymous-attribution: error
            overrides:
              - files: ["legal/**"]
                rules:
                  unsupported-strong-claim: off
            """.write(to: folder.appendingPathComponent(".ronten.yml"), atomically: true, encoding: .utf8)
        let result = try Ronten.run(["check", "."], in: folder)
        #expect(result.status == 1)
        #expect(rules(result.stdout) == [
            "./a.md:3:1: error anonymous-attribution",
            "./a.md:5:1: warning unsupported-strong-claim",
            "./legal/b.md:3:1: error anonymous-attribution",
        ])
    }

    @Test func anUnknownRuleInTheConfigurationIsAnErrorNamingTheFileAndLine() throws {
        let folder = try project()
        try "rules:\n  weak-phrasing: off\n  no-such-rule: off\n".write(to: folder.appendingPathComponent(".ronten.yml"), atomically: true, encoding: .utf8)
        let result = try Ronten.run(["check", "a.md"], in: folder)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("ronten: "))
        #expect(result.stderr.contains(".ronten.yml:3:"))
        #expect(result.stderr.contains("no-such-rule"))
    }

    @Test func explicitConfigReplacesDiscovery() throws {
        let folder = try project()
        try "rules:\n  anonymous-attribution: off\n".write(to: folder.appendingPathComponent("quiet.yml"), atomically: true, encoding: .utf8)
        let result = try Ronten.run(["check", "a.md", "--config", "quiet.yml", "--fail-on", "never"], in: folder)
        #expect(rules(result.stdout) == ["a.md:5:1: warning unsupported-strong-claim"])
    }

    @Test func inlineDirectivesSilenceFindingsInMarkdown() throws {
        let folder = try temporaryFolder()
        try """
            <!-- ronten-disable-next-line anonymous-attribution -->
            Critics argue that the move gives away pricing power.

            <!-- ronten-disable unsupported-strong-claim -->
            The direction is clearly right.
            <!-- ronten-enable unsupported-strong-claim -->

            The outcome is clearly certain.
            """.write(to: folder.appendingPathComponent("c.md"), atomically: true, encoding: .utf8)
        let result = try Ronten.run(["check", "c.md", "--fail-on", "never"], in: folder)
        #expect(rules(result.stdout) == ["c.md:8:1: warning unsupported-strong-claim"])
    }

    @Test func analyzeGivesTokensOnRequest() throws {
        let plain = try Ronten.run(["analyze", "-"], stdin: "過剰投資を疑う声もあった。\n")
        #expect(!plain.stdout.contains("\"tokens\""))
        let result = try Ronten.run(["analyze", "--tokens", "-"], stdin: "過剰投資を疑う声もあった。\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"surface\": \"過剰\""))
        #expect(result.stdout.contains("\"baseForm\": \"疑う\""))
    }
}
