// swift-tools-version: 6.2
// The MedIPPolicy decision service: `medip-service`, an HTTP/JSON front for platforms that are
// not written in Swift. Kept out of the library's package so that the library keeps zero
// dependencies. `swift run medip-service --help` lists its options; README.md says more.
import PackageDescription

let package = Package(
    name: "MedIPPolicyService",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "medip-service", targets: ["medip-service"]),
    ],
    dependencies: [
        .package(name: "MedIPPolicy", path: ".."),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        .target(
            name: "MedipServiceCore",
            dependencies: [
                .product(name: "MedIPPolicy", package: "MedIPPolicy"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "medip-service",
            dependencies: [
                "MedipServiceCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "MedipServiceCoreTests",
            dependencies: [
                "MedipServiceCore",
                "medip-service",
                .product(name: "MedIPPolicy", package: "MedIPPolicy"),
                .product(name: "MedIPPolicyTesting", package: "MedIPPolicy"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
