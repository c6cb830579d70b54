extension Decision {
    enum CodingKeys: String, CodingKey {
        case schemaVersion, libraryVersion, ruleSetDigest
        case caseID, asOf, regime, disposition, concurrentDispositions, supersededDispositions, obligations
        case consequences, flags, conflicts, trace
    }

    /// Decodes a stored decision, audit fields included: `schemaVersion` must be
    /// ``currentSchemaVersion`` (a decision of another format version is an error naming the
    /// field, never read as if it were this one), and `libraryVersion` and `ruleSetDigest` must
    /// be present. `trace` may be absent (a summary decision).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let version = try c.decode(Int.self, forKey: .schemaVersion)
        guard version == Decision.currentSchemaVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .schemaVersion, in: c,
                debugDescription: "decision schemaVersion \(version) is not supported; this library reads \(Decision.currentSchemaVersion)")
        }
        schemaVersion = version
        libraryVersion = try c.decode(String.self, forKey: .libraryVersion)
        ruleSetDigest = try c.decode(String.self, forKey: .ruleSetDigest)
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
