import Foundation
import RontenCore
import Testing
@testable import RontenAnalysis

/// Measures the cue lexicons on third-party development data in
/// ../shared/data/hedging. The data is only read here, never copied.
struct CueCorpusTests {
    static let hedgingFolder: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                let data = folder.deletingLastPathComponent().appendingPathComponent("shared/data/hedging")
                return FileManager.default.fileExists(atPath: data.path) ? data : nil
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    /// Sentences of bio_bmc.xml as plain text, with whether they hold a
    /// `<ccue>` (uncertain, the CoNLL-2010 task 1 definition).
    static func bioSentences() throws -> [(text: String, uncertain: Bool)] {
        let folder = try #require(hedgingFolder)
        let xml = try String(contentsOf: folder.appendingPathComponent("bio_bmc.xml"), encoding: .utf8)
        var sentences: [(String, Bool)] = []
        var rest = Substring(xml)
        while let open = rest.range(of: "<Sentence ") {
            guard let bodyStart = rest[open.upperBound...].range(of: ">"),
                  let close = rest[bodyStart.upperBound...].range(of: "</Sentence>") else { break }
            let body = rest[bodyStart.upperBound..<close.lowerBound]
            sentences.append((plainText(body), body.contains("<ccue")))
            rest = rest[close.upperBound...]
        }
        return sentences
    }

    static func plainText(_ markup: Substring) -> String {
        var text = ""
        var inTag = false
        for character in markup {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag {
                text.append(character)
            }
        }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test(.enabled(if: hedgingFolder != nil))
    func hedgedSentencesOfBioScopeMatchGoldUncertaintyWithF1AboveFloor() throws {
        let matcher = CueMatcher.standard
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        let sentences = try Self.bioSentences()
        let clock = ContinuousClock()
        var matching = Duration.zero
        for sentence in sentences {
            var cues: [Cue] = []
            matching += clock.measure { cues = matcher.cues(in: sentence.text, language: .english) }
            let hedged = matcher.certainty(of: cues) == .hedged
            switch (hedged, sentence.uncertain) {
            case (true, true): truePositives += 1
            case (true, false): falsePositives += 1
            case (false, true): falseNegatives += 1
            case (false, false): break
            }
        }
        let precision = Double(truePositives) / Double(truePositives + falsePositives)
        let recall = Double(truePositives) / Double(truePositives + falseNegatives)
        let f1 = 2 * precision * recall / (precision + recall)
        print(String(format: "bio_bmc: %d sentences, %d uncertain; hedged P=%.3f R=%.3f F1=%.3f (tp %d fp %d fn %d)",
                     sentences.count, truePositives + falseNegatives, precision, recall, f1,
                     truePositives, falsePositives, falseNegatives) + ", matching took \(matching)")
        #expect(sentences.count == 2773)
        #expect(truePositives + falseNegatives == 481)
        #expect(f1 >= 0.68)
    }
}

extension CueCorpusTests {
    struct Case: Decodable {
        var text: String
        var expect_flag: Bool
        var check: String?
    }

    static func cases(_ file: String) throws -> [Case] {
        let folder = try #require(hedgingFolder)
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Case.self, from: Data($0.utf8)) }
    }

    @Test(.enabled(if: hedgingFolder != nil))
    func japaneseWeakPhrasesAgreeWithTextlintCases() throws {
        let cases = try Self.cases("ja_no_weak_phrase.jsonl")
        let agreeing = cases.filter { item in
            CueMatcher.standard.cues(in: item.text, language: .japanese).contains { $0.kind == .weakPhrase }
                == item.expect_flag
        }
        print("ja_no_weak_phrase: \(agreeing.count) of \(cases.count) cases agree")
        #expect(cases.count == 10)
        #expect(agreeing.count == 10)
    }

    @Test(.enabled(if: hedgingFolder != nil))
    func englishWeakPhrasesAgreeWithProselintHedgingAndWeaselCases() throws {
        let cases = try Self.cases("proselint_examples.jsonl").filter {
            $0.check == "hedging" || $0.check == "weasel_words"
        }
        let agreeing = cases.filter { item in
            CueMatcher.standard.cues(in: item.text, language: .english).contains { $0.kind == .weakPhrase }
                == item.expect_flag
        }
        print("proselint hedging+weasel_words: \(agreeing.count) of \(cases.count) cases agree")
        #expect(cases.count == 7)
        #expect(agreeing.count == 7)
    }
}
