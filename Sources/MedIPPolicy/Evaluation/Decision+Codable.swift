extension Decision {
    enum CodingKeys: String, CodingKey {
        case schemaVersion, libraryVersion, ruleSetDigest
        case caseID, asOf, regime, disposition, concurrentDispositions, supersededDispositions, obligations
        case consequences, flags, conflicts, trace
    }

    /// Decodes a stored decision strictly, audit fields included.
    ///
    /// - `schemaVersion` must be ``currentSchemaVersion``, written exactly as an integer (a
    ///   decision of another format version is an error naming the field, never read as if it
    ///   were this one); `libraryVersion` and `ruleSetDigest` must be present, the digest as
    ///   `sha256:` and 64 lower-case hexadecimal digits. `trace` may be absent (a summary decision).
    /// - A key this library does not write, anywhere in the decision (in the disposition, an
    ///   obligation, a flag, the trace …), is an `unknownKey` error naming its path, e.g.
    ///   `obligations[0].dueDate`, with the nearest known key as a suggestion. A platform that
    ///   stores keys of its own inside decisions reads them with the escape hatch,
    ///   ``userInfo(for:)`` with ``CaseFile/DecodingOptions/allowingUnknownKeys`` on its
    ///   decoder (or ``CaseFile/decode(_:from:options:)``); nothing else is relaxed.
    public init(from decoder: any Decoder) throws {
        self = try decoder.auditingKeys { try Decision(auditing: $0) }
    }

    private init(auditing decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let version = try c.decodeInteger(forKey: .schemaVersion, in: decoder)
        guard version == Decision.currentSchemaVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .schemaVersion, in: c,
                debugDescription: "decision schemaVersion \(version) is not supported; this library reads \(Decision.currentSchemaVersion)")
        }
        schemaVersion = version
        libraryVersion = try c.decode(String.self, forKey: .libraryVersion)
        ruleSetDigest = try c.decode(String.self, forKey: .ruleSetDigest)
        guard Evaluator.isDigest(ruleSetDigest) else {
            throw DecodingError.dataCorruptedError(
                forKey: .ruleSetDigest, in: c,
                debugDescription: "ruleSetDigest \"\(ruleSetDigest.escapedForMessage(limit: 80))\" is not \"sha256:\" and 64 lower-case hexadecimal digits")
        }
        caseID = try c.decode(String.self, forKey: .caseID)
        asOf = try c.decode(CivilDate.self, forKey: .asOf)
        regime = try c.decode(Regime.self, forKey: .regime)
        disposition = try c.decode(ResolvedDisposition.self, forKey: .disposition)
        concurrentDispositions = try c.decode([ResolvedDisposition].self, forKey: .concurrentDispositions)
        supersededDispositions = try c.decode([ResolvedDisposition].self, forKey: .supersededDispositions)
        obligations = try c.decode([ResolvedObligation].self, forKey: .obligations)
        consequences = try c.decode([ResolvedConsequence].self, forKey: .consequences)
        flags = try c.decode([ResolvedFlag].self, forKey: .flags)
        conflicts = try c.decode([TimeLimitConflict].self, forKey: .conflicts)
        trace = try c.decodeIfPresent(Trace.self, forKey: .trace)
    }

    /// The user-info entries that give a decoder of stored decisions, verdicts, screened lines
    /// and timelines `options` — the escape hatch for a platform that stored keys of its own
    /// inside them:
    ///
    /// ```swift
    /// let decoder = JSONDecoder()
    /// decoder.userInfo = Decision.userInfo(for: .allowingUnknownKeys)
    /// let stored = try decoder.decode(Decision.self, from: row)
    /// ```
    ///
    /// With ``CaseFile/DecodingOptions/allowingUnknownKeys`` keys this library does not define
    /// are ignored (a misspelt one too); the audit fields, types, values and every known key
    /// are read as strictly as ever. The same entries as ``CaseFile/userInfo(for:)``: the
    /// library has one escape hatch. A bare decoder is strict.
    public static func userInfo(for options: CaseFile.DecodingOptions) -> [CodingUserInfoKey: any Sendable] {
        CaseFile.userInfo(for: options)
    }

    /// Encodes the decision with its audit fields; `trace` only when present.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(libraryVersion, forKey: .libraryVersion)
        try c.encode(ruleSetDigest, forKey: .ruleSetDigest)
        try c.encode(caseID, forKey: .caseID)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(regime, forKey: .regime)
        try c.encode(disposition, forKey: .disposition)
        try c.encode(concurrentDispositions, forKey: .concurrentDispositions)
        try c.encode(supersededDispositions, forKey: .supersededDispositions)
        try c.encode(obligations, forKey: .obligations)
        try c.encode(consequences, forKey: .consequences)
        try c.encode(flags, forKey: .flags)
        try c.encode(conflicts, forKey: .conflicts)
        try c.encodeIfPresent(trace, forKey: .trace)
    }
}
