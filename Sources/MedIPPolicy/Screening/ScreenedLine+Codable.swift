// Strict reading of stored screening output: a line record, a failure or a horizon summary with a
// key this library does not write is an `unknownKey` error naming its path, as a stored decision
// is (see `Decoder.auditingKeys`); the decision, verdict or failure inside is read the same way.

/// The keys of the three line records (library-internal).
enum ScreenedLineKey: String, CodingKey { case line, decision, verdict, error, nextChange }

extension Decoder {
    /// Reads a line record strictly: `line` (an integer written exactly), the payload at `key`
    /// and `error`, both optional; `make` builds the record and may read further keys of `c`.
    func screenedLine<Payload: Decodable, Line>(
        _ payload: Payload.Type, at key: ScreenedLineKey,
        _ make: (_ line: Int, _ payload: Payload?, _ error: ScreeningFailure?, _ c: KeyedDecodingContainer<ScreenedLineKey>) throws -> Line
    ) throws -> Line {
        try auditingKeys { decoder in
            let c = try decoder.container(keyedBy: ScreenedLineKey.self)
            return try make(
                try c.decode(Int.self, forKey: .line), try c.decodeIfPresent(payload, forKey: key),
                try c.decodeIfPresent(ScreeningFailure.self, forKey: .error), c)
        }
    }
}

extension ScreenedLine {
    /// Decodes a stored line record strictly: an unknown key here or in its decision or failure
    /// is an error naming its path (unless the decoder's user info allows unknown keys,
    /// ``Decision/userInfo(for:)``), and `line` is an integer written exactly.
    public init(from decoder: any Decoder) throws {
        self = try decoder.screenedLine(Decision.self, at: .decision) { line, decision, error, _ in
            ScreenedLine(line: line, decision: decision, error: error)
        }
    }
}

extension ScreenedVerdict {
    /// Decodes a stored verdict line strictly, as ``ScreenedLine/init(from:)`` does.
    public init(from decoder: any Decoder) throws {
        self = try decoder.screenedLine(Verdict.self, at: .verdict) { line, verdict, error, _ in
            ScreenedVerdict(line: line, verdict: verdict, error: error)
        }
    }
}

extension ScreenedHorizonLine {
    /// Decodes a stored horizon line strictly, as ``ScreenedLine/init(from:)`` does; the next
    /// change is read as ``TimelineChange`` reads it.
    public init(from decoder: any Decoder) throws {
        self = try decoder.screenedLine(Decision.self, at: .decision) { line, decision, error, c in
            ScreenedHorizonLine(
                line: line, decision: decision, error: error,
                nextChange: try c.decodeIfPresent(TimelineChange.self, forKey: .nextChange))
        }
    }
}

extension ScreeningFailure {
    enum CodingKeys: String, CodingKey { case stage, caseID, problems }

    /// Decodes a stored failure strictly: an unknown key in it or in a problem is an error
    /// naming its path (unless the decoder's user info allows unknown keys).
    public init(from decoder: any Decoder) throws {
        self = try decoder.auditingKeys { decoder in
            let c = try decoder.container(keyedBy: CodingKeys.self)
            return ScreeningFailure(
                stage: try c.decode(Stage.self, forKey: .stage), caseID: try c.decodeIfPresent(String.self, forKey: .caseID),
                problems: try c.decode([Problem].self, forKey: .problems))
        }
    }
}

extension HorizonSummary {
    enum CodingKeys: String, CodingKey { case through, changing, byKind, byMonth }

    /// Decodes a stored horizon summary strictly: an unknown key is an error naming its path
    /// (unless the decoder's user info allows unknown keys), and the counts are integers
    /// written exactly.
    public init(from decoder: any Decoder) throws {
        self = try decoder.auditingKeys { decoder in
            let c = try decoder.container(keyedBy: CodingKeys.self)
            var summary = HorizonSummary(through: try c.decode(CivilDate.self, forKey: .through))
            summary.changing = try c.decode(Int.self, forKey: .changing)
            summary.byKind = try c.decode([String: Int].self, forKey: .byKind)
            summary.byMonth = try c.decode([String: Int].self, forKey: .byMonth)
            return summary
        }
    }
}
