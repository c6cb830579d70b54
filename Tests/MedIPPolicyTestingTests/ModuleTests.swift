import Testing
import MedIPPolicyTesting

@Suite struct FixtureModuleTests {
    @Test func versionMatchesLibrary() {
        #expect(MedIPPolicyTesting.version == MedIPPolicyVersion.current)
    }
}
