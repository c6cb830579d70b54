// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "MedIPPolicy",
    platforms: [.macOS(.v13), .iOS(.v16)],
    products: [
        .library(name: "MedIPPolicy", targets: ["MedIPPolicy"]),
        .library(name: "MedIPPolicyTesting", targets: ["MedIPPolicyTesting", "MedIPPolicyTestingAssertions"]),
        .executable(name: "medip", targets: ["medip"]),
    ],
    dependencies: [],
    targets: [
        .target(
            name: "MedIPPolicy",
            resources: []
        ),
        .target(
            name: "MedIPPolicyTesting",
            dependencies: ["MedIPPolicy"]
        ),
        .target(
            name: "MedIPPolicyTestingAssertions",
            dependencies: ["MedIPPolicyTesting"]
        ),
        .target(
            name: "MedipCommands",
            dependencies: ["MedIPPolicy", "MedIPPolicyTesting"]
        ),
        .executableTarget(
            name: "medip",
            dependencies: ["MedipCommands"]
        ),
        .testTarget(
            name: "MedIPPolicyTests",
            dependencies: ["MedIPPolicy", "MedIPPolicyTesting"],
            resources: [.copy("Resources")]
        ),
        .testTarget(
            name: "MedIPPolicyTestingTests",
            dependencies: ["MedIPPolicy", "MedIPPolicyTesting", "MedIPPolicyTestingAssertions"]
        ),
        .testTarget(
            name: "medipTests",
            dependencies: ["MedipCommands", "MedIPPolicy", "MedIPPolicyTesting"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
