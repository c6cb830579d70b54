#!/usr/bin/env bash
# Timelines are exact: on 10,000 generated cases, each over a five-year window, the decision of
# every timeline segment equals day-by-day evaluation on every day of it (18 million
# evaluations). Release build of Benchmarks/ (its own package, depending on the root by path);
# exits 1 on any mismatch. The debug test suite runs the same check on 200 cases
# (TimelinePropertyTests).
set -euo pipefail
cd "$(dirname "$0")/../Benchmarks"
swift build -c release --product medip-bench 2>&1 | tail -n 3
"$(swift build -c release --show-bin-path)/medip-bench" timeline-property --count "${TIMELINE_CASES:-10000}"
