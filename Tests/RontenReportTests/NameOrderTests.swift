import RontenCore
import Testing
@testable import RontenReport

/// NameOrder must give exactly Swift's order of (name, kind), whichever
/// way it compares a pair.
@Suite struct NameOrderTests {
    static let names = [
        "北斗電機", "北斗", "トヨタ", "とよた", "AWS", "Amazon", "amazon", "Zürich", "Zu\u{308}rich", "ｱﾏｿﾞﾝ",
        "が", "か\u{3099}", "メタ", "Meta", "東京", "京都", "", "Ωmega", "é", "e\u{301}", "「論点」", "丼", "\u{F900}",
    ]

    @Test func ordersAsSwiftOrdersNameThenKind() {
        var entities: [Entity] = []
        for (index, name) in Self.names.enumerated() {
            entities.append(Entity(name: name, kind: index % 2 == 0 ? .organisation : .person, mentions: []))
            entities.append(Entity(name: name, kind: .place, mentions: []))
        }
        let expected = entities.sorted { ($0.name, $0.kind.rawValue) < ($1.name, $1.kind.rawValue) }
        let found = NameOrder.sorted(entities.reversed())
        #expect(found.map(\.name) == expected.map(\.name))
        #expect(found.map(\.kind) == expected.map(\.kind))
    }

    @Test func onlyNamesOfPlainScalarsAreComparedAsBytes() {
        #expect(!NameOrder.isPlainNFC("ｰ"))  // half-width forms are past U+FF00: not compared as bytes
        #expect(NameOrder.isPlainNFC("北斗電機 AWS Zürich「論点」"))
        #expect(!NameOrder.isPlainNFC("Zu\u{308}rich"))
        #expect(!NameOrder.isPlainNFC("か\u{3099}"))
        #expect(!NameOrder.isPlainNFC("\u{F900}"))
    }
}
