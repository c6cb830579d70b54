/// An opinion given by an IP administration (知识产权管理部门) on request: a reference for
/// whether the product may take part in VBP or be listed — the agency decides
/// (国知发保字〔2022〕45号 (四)).
///
/// JSON form: `{"date": "…", "kind": "infringementDetermination", "finding": "noInfringement"}`.
public struct IPOpinion: Sendable, Hashable, Codable {
    /// The date the opinion was given.
    public var date: CivilDate
    /// Consultation or infringement determination.
    public var kind: OpinionKind
    /// What it concludes.
    public var finding: OpinionFinding

    /// Creates an opinion.
    public init(date: CivilDate, kind: OpinionKind, finding: OpinionFinding) {
        self.date = date
        self.kind = kind
        self.finding = finding
    }
}

extension IPOpinion {
    private enum CodingKeys: String, CodingKey, CaseIterable { case date, kind, finding }

    /// Decodes the object; a key it does not define is an error (see
    /// ``CaseFile/DecodingOptions``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        date = try c.decode(CivilDate.self, forKey: .date)
        kind = try c.decode(OpinionKind.self, forKey: .kind)
        finding = try c.decode(OpinionFinding.self, forKey: .finding)
    }
}
