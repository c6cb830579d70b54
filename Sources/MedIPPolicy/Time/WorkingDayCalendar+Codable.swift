extension WorkingDayCalendar: Codable {
    private enum CodingKeys: String, CodingKey, CaseIterable {
        case schedules
    }

    /// Decodes `{"schedules": [YearSchedule…]}` and checks it as ``init(schedules:)`` does; an
    /// empty list, a repeated year or a gap is a `DecodingError.dataCorrupted` naming the year.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let schedules = try container.decode([YearSchedule].self, forKey: .schedules)
        do {
            try self.init(schedules: schedules)
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: .schedules, in: container, debugDescription: error.description)
        }
    }

    /// Encodes `{"schedules": [YearSchedule…]}` in year order; the precomputed tables are not
    /// encoded.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schedules, forKey: .schedules)
    }
}
