import Testing
import MedipCommands

@Suite struct DispatchTests {
    @Test func helpListsCommandsAndExitsZero() {
        let result = runMedip(["--help"])
        #expect(result.status == 0)
        #expect(result.out.contains("USAGE: medip"))
    }

    @Test func unknownCommandIsUsageError() {
        let result = runMedip(["frobnicate"])
        #expect(result.status == 2)
        #expect(result.err.contains("unknown command \"frobnicate\""))
        #expect(result.out.isEmpty)
    }

    @Test func noArgumentsPrintsHelpAndExitsTwo() {
        let result = runMedip([])
        #expect(result.status == 2)
    }
}
