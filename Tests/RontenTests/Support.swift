import Foundation
import Glibc
import Ronten
import RontenCore

let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        url.deleteLastPathComponent()
    }
    return url
}()

let sharedFolder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
let seedURL = sharedFolder.appendingPathComponent("seed/000_00915512783cc359.txt")
let hasSeed = FileManager.default.fileExists(atPath: seedURL.path)

func example(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: packageRoot.appendingPathComponent("Examples/\(name)")))
}

func analyze(_ bytes: [UInt8], path: String) throws -> Analysis {
    try Pipeline().analyze(bytes, path: path)
}

/// Re-encodes UTF-8 bytes through iconv (real Shift_JIS, EUC-JP, UTF-16 files).
func reencode(_ utf8: [UInt8], to encoding: String) -> [UInt8] {
    let converter = iconv_open(encoding, "UTF-8")
    precondition(converter != iconv_t(bitPattern: -1))
    defer { iconv_close(converter) }
    var input = utf8
    var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
    let written = input.withUnsafeMutableBufferPointer { source in
        output.withUnsafeMutableBufferPointer { target -> Int in
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(source.baseAddress!).assumingMemoryBound(to: CChar.self)
            var inLeft = source.count
            var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(target.baseAddress!).assumingMemoryBound(to: CChar.self)
            var outLeft = target.count
            precondition(iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1)
            return target.count - outLeft
        }
    }
    return Array(output[0..<written])
}
