#!/usr/bin/env bash
# The evaluator and the hand-written oracle (MedIPPolicyTesting.ReferenceOracle) must agree on
# 1,000,000 generated cases, every disposition reached. Release build of Benchmarks/ (its own
# package, depending on the root by path); exits 1 on any disagreement.
set -euo pipefail
cd "$(dirname "$0")/../Benchmarks"
swift build -c release --product medip-bench 2>&1 | tail -n 3
"$(swift build -c release --show-bin-path)/medip-bench" differential --count "${DIFFERENTIAL_CASES:-1000000}"
