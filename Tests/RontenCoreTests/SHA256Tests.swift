import RontenCore
import Testing

/// Digests checked against coreutils `sha256sum`. The patterned inputs are
/// byte i = (i * 31 + 7) mod 256, so each length is a different message;
/// 55, 56, 63 and 64 bytes are where the padding needs one block or two.
struct SHA256BlockEdgeTests {
    static func patterned(_ count: Int) -> [UInt8] { (0..<count).map { UInt8(($0 * 31 + 7) % 256) } }

    static let digests: [(Int, String)] = [
        (0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (1, "ca358758f6d27e6cf45272937977a748fd88391db679ceda7dc7bf1f005ee879"),
        (3, "647674a296197442f518bcca323ec605dd8d098b2d4f22ee1fdcdd2bb753a189"),
        (55, "8aa994584139d128848eeebc4e815639ba5ab6e6e39574195a63ac4f14f7c43b"),
        (56, "ad574708f75c044c9b85de64cb568ee7711ff4f36448c6242f053ba8f6cc2b63"),
        (63, "280ed3e8ff1df845b2e7dfe6ac6cee817bef20e783cc65abc41b818b4d2fe076"),
        (64, "c6ab9724ade5b6a7a1edfffb12f3aa9181351355af8fd08c919952ad211339dd"),
        (65, "788367c73c7ddf4c53f65e68cc0d943e6227ab55b0e78ba63ace822b1c6301c0"),
        (119, "3d610547d68216dedf7435a4fb6260353911f6b3fd3f18805ddb8be285d726fe"),
        (120, "1f80156a804cb7862ad113e8200e9d74499723e7c7854d5f48776d3148e09656"),
        (127, "192409cd280e14b743642ad1343fbd3e82d9305de72c078117745a679210cc3d"),
        (128, "cc548ca2dec1f6fe4f58b2e27aa9c7521607df1130d140b55a4dad0665302356"),
        (1000, "5097e7d587352f5097062ae679f37bda5802d9f875aba14c8cb4d1a188ada179"),
        (100_000, "731620161155f68e1209f22bc34a726bf5a583f40acf23ae55684b674fdbebf2"),
    ]

    @Test func standardVectorsHashAsFIPSGivesThem() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test(arguments: digests)
    func everyLengthAroundTheBlockEdgesHashesAsSha256sumDoes(_ count: Int, _ digest: String) {
        #expect(SHA256.hex(Self.patterned(count)) == digest)
    }

    @Test(arguments: digests)
    func feedingInUnevenPiecesGivesTheSameDigest(_ count: Int, _ digest: String) {
        let bytes = Self.patterned(count)
        for piece in [1, 7, 55, 63, 64, 65] {
            var hasher = SHA256()
            var start = 0
            while start < bytes.count {
                let end = min(bytes.count, start + piece)
                hasher.update(bytes[start..<end])
                start = end
            }
            #expect(hasher.finalizeHex() == digest, "pieces of \(piece)")
        }
    }

    @Test func aCollectionWithoutContiguousStorageHashesLikeItsArray() {
        let bytes = Self.patterned(200)
        #expect(SHA256.hex(bytes.lazy.map { $0 }) == "\(SHA256.hex(bytes))")
        #expect(SHA256.hex(bytes.reversed().reversed()) == SHA256.hex(bytes))
    }
}
