import Foundation
import Glibc
@testable import RontenIngest
import RontenCore

/// The package root, found from this file's path.
let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        url.deleteLastPathComponent()
    }
    return url
}()

/// ../shared beside the repository: development data, never copied in.
let sharedFolder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
let seedPath = sharedFolder.appendingPathComponent("seed/000_00915512783cc359.txt").path
let hasSeed = FileManager.default.fileExists(atPath: seedPath)

func ingest(_ text: String, path: String = "test.md") throws -> Document {
    try Ingestor().ingest(Array(text.utf8), path: path)
}

/// Re-encodes UTF-8 text through iconv, to make real Shift_JIS, EUC-JP and
/// UTF-16 files.
func encode(_ text: String, to encoding: String) -> [UInt8] {
    let converter = iconv_open(encoding, "UTF-8")
    precondition(converter != iconv_t(bitPattern: -1), "iconv lacks \(encoding)")
    defer { iconv_close(converter) }
    var input = Array(text.utf8)
    var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
    let written = input.withUnsafeMutableBufferPointer { source in
        output.withUnsafeMutableBufferPointer { target -> Int in
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(source.baseAddress!).assumingMemoryBound(to: CChar.self)
            var inLeft = source.count
            var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(target.baseAddress!).assumingMemoryBound(to: CChar.self)
            var outLeft = target.count
            let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
            precondition(result != -1 && inLeft == 0, "cannot encode as \(encoding)")
            return target.count - outLeft
        }
    }
    return Array(output[0..<written])
}

extension Document {
    var headings: [String] { sections.compactMap { $0.heading?.text } }
    var blockTexts: [String] { blocks.map(\.text) }
}
