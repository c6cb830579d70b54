import Foundation
import Testing
import MedIPPolicyTesting

@Suite struct CaseGeneratorTests {
    static let evaluator = Evaluator()

    @Test func sameSeedGivesIdenticalJSON() throws {
        var first = CaseGenerator(seed: 2026)
        var second = CaseGenerator(seed: 2026)
        for _ in 0..<300 {
            let a = first.next()
            let b = second.next()
            #expect(try CaseFile.encode(a.facts, pretty: false) == CaseFile.encode(b.facts, pretty: false))
            #expect(a.asOf == b.asOf)
            #expect(a.intended == b.intended)
        }
    }

    @Test func differentSeedsGiveDifferentCases() throws {
        let a = CaseGenerator(seed: 1).prefix(20).map(\.facts)
        let b = CaseGenerator(seed: 2).prefix(20).map(\.facts)
        #expect(a != b)
    }

    @Test func sequenceAndNextAgree() {
        var generator = CaseGenerator(seed: 99)
        let viaNext = generator.next(50).map(\.facts)
        let viaSequence = Array(CaseGenerator(seed: 99).prefix(50)).map(\.facts)
        #expect(viaNext == viaSequence)
        #expect(Array(CaseGenerator(seed: 99).prefix(3)).map(\.index) == [0, 1, 2])
    }

    /// The generator's first outputs, checked against an independent implementation of
    /// SplitMix64 + xoshiro256** (the reference algorithms, computed outside Swift).
    @Test func theRandomGeneratorMatchesTheReferenceAlgorithm() {
        var one = FixtureRandom(seed: 1)
        #expect([one.next(), one.next(), one.next()] == [0xB3F2_AF6D_0FC7_10C5, 0x853B_5596_4736_4CEA, 0x92F8_9756_082A_4514])
        var fortyTwo = FixtureRandom(seed: 42)
        #expect([fortyTwo.next(), fortyTwo.next()] == [0x1578_0B2E_0C2E_C716, 0x6104_D986_6D11_3A7E])
    }

    @Test func tenThousandCasesValidateAndReachEveryDispositionAsIntended() throws {
        var seen = Set<DispositionKind>()
        var failures: [String] = []
        for generated in CaseGenerator(seed: 20_260_407).prefix(10_000) {
            let errors = generated.facts.validate().filter { $0.severity == .error }
            if !errors.isEmpty {
                failures.append("#\(generated.index) \(generated.intended): \(errors)")
                continue
            }
            let decision = try Self.evaluator.evaluate(generated.facts, asOf: generated.asOf)
            seen.insert(decision.disposition.kind)
            seen.formUnion(decision.concurrentDispositions.map(\.kind))
            let mismatches = generated.expectation.mismatches(in: decision)
            if !mismatches.isEmpty {
                failures.append("#\(generated.index) \(generated.intended) @ \(generated.asOf): \(Mismatch.report(mismatches))")
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10).joined(separator: "\n"))")
        // `admit` is left out: no standard rule disposes it — a case no rule addresses goes the
        // platform's ordinary procedure (`ordinaryProcedure`, basis notAddressed or
        // noDocumentInForce). Only a custom rule set can yield `admit`.
        let reachable = Set(DispositionKind.allCases).subtracting([.admit])
        #expect(seen == reachable, "missing \(reachable.subtracting(seen))")
    }

    @Test func generatedCasesCarryNoWarningsEither() {
        var warned: [String] = []
        var devices = 0
        for generated in CaseGenerator(seed: 5).prefix(2_000) {
            let issues = generated.facts.validate()
            if generated.facts.product.innovativeDevice { devices += 1 }
            if !issues.isEmpty { warned.append("#\(generated.index): \(issues)") }
        }
        #expect(warned.isEmpty, "\(warned.prefix(5))")
        #expect(devices > 0, "innovative devices qualified for the green channel are among them, without a warning")
    }

