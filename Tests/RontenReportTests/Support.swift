import Foundation
import Ronten
import RontenCore
@testable import RontenReport

/// The package root, found from this file.
let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        url.deleteLastPathComponent()
    }
    return url
}()

let seedPath = packageRoot.appendingPathComponent("../shared/seed/000_00915512783cc359.txt").standardized.path
let seedExists = FileManager.default.fileExists(atPath: seedPath)

/// What the pipeline makes of an article file today (the document part).
func analyzeFile(_ relativePath: String) throws -> Analysis {
    let url = relativePath.hasPrefix("/") ? URL(fileURLWithPath: relativePath) : packageRoot.appendingPathComponent(relativePath)
    return try Pipeline().analyze(Array(try Data(contentsOf: url)), path: relativePath)
}

func analyzeText(_ text: String, path: String = "hostile.md") throws -> Analysis {
    try Pipeline().analyze(Array(text.utf8), path: path)
}

/// Hand-built evaluator and tree output on top of a real document, so the
/// report can be tested before the evaluator and the tree builder land.
/// Marks are found by plain substring search: test code, not a hot path.
enum Enrich {
    static let hedges = ["may", "likely", "suggests", "could", "かもしれない", "可能性", "だろう", "とみられる"]
    static let boosters = ["Clearly", "inevitably", "undoubtedly", "always", "明らかに", "必ず", "間違いなく", "非常に"]
    static let anonymous = ["Some analysts say", "Critics argue", "という声もある", "声もあれば", "との見方もある"]
    static let names = ["Northwind", "AWS", "Meta", "LLaMA", "OpenAI", "Android", "北斗", "Hokuto"]

    static func full(_ analysis: Analysis) -> Analysis {
        var analysis = analysis
        let sentences = analysis.document.sentences
        var quantities: [Mention<Quantity>] = []
        var cues: [Mention<Cue>] = []
        var entityMentions: [String: [EntityMention]] = [:]
        for sentence in sentences {
            let bytes = Array(sentence.text.utf8)
            for (start, end) in figures(bytes) {
                let text = String(decoding: bytes[start..<end], as: UTF8.self)
                let percent = text.hasSuffix("%") || text.hasSuffix("％")
                let quantity = Quantity(text: text, start: start, end: end, kind: percent ? .percent : .plain,
                                        value: Double(String(text.filter { $0.isASCII && ($0.isNumber || $0 == ".") })).map { percent ? $0 / 100 : $0 },
                                        unit: percent ? "percent" : nil)
                quantities.append(Mention(sentence: sentence.id, range: range(sentence, start, end), value: quantity))
            }
            for (words, kind) in [(hedges, Cue.Kind.hedge), (boosters, .booster), (anonymous, .attribution)] {
                for word in words {
                    for start in occurrences(Array(word.utf8), in: bytes) {
                        let end = start + word.utf8.count
                        let cue = Cue(kind: kind, source: kind == .attribution ? .anonymous : nil, text: word, start: start, end: end,
                                      entry: "test.\(kind.rawValue)")
                        cues.append(Mention(sentence: sentence.id, range: range(sentence, start, end), value: cue))
                    }
                }
            }
            for name in names {
                for start in occurrences(Array(name.utf8), in: bytes) {
                    entityMentions[name, default: []].append(EntityMention(sentence: sentence.id, text: name,
                                                                            range: range(sentence, start, start + name.utf8.count)))
                }
            }
        }
        let entities = names.compactMap { name in entityMentions[name].map { Entity(name: name, kind: .organisation, mentions: $0) } }
        analysis.annotations = Annotations(quantities: quantities, entities: entities, cues: cues)

        var claims: [Claim] = []
        for (index, sentence) in sentences.enumerated() where index % 3 == 0 {
            let hedged = cues.contains { $0.sentence == sentence.id && $0.value.kind == .hedge }
            let boosted = cues.contains { $0.sentence == sentence.id && $0.value.kind == .booster }
            let figures = quantities.filter { $0.sentence == sentence.id }
            claims.append(Claim(id: "c\(claims.count + 1)", sentence: sentence.id, text: sentence.text, range: sentence.range,
                                type: figures.isEmpty ? .evaluative : .statistical,
                                certainty: boosted ? .boosted : hedged ? .hedged : .plain,
                                certaintyCues: cues.filter { $0.sentence == sentence.id && $0.value.kind != .attribution }.map(\.value.text),
                                evidence: figures.prefix(1).map { Evidence(kind: .figure, sentence: sentence.id, text: $0.value.text, range: $0.range) }))
        }
        analysis.claims = claims

        var findings: [Finding] = []
        for mention in cues {
            guard let sentence = sentences.first(where: { $0.id == mention.sentence }) else { continue }
            switch mention.value.kind {
            case .booster:
                findings.append(Finding(rule: "overconfident-prediction", severity: .error,
                                        message: LocalizedText(ja: "断定が強すぎる予測です。", en: "The prediction is stated too confidently."),
                                        range: sentence.range, sentence: sentence.id, evidence: [mention.value.text]))
            case .attribution:
                findings.append(Finding(rule: "anonymous-attribution", severity: .warning,
                                        message: LocalizedText(ja: "誰の見解か示されていません。", en: "The view is not attributed to anyone."),
                                        range: sentence.range, sentence: sentence.id, evidence: [mention.value.text]))
            default:
                continue
            }
        }
        if let first = quantities.first {
            findings.append(Finding(rule: "figure-without-source", severity: .info,
                                    message: LocalizedText(ja: "数値の出典がありません。", en: "The figure has no source."),
                                    range: first.range, sentence: first.sentence, evidence: [first.value.text]))
        }
        analysis.findings = findings
        analysis.argument = tree(analysis.document)
        return analysis
    }

