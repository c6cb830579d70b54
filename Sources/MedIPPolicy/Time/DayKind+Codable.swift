extension DayKind: Codable {
    private enum CodingKeys: String, CodingKey, CaseIterable {
        case kind
        case festival
    }

    /// Decodes `{"kind": …, "festival": …}`; an unknown kind, or a missing or empty festival for
    /// a holiday or adjusted working day, is a `DecodingError` whose context names the path.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .kind)
        func festival() throws -> String {
            let name = try container.decode(String.self, forKey: .festival)
            guard !name.trimmedWhitespace.isEmpty else {
                throw DecodingError.dataCorruptedError(
                    forKey: .festival, in: container, debugDescription: "festival must not be empty")
            }
            return name
        }
        switch kind {
        case "workingDay": self = .workingDay
        case "weekendRestDay": self = .weekendRestDay
        case "holiday": self = .holiday(festival: try festival())
        case "adjustedWorkingDay": self = .adjustedWorkingDay(festival: try festival())
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container,
                debugDescription: "unknown day kind \"\(kind.escapedForMessage(limit: 40))\"; expected workingDay, weekendRestDay, holiday or adjustedWorkingDay")
        }
    }

    /// Encodes `{"kind": …}`, with `"festival"` for a holiday or adjusted working day.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .kind)
        if let festival { try container.encode(festival, forKey: .festival) }
    }
}
