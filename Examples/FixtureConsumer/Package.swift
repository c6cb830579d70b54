// swift-tools-version: 6.2
// An example consumer of MedIPPolicyTesting: a (tiny) procurement platform that embeds
// MedIPPolicy, and its test suite, which imports the fixtures — one XCTest test case and one
// Swift Testing suite. Run it with `.ci/fixture-consumer.sh` from the repository root.
import PackageDescription

let package = Package(
    name: "FixtureConsumer",
    platforms: [.macOS(.v13), .iOS(.v16)],
    dependencies: [
        .package(name: "MedIPPolicy", path: "../.."),
    ],
    targets: [
        .target(
            name: "ListingPlatform",
            dependencies: [.product(name: "MedIPPolicy", package: "MedIPPolicy")]
        ),
        .testTarget(
            name: "ListingPlatformXCTests",
            dependencies: ["ListingPlatform", .product(name: "MedIPPolicyTesting", package: "MedIPPolicy")]
        ),
        .testTarget(
            name: "ListingPlatformTests",
            dependencies: ["ListingPlatform", .product(name: "MedIPPolicyTesting", package: "MedIPPolicy")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
