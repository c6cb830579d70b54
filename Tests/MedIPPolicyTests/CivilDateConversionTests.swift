import Testing
import MedIPPolicy

/// `CivilDate` ↔ `Date` at a fixed UTC offset: "today in Beijing" without a time-zone database.
@Suite struct CivilDateConversionTests {
    /// 2026-04-01T00:00:00Z, as seconds since 1970.
    static let aprilFirstUTC = 1_775_001_600.0

    /// The code `medip evaluate` used for its default as-of date before the library had one
    /// (seconds since 1970 → Beijing civil day), kept here as the reference.
    static func previousTodayInBeijing(_ seconds: Int) -> CivilDate? {
        let shifted = seconds + 8 * 3600
        let days = shifted >= 0 ? shifted / 86_400 : (shifted - 86_399) / 86_400
        return try? CivilDate(daysSinceEpoch: days)
    }

    @Test func beijingMidnightBoundary() throws {
        // 2026-04-01 00:00:00 in Beijing is 2026-03-31T16:00:00Z.
        let midnight = Date(timeIntervalSince1970: Self.aprilFirstUTC - 8 * 3600)
        #expect(try CivilDate(midnight).description == "2026-04-01")
        #expect(try CivilDate(midnight.addingTimeInterval(-1)).description == "2026-03-31")  // 23:59:59
        #expect(try CivilDate(midnight.addingTimeInterval(-0.25)).description == "2026-03-31")
        #expect(try CivilDate.today(now: midnight).description == "2026-04-01")
        #expect(try CivilDate.today(now: midnight.addingTimeInterval(-1)).description == "2026-03-31")
        // The same instants are still 31 March in UTC.
        #expect(try CivilDate(midnight, utcOffsetSeconds: 0).description == "2026-03-31")
        #expect(try CivilDate.today(utcOffsetSeconds: 0, now: midnight).description == "2026-03-31")
    }

    @Test func negativeOffsets() throws {
        // 2026-04-01 00:00:00 at UTC−05:00 is 05:00Z.
        let start = Date(timeIntervalSince1970: Self.aprilFirstUTC + 5 * 3600)
        #expect(try CivilDate(start, utcOffsetSeconds: -5 * 3600).description == "2026-04-01")
        #expect(try CivilDate(start.addingTimeInterval(-1), utcOffsetSeconds: -5 * 3600).description == "2026-03-31")
        // Before 1970 (negative seconds), at UTC−09:30 (a half-hour offset).
        let date = try CivilDate(iso8601: "1969-12-31")
        let begins = try date.startDate(utcOffsetSeconds: -(9 * 3600 + 1800))
        #expect(begins.timeIntervalSince1970 == -86_400 + 9 * 3600 + 1800)
        #expect(try CivilDate(begins, utcOffsetSeconds: -(9 * 3600 + 1800)) == date)
        #expect(try CivilDate(begins.addingTimeInterval(-1), utcOffsetSeconds: -(9 * 3600 + 1800)).description == "1969-12-30")
    }

    @Test func startDateInBeijing() throws {
        let april = try CivilDate(iso8601: "2026-04-01")
        #expect(try april.startDate().timeIntervalSince1970 == Self.aprilFirstUTC - 8 * 3600)
        #expect(try april.startDate(utcOffsetSeconds: 0).timeIntervalSince1970 == Self.aprilFirstUTC)
    }

    @Test(arguments: [-18 * 3600, -5 * 3600, 0, 8 * 3600, 14 * 3600, 18 * 3600])
    func roundTripsAtEveryOffset(_ offset: Int) throws {
        for text in ["0001-01-01", "1969-12-31", "1970-01-01", "2024-02-29", "2026-12-31", "9999-12-31"] {
            let date = try CivilDate(iso8601: text)
            let begins = try date.startDate(utcOffsetSeconds: offset)
            #expect(try CivilDate(begins, utcOffsetSeconds: offset) == date, "\(text) at \(offset)")
            #expect(try CivilDate(begins.addingTimeInterval(86_399.5), utcOffsetSeconds: offset) == date, "\(text) at \(offset)")
        }
    }

    @Test func agreesWithTheCodeMedipUsedBefore() throws {
        // Every hour for 3 days around the Beijing midnight, then each side of midnight, then a
        // spread of instants from 1900 to 2100, including negative seconds.
        var instants: [Int] = []
        let base = Int(Self.aprilFirstUTC) - 8 * 3600
        for hour in -36...36 { instants.append(base + hour * 3600) }
        instants += [base - 1, base, base + 1, -1, 0, 1, -28_800, -28_801]
        var seconds = -2_208_988_800  // 1900-01-01T00:00:00Z
        while seconds < 4_102_444_800 {  // 2100-01-01
            instants.append(seconds)
            seconds += 7_777_777
        }
        for instant in instants {
            let expected = try #require(Self.previousTodayInBeijing(instant))
            #expect(try CivilDate.today(now: Date(timeIntervalSince1970: Double(instant))) == expected, "\(instant)")
        }
    }

    @Test func rejectsOffsetsOutsideEighteenHours() throws {
        let now = Date(timeIntervalSince1970: Self.aprilFirstUTC)
        #expect(throws: CivilDateError.utcOffsetOutOfRange(seconds: 18 * 3600 + 1)) {
            try CivilDate(now, utcOffsetSeconds: 18 * 3600 + 1)
        }
        #expect(throws: CivilDateError.utcOffsetOutOfRange(seconds: -18 * 3600 - 1)) {
            try CivilDate.today(utcOffsetSeconds: -18 * 3600 - 1, now: now)
        }
        #expect(throws: CivilDateError.utcOffsetOutOfRange(seconds: 8 * 60 * 60 * 1000)) {
            try CivilDate.minimum.startDate(utcOffsetSeconds: 8 * 60 * 60 * 1000)
        }
        #expect(CivilDateError.utcOffsetOutOfRange(seconds: 90_000).description.contains("90000"))
    }

    @Test func rejectsInstantsOutsideTheRange() throws {
        #expect(throws: CivilDateError.outOfRange) { try CivilDate(Date(timeIntervalSince1970: .infinity)) }
        #expect(throws: CivilDateError.outOfRange) { try CivilDate(Date(timeIntervalSince1970: .nan)) }
        #expect(throws: CivilDateError.outOfRange) { try CivilDate(Date(timeIntervalSince1970: 1e300)) }
        // 10000-01-01 00:00 in Beijing: one second past the last representable day.
        let end = try CivilDate.maximum.startDate().addingTimeInterval(86_400)
        #expect(throws: CivilDateError.outOfRange) { try CivilDate(end) }
        #expect(try CivilDate(end.addingTimeInterval(-1)) == CivilDate.maximum)
        #expect(throws: CivilDateError.outOfRange) {
            try CivilDate(CivilDate.minimum.startDate().addingTimeInterval(-1))
        }
    }
}
