#!/usr/bin/env bash
# Builds and tests the example consumer of MedIPPolicyTesting (Examples/FixtureConsumer), which
# depends on this repository by path: one XCTest test case and one Swift Testing suite that use
# the builders, scenarios, generators and expectations as an outside platform would.
# Exits non-zero on failure. Scratch files go to .build-consumer (ignored by .gitignore).
set -euo pipefail
cd "$(dirname "$0")/.."

swift test --package-path Examples/FixtureConsumer --scratch-path .build-consumer "$@"
