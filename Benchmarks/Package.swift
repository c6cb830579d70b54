// swift-tools-version: 6.2
// Measurements for MedIPPolicy, kept out of the library's package: `swift run -c release
// reader-bench` (or ./fast-reader.sh) from this folder.
import PackageDescription

let package = Package(
    name: "MedIPPolicyBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "MedIPPolicy", path: "..")],
    targets: [
        .executableTarget(
            name: "reader-bench",
            dependencies: [.product(name: "MedIPPolicy", package: "MedIPPolicy")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
