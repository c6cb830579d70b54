extension CaseFile {
    /// The digest of a case file's bytes as they were received: `sha256:` followed by the 64
    /// lower-case hexadecimal digits of their SHA-256 (FIPS 180-4).
    ///
    /// An audit record names the exact document a decision was made from with it (the decision
    /// log of `medip-service` does): the bytes are hashed as given, before any decoding, so two
    /// files that decode to the same case but differ in white space or key order have different
    /// digests. The hash is the library's own portable SHA-256 (the same one behind
    /// ``Evaluator/ruleSetDigest``), checked against the NIST test vectors.
    public static func digest<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        "sha256:" + SHA256.hexDigest(bytes)
    }
}
