import Foundation
import RontenAnalysis
import RontenCore
import Testing

/// Sentences of the seed article (a Japanese piece on Meta's 2025 AI strategy).
@Suite("Seed article figures")
struct QuantityTestsSeedArticle {
    @Test func readsTheCapexSentenceWithExactByteRanges() {
        let text = "Metaが2025年にAIインフラとデータセンターに600億~650億ドルの資本配分を発表した際、"
        let found = scannedQuantities(text)
        #expect(found.map(\.text) == ["2025年", "600億~650億ドル"])
        #expect(found[0].range == 7..<14)
        #expect(found[0].kind == .year)
        #expect(found[0].value == 2025)
        #expect(found[1].range == 58..<77)
        #expect(found[1].range == utf8Range(of: "600億~650億ドル", in: text))
        #expect(found[1].kind == .money)
        #expect(found[1].unit == "USD")
        #expect(found[1].low == 6.0e10)
        #expect(found[1].high == 6.5e10)
    }

    @Test func readsFifteenYearsAgo() {
        let q = soleQuantity("これは、15年前のAWSと同じ戦略だ")
        #expect(q?.text == "15年前")
        #expect(q?.kind == .relativeTime)
        #expect(q?.value == -15)
        #expect(q?.unit == "year")
    }

    @Test func readsThreeMovesButNotTheThirdCheck() {
        #expect(scannedQuantities("3つ目の現実チェックは、Meta内部からもたらされた。").isEmpty)
        let q = soleQuantity("これら3つの動き—インフラへのコミットメント")
        #expect(q?.text == "3つ")
        #expect(q?.kind == .count)
        #expect(q?.value == 3)
    }

    @Test func readsBillionsOfAccountsAndPeople() {
        let accounts = soleQuantity("インテリジェンスは、何十億ものアカウントで実際のユーザー体験に現れるときに成功する。")
        #expect(accounts?.text == "何十億")
        #expect(accounts?.approximation == .vague)
        #expect(accounts?.magnitude == 9)
        let users = soleQuantity("Facebook、Instagram、WhatsAppの何十億人ものユーザーがいることで")
        #expect(users?.text == "何十億人")
        #expect(users?.unit == "人")
        #expect(users?.magnitude == 9)
    }

    @Test func readsTheComingYearsAndIgnoresQuarters() {
        let text = "2025年の戦略的リセットの真の指標は四半期の結果には現れず、今後の数年間にわたり、"
        let found = scannedQuantities(text)
        #expect(found.map(\.text) == ["2025年", "今後の数年間"])
        #expect(found[1].kind == .relativeTime)
        #expect(found[1].unit == "year")
        #expect(found[1].low == 1)
        #expect(found[1].high == 10)
        #expect(found[1].range == utf8Range(of: "今後の数年間", in: text))
    }

    static let seedPath: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { break }
        }
        return url.deletingLastPathComponent().appendingPathComponent("shared/seed/000_00915512783cc359.txt").path
    }()

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedPath)))
    func findsEveryFigureOfTheWholeArticle() throws {
        let text = try String(contentsOfFile: Self.seedPath, encoding: .utf8)
        let body = text.split(separator: "\n").dropFirst().map { scannedQuantities(String($0)).map(\.text) }.flatMap { $0 }
        #expect(body == ["2025年", "2025年", "600億~650億ドル", "15年前", "2025年", "何十億", "何十億人", "3つ",
                         "何十億", "2025年", "今後の数年間"])
    }
}
