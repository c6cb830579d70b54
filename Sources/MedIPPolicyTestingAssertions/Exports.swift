// One-line assertions for Swift Testing and XCTest over MedIPPolicyTesting's expectations.
//
// Kept apart from the fixtures themselves so that a program which uses the builders, scenarios or
// generators without a test framework (the `medip` tool's `generate` command, a benchmark) does
// not link the toolchain's test libraries. Importing this module imports the fixtures too.
@_exported import MedIPPolicyTesting
