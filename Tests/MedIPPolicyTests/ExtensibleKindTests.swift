import Foundation
import Testing
@testable import MedIPPolicy

/// `DispositionKind`, `ConsequenceKind` and `FlagKind` are structs of static values that a later
/// version may extend: the same names on the wire and in `description` as the enums they
/// replace, the same strict decoding, and dense internal indices the evaluator relies on.
@Suite struct ExtensibleKindTests {
    /// The names in declaration order, as the enums had them (the wire format).
    static let dispositionNames = [
        "revokeListing", "cancelSelection", "refuseListing", "suspendNewListingReview", "deferUntil", "returnForCompletion",
        "awaitOpinion", "agencyDecides", "admitOnSelfCommitment", "greenChannel", "admit", "ordinaryProcedure",
    ]
    static let consequenceNames = ["referToCreditEvaluation", "includeInDrugSafetyCredit", "declaringEnterpriseBearsLiability"]
    static let flagNames = [
        "keyProductJointAssessment", "complianceReminder", "opinionMayBeRequested", "informPartiesOfForums", "mediationEncouraged",
        "ownCommitmentAtStake", "priorityService", "submitIPProof", "shareForRiskScreening",
    ]

    static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    @Test func namesDescriptionsAndJSONAreTheEnumsOnes() throws {
        #expect(DispositionKind.allCases.map(\.rawValue) == Self.dispositionNames)
        #expect(ConsequenceKind.allCases.map(\.rawValue) == Self.consequenceNames)
        #expect(FlagKind.allCases.map(\.rawValue) == Self.flagNames)
        for kind in DispositionKind.allCases {
            #expect("\(kind)" == kind.rawValue)
            #expect(try Self.json(kind) == "\"\(kind.rawValue)\"")
            #expect(try JSONDecoder().decode(DispositionKind.self, from: Data("\"\(kind.rawValue)\"".utf8)) == kind)
            #expect(DispositionKind(rawValue: kind.rawValue) == kind)
        }
        for kind in FlagKind.allCases { #expect(try Self.json([kind]) == "[\"\(kind)\"]") }
        for kind in ConsequenceKind.allCases { #expect(try Self.json([kind]) == "[\"\(kind)\"]") }
        #expect(DispositionKind.deferUntil.label.en == "defer listing until a date")
        #expect(FlagKind.complianceReminder.label.zh == "三类声明执行情况提示与合规指导")
    }

    @Test func anUnknownNameIsStillAStrictError() {
        #expect(DispositionKind(rawValue: "deferUnitl") == nil)
        #expect(FlagKind(rawValue: "") == nil)
        #expect(ConsequenceKind(rawValue: "ReferToCreditEvaluation") == nil)
        do {
            _ = try JSONDecoder().decode([FlagKind].self, from: Data(#"["complianceReminder","newFlag"]"#.utf8))
            Issue.record("an unknown flag decoded")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.codingPath.count == 1)
            #expect(context.debugDescription == "unknown value \"newFlag\" (expected \(Self.flagNames.joined(separator: ", ")))")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func internalIndicesAreDenseAndFollowTheLattice() {
        #expect(DispositionKind.bySlot.map(\.slot) == Array(0..<DispositionKind.allCases.count))
        #expect(Set(DispositionKind.allCases.map(\.slot)).count == DispositionKind.allCases.count)
        let lattice = DispositionKind.allCases.sorted { ($0.restrictiveness, $0.rawValue) < ($1.restrictiveness, $1.rawValue) }
        #expect(DispositionKind.bySlot == lattice)
        #expect(ConsequenceKind.allCases.map(\.bit) == Array(0..<ConsequenceKind.allCases.count))
        #expect(FlagKind.allCases.map(\.bit) == Array(0..<FlagKind.allCases.count))
        #expect(FlagKind.allCases.count <= 32 && ConsequenceKind.allCases.count <= 8 && DispositionKind.allCases.count <= 16)  // the masks' widths
        #expect(DispositionKind.revokeListing.restrictiveness == 0 && DispositionKind.ordinaryProcedure.restrictiveness == 10)
    }

    @Test func equalityAndHashingFollowTheNames() {
        func check<Kind: StableStringEnum>(_ all: [Kind], bySlot: (Int) -> Kind) {
            for a in all {
                for b in all { #expect((a == b) == (a.rawValue == b.rawValue), "\(a) \(b)") }
                if let decoded = Kind(rawValue: a.rawValue) {
                    #expect(decoded == a && decoded.hashValue == a.hashValue, "\(a)")
                }
            }
            #expect(Set(all).count == all.count)
            #expect(all.indices.map(bySlot) == all)
        }
        check(DispositionKind.bySlot, bySlot: DispositionKind.init(slot:))
        check(ConsequenceKind.allCases, bySlot: ConsequenceKind.init(bit:))
        check(FlagKind.allCases, bySlot: FlagKind.init(bit:))
    }

    /// A verdict's lists survive its bit-mask form (what a screening writes verdict lines from):
    /// every subset of consequences and many of flags, in vocabulary order.
    @Test func aVerdictsListsSurviveItsBitMasks() {
        let consequences = ConsequenceKind.allCases, flags = FlagKind.allCases
        for subset in 0..<(1 << consequences.count) {
            let chosen = consequences.indices.filter { subset & 1 << $0 != 0 }.map { consequences[$0] }
            let chosenFlags = flags.indices.filter { (subset * 37 + 5) >> $0 & 1 != 0 }.map { flags[$0] }
            let verdict = Verdict(
                disposition: .deferUntil, date: CivilDate(uncheckedYear: 2026, month: 3, day: subset + 1), concurrent: nil,
                consequences: chosen, flags: chosenFlags)
            let parts = VerdictParts(verdict)
            #expect(parts.consequences == UInt64(subset))
            #expect(Verdict(parts) == verdict)
        }
        // Out of order in, vocabulary order out.
        let shuffled = Verdict(disposition: .admit, consequences: consequences.reversed(), flags: flags.reversed())
        #expect(Verdict(VerdictParts(shuffled)).consequences == consequences)
        #expect(Verdict(VerdictParts(shuffled)).flags == flags)
    }

    @Test func aSwitchReadsTheValuesWithADefault() {
        func holds(_ kind: DispositionKind) -> String {
            switch kind {
            case .deferUntil, .awaitOpinion: "holds"
            case .greenChannel: "due"
            default: "other"
            }
        }
        #expect(DispositionKind.allCases.map(holds).filter { $0 == "holds" }.count == 2)
        #expect(holds(.greenChannel) == "due" && holds(.admit) == "other")
        #expect(DispositionKind.allCases.filter(\.holdsUntilItsDate) == [.deferUntil, .awaitOpinion])
    }
}
