import Testing
@testable import MedIPPolicy
import MedIPPolicyTesting

/// Validation's look-ups among a case's elements — repeated keys, patent numbers, objections'
/// dates — below and past the size where they switch from comparing in place to hashing.
@Suite struct PatentNumberSetTests {
    @Test(arguments: [0, 1, 5, 32, 33, 200])
    func findsEveryNumberAndEveryDuplicate(count: Int) throws {
        let filed = try CivilDate(year: 2015, month: 3, day: 2)
        let numbers = (0..<count).map { FixtureIdentifiers.patentNumber(filedOn: filed, serial: 1 + $0) }
        #expect(Set(numbers).count == count)
        // Every number once, then again: exactly the second half repeats.
        let listed = numbers + numbers
        var finder = RepeatFinder<UInt64>(count: listed.count)
        let repeats = listed.indices.map { index in
            finder.repeats(listed[index].integerKey, at: index, keyAt: { listed[$0].integerKey })
        }
        #expect(repeats == Array(repeating: false, count: count) + Array(repeating: true, count: count))
        let set = PatentNumberSet(numbers.map { Patent(number: $0, holder: "甲", filingDate: filed) })
        for number in numbers {
            #expect(set.contains(number))
        }
        let other = FixtureIdentifiers.patentNumber(filedOn: filed, serial: 9_000)
        #expect(!set.contains(other))
    }

    /// Ids repeat by canonical equivalence, as in a `Set<String>`, compared in place (a short
    /// list) or hashed (a long one); elements without a key are passed over.
    @Test(arguments: [3, 40])
    func idsRepeatByCanonicalEquivalence(count: Int) {
        var ids: [String?] = (0..<count).map { "OBJ-\($0)" }
        ids[1] = nil
        ids[count - 1] = "OBJ-0"
        ids.append("caf\u{E9}")
        ids.append("cafe\u{301}")
        var finder = RepeatFinder<String>(count: ids.count)
        var repeated: [Int] = []
        for (index, id) in ids.enumerated() {
            guard let id else { continue }
            if finder.repeats(id, at: index, keyAt: { ids[$0] }) { repeated.append(index) }
        }
        #expect(repeated == [count - 1, count + 1])
    }

    /// The first objection with an id gives its date, whether found in place or hashed.
    @Test(arguments: [2, 32, 33, 60])
    func anObjectionsDateIsTheFirstWithItsID(count: Int) throws {
        let start = try CivilDate(year: 2026, month: 1, day: 5)
        var objections = try (0..<count).map { index in
            InfringementObjection(
                id: "OBJ-\(index)", receivedOn: try start.adding(days: index), receivedBy: .procurementAgency, objector: "甲", patents: [])
        }
        objections.append(InfringementObjection(
            id: "OBJ-0", receivedOn: try start.adding(days: 500), receivedBy: .procurementAgency, objector: "乙", patents: []))
        let dates = ObjectionDates(objections)
        for index in 0..<count {
            #expect(dates["OBJ-\(index)"] == (try start.adding(days: index)))
        }
        #expect(dates["OBJ-\(count)"] == nil)
    }

    /// A case with 40 patents, one listed twice, reports exactly that duplicate.
    @Test func validationReportsTheDuplicateAmongManyPatents() throws {
        var facts = try #require(Scenarios.all.first { $0.facts.jurisdiction == .beijing }?.facts)
        let filed = try CivilDate(year: 2015, month: 3, day: 2)
        facts.patents = (0..<40).map {
            Patent(number: FixtureIdentifiers.patentNumber(filedOn: filed, serial: 1 + $0), holder: "甲", filingDate: filed)
        }
        facts.patents.append(facts.patents[35])
        let duplicates = facts.validate().filter { $0.code == .duplicatePatentNumber }
        #expect(duplicates.map(\.path) == ["patents[40].number"])
    }
}
