#!/usr/bin/env bash
# Builds and tests the example consumer of MedIPPolicyTesting (Examples/FixtureConsumer), which
# depends on this repository by path: one XCTest test case and one Swift Testing suite that use
# the builders, scenarios, generators and expectations as an outside platform would.
# Exits non-zero on failure. It builds in the root package's scratch path (.build): the library's
# modules there are the ones a dependent package gets, so a debug build of the root is reused
# instead of compiled again; the example's own modules sit beside them.
set -euo pipefail
cd "$(dirname "$0")/.."

swift test --package-path Examples/FixtureConsumer --scratch-path .build "$@"
