extension YearSchedule: Codable {
    private enum CodingKeys: String, CodingKey, CaseIterable {
        case year
        case entries
    }

    /// Decodes `{"year": …, "entries": […]}` and validates it as ``init(year:entries:)`` does; a
    /// violation is a `DecodingError.dataCorrupted` whose context names the path and the date.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let year = try container.decodeInteger(forKey: .year, in: decoder)
        let entries = try container.decode([Entry].self, forKey: .entries)
        do {
            try self.init(year: year, entries: entries)
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: .entries, in: container, debugDescription: error.description)
        }
    }

    /// Encodes `{"year": …, "entries": […]}` with the entries in date order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(year, forKey: .year)
        try container.encode(entries, forKey: .entries)
    }
}
