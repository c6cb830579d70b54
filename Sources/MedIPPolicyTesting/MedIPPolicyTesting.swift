@_exported import MedIPPolicy

/// Test fixtures for programs that embed MedIPPolicy: builders, named scenarios, generators
/// and expectations. Needs no test framework.
public enum MedIPPolicyTesting {
    /// The version of the fixture module, equal to the library's.
    public static var version: String { MedIPPolicyVersion.current }
}