    /// The first sentence is the thesis, each section's first sentence a claim
    /// under it, and up to `perSection` later sentences evidence, one of them
    /// an opponent's counterpoint answered by a rebuttal.
    static func tree(_ document: Document, perSection: Int = 4) -> ArgumentTree {
        var nodes: [ArgumentNode] = []
        var relations: [ArgumentRelation] = []
        func add(_ sentence: Sentence, _ role: ArgumentNode.Role, _ stance: ArgumentNode.Stance = .proponent,
                 to parent: String?, _ type: ArgumentRelation.Kind = .supports) -> String {
            let id = "n\(nodes.count + 1)"
            nodes.append(ArgumentNode(id: id, role: role, stance: stance, sentences: [sentence.id], text: sentence.text, range: sentence.range))
            if let parent { relations.append(ArgumentRelation(from: id, to: parent, type: type, basis: ["position"], confidence: 0.5)) }
            return id
        }
        guard let first = document.sentences.first else { return ArgumentTree() }
        let thesis = add(first, .thesis, to: nil)
        for section in document.sections {
            let sentences = section.blocks.flatMap(\.sentences).filter { $0.id != first.id }
            guard let lead = sentences.first else { continue }
            let claim = add(lead, .claim, to: thesis)
            for (index, sentence) in sentences.dropFirst().prefix(perSection).enumerated() {
                if index == 1 {
                    let counter = add(sentence, .counterpoint, .opponent, to: claim, .attacks)
                    if let answer = sentences.dropFirst(perSection + 1).first {
                        _ = add(answer, .rebuttal, to: counter, .attacks)
                    }
                } else {
                    _ = add(sentence, index == 0 ? .evidence : .premise, to: claim, index == 2 ? .exemplifies : .supports)
                }
            }
        }
        return ArgumentTree(nodes: nodes, relations: relations)
    }

    static func range(_ sentence: Sentence, _ start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: SourcePosition(offset: sentence.range.start.offset + start, line: sentence.range.start.line, column: sentence.range.start.column),
                    end: SourcePosition(offset: sentence.range.start.offset + end, line: sentence.range.start.line, column: sentence.range.start.column))
    }

    static func occurrences(_ needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        return (0...(haystack.count - needle.count)).filter { Array(haystack[$0..<($0 + needle.count)]) == needle }
    }

    /// Runs of ASCII digits with `.`/`,` inside, a leading `$` and a trailing `%`.
    static func figures(_ bytes: [UInt8]) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var index = 0
        func digit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        while index < bytes.count {
            guard digit(bytes[index]) else { index += 1; continue }
            var start = index
            if start > 0 && bytes[start - 1] == UInt8(ascii: "$") { start -= 1 }
            while index < bytes.count && (digit(bytes[index]) || ((bytes[index] == 0x2E || bytes[index] == 0x2C) && index + 1 < bytes.count && digit(bytes[index + 1]))) {
                index += 1
            }
            if index < bytes.count && bytes[index] == UInt8(ascii: "%") { index += 1 }
            out.append((start, index))
        }
        return out
    }
}

func render(_ analysis: Analysis, locale: ReportLocale? = nil) -> (html: String, markdown: String) {
    let report = ArticleReport(analysis, options: ReportOptions(locale: locale))
    return (report.html(), report.markdown())
}

extension String {
    func occurrences(of needle: String) -> Int {
        var count = 0
        var rest = self[...]
        while let found = rest.range(of: needle) {
            count += 1
            rest = rest[found.upperBound...]
        }
        return count
    }
}
