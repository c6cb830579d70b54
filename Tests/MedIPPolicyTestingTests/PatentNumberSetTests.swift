import Testing
@testable import MedIPPolicy
import MedIPPolicyTesting

/// Validation's set of patent numbers, below and past the size where it switches to hashing.
@Suite struct PatentNumberSetTests {
    @Test(arguments: [5, 32, 33, 200])
    func findsEveryNumberAndEveryDuplicate(count: Int) throws {
        let filed = try CivilDate(year: 2015, month: 3, day: 2)
        let numbers = (0..<count).map { FixtureIdentifiers.patentNumber(filedOn: filed, serial: 1 + $0) }
        #expect(Set(numbers).count == count)
        var set = PatentNumberSet()
        for number in numbers {
            let inserted = set.insert(number)
            #expect(inserted)
        }
        for number in numbers {
            #expect(set.contains(number))
            let again = set.insert(number)
            #expect(!again)  // a duplicate
        }
        let other = FixtureIdentifiers.patentNumber(filedOn: filed, serial: 9_000)
        #expect(!set.contains(other))
        let added = set.insert(other)
        #expect(added)
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
