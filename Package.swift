// swift-tools-version: 6.0
import Foundation
import PackageDescription

// The `ronten` command allocates with mimalloc (Debian libmimalloc-dev):
// a corpus report makes millions of small allocations, and glibc's malloc
// and free were 13 % of its instructions (docs/performance.md). Sanitizer
// builds keep the system allocator, which the sanitizers replace; `make
// test-sanitize` and `make fuzz` set RONTEN_SYSTEM_MALLOC.
let allocator: [LinkerSetting] = ProcessInfo.processInfo.environment["RONTEN_SYSTEM_MALLOC"] == nil
    ? [.linkedLibrary("mimalloc", .when(platforms: [.linux]))] : []

// The pipeline of DESIGN.md: each module depends only on the stages to its left.
let package = Package(
    name: "Ronten",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ronten", targets: ["ronten"]),
        .library(name: "Ronten", targets: ["Ronten"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // Debian ships no .pc file for MeCab, so the module map links it by name.
        .systemLibrary(
            name: "CMeCab",
            providers: [.apt(["libmecab-dev", "mecab-ipadic-utf8"]), .brew(["mecab", "mecab-ipadic"])]
        ),
        // OpenSSL's libcrypto, for SHA-256 only: a warm `check` hashes every
        // article, and its SHA-NI code runs ten times as fast as portable code.
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"]), .brew(["openssl"])]
        ),
        .target(name: "RontenCore", dependencies: ["CCrypto"]),
        .target(name: "RontenIngest", dependencies: ["RontenCore", "CCmark", "Yams"]),
        .target(name: "RontenLanguage", dependencies: ["RontenCore", "CMeCab"]),
        // Lexicons/ holds the word lists as data; they are built into the
        // binary (Cues/EmbeddedLexicons.swift, regenerated and checked by
        // EmbeddedLexiconsTests) so that `ronten` runs without files beside it.
        .target(
            name: "RontenAnalysis",
            dependencies: ["RontenCore", "RontenLanguage"],
            exclude: ["Lexicons"]
        ),
        .target(
            name: "RontenReport",
            dependencies: ["RontenCore", "CCmark", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(
            name: "Ronten",
            dependencies: ["RontenCore", "RontenIngest", "RontenLanguage", "RontenAnalysis", "RontenReport"]
        ),
        .executableTarget(
            name: "ronten",
            dependencies: ["Ronten", "RontenAnalysis", "RontenReport", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            linkerSettings: allocator
        ),
        // `make bench`: the pipeline against cmark and mecab on the same files.
        .executableTarget(name: "ronten-bench"),
        // `make fuzz`: libFuzzer over ingestion and analysis of arbitrary bytes
        // (built with -sanitize=fuzzer; not part of a normal build's products).
        .executableTarget(name: "ronten-fuzz", dependencies: ["Ronten", "RontenReport"]),
        .testTarget(name: "RontenCoreTests", dependencies: ["RontenCore"]),
        .testTarget(name: "RontenIngestTests", dependencies: ["RontenIngest"]),
        .testTarget(name: "RontenLanguageTests", dependencies: ["RontenLanguage", "RontenIngest"]),
        .testTarget(name: "RontenAnalysisTests", dependencies: ["RontenAnalysis", "Ronten"]),
        .testTarget(name: "RontenReportTests", dependencies: ["RontenReport", "Ronten"], exclude: ["Golden"]),
        .testTarget(name: "RontenTests", dependencies: ["Ronten"]),
        .testTarget(name: "rontenTests", dependencies: ["ronten"]),
    ],
    swiftLanguageModes: [.v6]
)
