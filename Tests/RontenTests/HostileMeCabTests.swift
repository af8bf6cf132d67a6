import Foundation
import RontenCore
import Testing
@testable import RontenLanguage
@testable import Ronten

/// MeCab reads a sentence by pointer and length, but where only spaces are
/// left its dictionary lookup measures the rest with strlen: on a buffer that
/// is not NUL-terminated that read runs past the sentence (found by
/// `make fuzz`; AddressSanitizer: heap-buffer-overflow in strlen under
/// MeCab::Tokenizer::lookup).
@Suite(.enabled(if: (try? JapaneseTokenizer()) != nil, "needs MeCab with IPADIC"))
struct HostileMeCabTests {
    @Test func aSentenceEndingInASpaceIsReadWithinItsOwnBytes() throws {
        // The sentence ends exactly where a page that cannot be read begins,
        // so a read past its end faults instead of passing unseen.
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let region = try #require(mmap(nil, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0))
        defer { munmap(region, 2 * page) }
        #expect(mprotect(region + page, page, PROT_NONE) == 0)
        let sentence = Array("日本語の文 ".utf8)
        let start = region.advanced(by: page - sentence.count).assumingMemoryBound(to: UInt8.self)
        start.initialize(from: sentence, count: sentence.count)
        var surfaces: [String] = []
        let failure = try MeCabModel.shared().makeTagger().parse(UnsafeBufferPointer(start: start, count: sentence.count)) {
            surfaces.append(String(decoding: sentence[$0.start..<$0.end], as: UTF8.self))
        }
        #expect(failure == nil)
        #expect(surfaces == ["日本語", "の", "文"])
    }

    @Test func theFuzzedInputThatOverranMeCabIsAnalysedWholly() throws {
        // The crash `make fuzz` found, minimised (its mode byte, plain text,
        // dropped): ASCII runs and the byte 0xAE, Shift_JIS half-width ｮ,
        // over 1,024 bytes once decoded, so the tokenizer cut it after a space.
        func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }
        func sjis(_ count: Int) -> [UInt8] { Array(repeating: 0xAE, count: count) }
        let bytes = ascii("OnIntTe\re#########") + sjis(67) + ascii("ue#######c#########equenc#######eque#########")
            + sjis(88) + ascii("#####eque#######c#####*#equ") + sjis(44)
            + ascii("ue#######c#########equnc#######eque#########") + sjis(88)
            + ascii("###eque#######c#######*#equence.")
        #expect(bytes.count == 453)
        let analysis = try Pipeline(ingestor: .init(format: .text)).analyze(bytes, path: "fuzz.txt")
        #expect(analysis.document.source.encoding == .shiftJIS)
        let text = analysis.document.sentences.map(\.text).joined(separator: " ")
        #expect(text.hasPrefix("OnIntTe"))
        #expect(text.hasSuffix("equence."))
        #expect(text.unicodeScalars.filter { $0 == "ｮ" }.count == 287)
    }
}
