import Foundation
import Testing
@testable import RontenReport

/// The binary carries Templates/ as Swift source; this test keeps the two equal.
@Suite struct EmbeddedTemplatesTests {
    @Test func embeddedTemplatesMatchTheTemplatesFolder() throws {
        let folder = packageRoot.appendingPathComponent("Templates")
        let files = try PageTemplates.fileNames.map { name in
            (name: name, text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
        let generated = TemplateEmbedding.source(files)
        let target = packageRoot.appendingPathComponent("Sources/RontenReport/Templates/EmbeddedTemplates.swift")
        if ProcessInfo.processInfo.environment["RONTEN_UPDATE_TEMPLATES"] == "1" {
            try generated.write(to: target, atomically: true, encoding: .utf8)
        }
        let current = try String(contentsOf: target, encoding: .utf8)
        #expect(current == generated, "Templates/ changed: run RONTEN_UPDATE_TEMPLATES=1 swift test --filter EmbeddedTemplates and rebuild")
        for file in files { #expect(EmbeddedTemplates.files[file.name] == file.text) }
    }

    @Test func aRawLiteralDelimiterOutlastsAnyHashRunInTheText() {
        #expect(TemplateEmbedding.delimiterLength("plain") == 1)
        #expect(TemplateEmbedding.delimiterLength("a \"## b \\# c") == 3)
    }

    @Test func aTemplatesFolderOverridesOnlyTheFilesItHolds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ronten-templates-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "<p>{{title}}</p>{{{body}}}".write(toFile: folder + "/article.html.mustache", atomically: true, encoding: .utf8)
        let templates = try PageTemplates(folder: folder)
        let report = ArticleReport(try analyzeText("# A <b>title</b>\n\nText.", path: "t.md"), options: ReportOptions(templates: templates))
        #expect(report.html().hasPrefix("<p>A &lt;b&gt;title&lt;/b&gt;</p><section id=\"summary\">"))
        #expect(templates.style == PageTemplates.embedded.style)
    }

    @Test func aBrokenTemplateIsReportedWithItsPath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ronten-templates-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "{{#open}}never closed".write(toFile: folder + "/index.html.mustache", atomically: true, encoding: .utf8)
        #expect(throws: PageTemplates.LoadError.self) { try PageTemplates(folder: folder) }
    }
}
