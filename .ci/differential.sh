#!/usr/bin/env bash
# The evaluator and the hand-written oracle (MedIPPolicyTesting.ReferenceOracle) must agree on
# 1,000,000 generated cases of the realistic mix, every disposition reached, and on 300,000
# diverse cases (`CaseGenerator(diverse: true)`: thousands of distinct predicate vectors instead
# of a few dozen). Release build of Benchmarks/ (its own package, depending on the root by
# path); exits 1 on any disagreement.
set -euo pipefail
cd "$(dirname "$0")/../Benchmarks"
swift build -c release --product medip-bench 2>&1 | tail -n 3
bench="$(swift build -c release --show-bin-path)/medip-bench"
"$bench" differential --count "${DIFFERENTIAL_CASES:-1000000}"
"$bench" differential --count "${DIFFERENTIAL_DIVERSE_CASES:-300000}" --diverse
"$bench" diversity --count 100000
