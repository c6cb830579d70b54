// swift-tools-version: 6.2
// Measurements for MedIPPolicy, kept out of the library's package. `./run.sh` runs them all;
// `swift run -c release medip-bench --help` lists the Swift ones; `./fast-reader.sh` measures the
// case readers alone.
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
        .executableTarget(
            name: "medip-bench",
            dependencies: [
                .product(name: "MedIPPolicy", package: "MedIPPolicy"),
                .product(name: "MedIPPolicyTesting", package: "MedIPPolicy"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
