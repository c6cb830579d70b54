// swift-tools-version: 6.2
// An example consumer of MedIPPolicy as a platform backend uses it on an ordinary day: "today"
// in Beijing from a Foundation `Date`, decisions mapped to the platform's own actions with a
// `switch` over the extensible `DispositionKind` (a `default` for kinds a newer library adds),
// flags routed by a dictionary keyed by `FlagKind`, the blocking patent, unknown due dates and a
// supplied schedule. Run it with `.ci/platform-consumer.sh` from the repository root.
import PackageDescription

let package = Package(
    name: "PlatformConsumer",
    platforms: [.macOS(.v13), .iOS(.v16)],
    dependencies: [
        .package(name: "MedIPPolicy", path: "../.."),
    ],
    targets: [
        .target(
            name: "PlatformDay",
            dependencies: [.product(name: "MedIPPolicy", package: "MedIPPolicy")]
        ),
        .executableTarget(
            name: "platform-day",
            dependencies: ["PlatformDay"]
        ),
        .testTarget(
            name: "PlatformDayTests",
            dependencies: ["PlatformDay", .product(name: "MedIPPolicyTesting", package: "MedIPPolicy")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
