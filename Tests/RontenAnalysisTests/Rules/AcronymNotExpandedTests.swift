@testable import RontenAnalysis
import RontenCore
import Testing

struct AcronymNotExpandedTests {
    let rule = AcronymNotExpanded()

    @Test func flagsTheFirstUseOfAnUnexplainedAcronym() throws {
        let found = try findings(rule, "Our ARR grew quickly.\n\nThe ARR now funds the sales team.\n")
        #expect(found.map(\.rule) == ["acronym-not-expanded"])
        #expect(marks(found) == ["1:5 ARR"])
        #expect(found.first?.message.en == "The acronym \"ARR\" is never spelled out.")
    }

    @Test func flagsAnUnexplainedAcronymInJapanese() throws {
        let found = try findings(rule, "当社のTAMは大きい。\n")
        #expect(marks(found) == ["1:4 TAM"])
        #expect(found.first?.message.ja == "略語「TAM」が記事の中で展開されていません。")
    }

    @Test func staysSilentOnceTheAcronymIsSpelledOut() throws {
        #expect(try findings(rule, "Annual recurring revenue (ARR) grew. ARR now funds sales.\n").isEmpty)
        #expect(try findings(rule, "ARR (annual recurring revenue) grew quickly.\n").isEmpty)
        #expect(try findings(rule, "年間経常収益（ARR）は伸びた。ARRは重要だ。\n").isEmpty)
        #expect(try findings(rule, "The ARR grew. Later we define annual recurring revenue (ARR).\n").isEmpty)
    }

    @Test func staysSilentOnKnownAcronymsAndCapitalsInsideWords() throws {
        #expect(try findings(rule, "The CEO said AI and GPUs drive OpenAI and iOS in the EU.\n").isEmpty)
        #expect(try findings(rule, "LLaMA shipped in Q3 at the G7.\n").isEmpty)
    }

    @Test func readsTheBytesOnce() {
        let uses = AcronymNotExpanded.acronyms(in: "KPIs and LTV (lifetime value) vs CAC.")
        #expect(uses.map(\.acronym) == ["KPI", "LTV", "CAC"])
        #expect(uses.map(\.expanded) == [false, true, false])
        #expect(uses.map(\.span) == [0..<3, 9..<12, 33..<36])
    }

    /// The eight-byte skip must see a capital at any place in the word and
    /// nothing else: every byte value at every position, among bytes that
    /// are not capitals.
    @Test func theWordTestFindsExactlyTheCapitals() {
        for position in 0..<8 {
            for value in 0...255 {
                var bytes = [UInt8](repeating: 0xE3, count: 8)
                if position > 0 { bytes[position - 1] = 0x40 }
                if position < 7 { bytes[position + 1] = 0x5B }
                bytes[position] = UInt8(value)
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect(AcronymNotExpanded.hasCapital(word) == (0x41...0x5A).contains(value), "byte \(value) at \(position)")
            }
        }
        #expect(AcronymNotExpanded.acronyms(in: "あいうえおかきくけこARRさしすせそ").map(\.acronym) == ["ARR"])
    }
}
