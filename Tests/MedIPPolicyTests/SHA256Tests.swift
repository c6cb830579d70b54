import Testing
@testable import MedIPPolicy

/// The library's own SHA-256 against the FIPS 180-4 examples (NIST's "SHA-256 examples" and the
/// one-million-"a" vector of the Secure Hash Standard validation).
@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",  // 448 bits
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",  // 896 bits
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func nistVectors(_ message: String, _ digest: String) {
        #expect(SHA256.hexDigest(Array(message.utf8)) == digest)
    }

    @Test func aMillionAs() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hexDigest(message) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Fed in pieces of every awkward size (across block and padding boundaries), and from a
    /// non-contiguous sequence, the digest is the one-shot digest.
    @Test func piecewiseUpdatesGiveTheOneShotDigest() {
        let message = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        for length in [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1_000] {
            let whole = SHA256.hash(message.prefix(length))
            for piece in [1, 3, 63, 64, 65] {
                var hasher = SHA256()
                var start = 0
                while start < length {
                    let end = min(length, start + piece)
                    hasher.update(message[start..<end])
                    start = end
                }
                #expect(hasher.finalize() == whole, "length \(length), pieces of \(piece)")
            }
            var lazy = SHA256()
            lazy.update(message.prefix(length).lazy.map { $0 })
            #expect(lazy.finalize() == whole)
        }
        #expect(SHA256.hash([UInt8]()).count == 32)
    }
}
