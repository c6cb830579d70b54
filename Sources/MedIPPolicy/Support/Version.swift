/// The library's version.
public enum MedIPPolicyVersion {
    /// The current version string (SemVer).
    public static let current = "0.1.0-dev"
}