    @Test func aMixCanAimAtOneDisposition() throws {
        let only = CaseMix([.suspendNewListingReview: 1])
        for generated in CaseGenerator(seed: 3, mix: only).prefix(200) {
            #expect(generated.intended == .suspendNewListingReview)
        }
        let uniform = Set(CaseGenerator(seed: 3, mix: .uniform).prefix(500).map(\.intended))
        #expect(uniform == Set(DispositionKind.allCases).subtracting([.admit]))
        // A weight on `admit` (which no standard rule yields) aims at the ordinary procedure.
        #expect(Set(CaseGenerator(seed: 3, mix: CaseMix([.admit: 1])).prefix(20).map(\.intended)) == [.ordinaryProcedure])
    }

    @Test func theRandomGeneratorIsBoundedAndDeterministic() {
        var random = FixtureRandom(seed: 42)
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<6_000 { counts[random.uniform(below: 6)] += 1 }
        #expect(counts.allSatisfy { $0 > 800 && $0 < 1_200 })
        #expect(random.uniform(below: 0) == 0)
        #expect(random.uniform(below: 1) == 0)
        var again = FixtureRandom(seed: 42)
        var other = FixtureRandom(seed: 42)
        #expect((0..<100).map { _ in again.next() } == (0..<100).map { _ in other.next() })
    }
}

@Suite struct InvalidCaseGeneratorTests {
    @Test func everyInvalidCaseReportsExactlyItsTaggedProblem() {
        var failures: [String] = []
        var seen = Set<String>()
        for broken in InvalidCaseGenerator(seed: 11).prefix(1_500) {
            seen.insert(broken.problem.code)
            let mismatches = broken.verify()
            if !mismatches.isEmpty { failures.append("#\(broken.index) \(broken.problem): \(Mismatch.report(mismatches))") }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10).joined(separator: "\n"))")
        let all = Set(InvalidCaseGenerator.validationCodes.map(\.rawValue) + InvalidCaseGenerator.decodingCodes.map(\.rawValue))
        #expect(seen == all, "never generated: \(all.subtracting(seen).sorted())")
    }

    @Test(arguments: InvalidCaseGenerator.validationCodes)
    func eachValidationCodeCanBeAskedFor(_ code: ValidationCode) {
        var generator = InvalidCaseGenerator(seed: 5, kinds: [.validation(code)])
        for _ in 0..<5 {
            let broken = generator.next()
            #expect(broken.problem.code == code.rawValue)
            #expect(broken.facts != nil)
            #expect(broken.verify().isEmpty, "\(Mismatch.report(broken.verify()))")
        }
    }

    @Test(arguments: InvalidCaseGenerator.decodingCodes)
    func eachDecodingCodeCanBeAskedFor(_ code: CaseFileError.Code) {
        var generator = InvalidCaseGenerator(seed: 6, kinds: [.decoding(code)])
        for _ in 0..<3 {
            let broken = generator.next()
            #expect(broken.problem.code == code.rawValue)
            #expect(broken.facts == nil)
            #expect(broken.verify().isEmpty, "\(Mismatch.report(broken.verify()))")
        }
    }

    @Test func sameSeedGivesIdenticalInvalidCases() {
        #expect(Array(InvalidCaseGenerator(seed: 8).prefix(100)).map(\.caseFile) == Array(InvalidCaseGenerator(seed: 8).prefix(100)).map(\.caseFile))
    }

    @Test func onlyTheTwoDocumentedCodesAreLeftOut() {
        #expect(Set(ValidationCode.all).subtracting(InvalidCaseGenerator.validationCodes) == [.statusEventBeforeFiling])
        #expect(Set(CaseFileError.Code.all).subtracting(InvalidCaseGenerator.decodingCodes) == [.encodingFailed])
    }

    @Test func aWrongTagIsReported() {
        var generator = InvalidCaseGenerator(seed: 1, kinds: [.validation(.duplicateID)])
        var broken = generator.next()
        broken.problem = .validation(.unknownDispute, path: "rulings[0].dispute", severity: .error)
        let mismatches = broken.verify()
        #expect(mismatches.map(\.field) == ["validation"])
        #expect(mismatches.first?.description.hasPrefix("validation: expected [unknownDispute at rulings[0].dispute (error)], got [duplicateID at objections[1].id (error)]") == true)
    }
}
