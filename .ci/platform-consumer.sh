#!/usr/bin/env bash
# Builds, tests and runs the example platform (Examples/PlatformConsumer), which depends on this
# repository by path and uses the extensible kinds (`switch` with a `default`, `FlagKind` as a
# dictionary key), CivilDate.today / Date conversion, the blocking patent, unknown due dates and
# a supplied schedule. Fails on a compiler warning in Examples/, a failing test, or a run whose
# output is not what the example cases decide. Builds in the root package's scratch path (.build),
# reusing the library's debug modules, as .ci/fixture-consumer.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."

package=(--package-path Examples/PlatformConsumer --scratch-path .build)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! swift build "${package[@]}" --build-tests >"$work/build.log" 2>&1; then
  cat "$work/build.log" >&2
  echo "platform-consumer.sh: build failed" >&2
  exit 1
fi
if grep -E '^(/.*)?Examples/.*: warning:' "$work/build.log" >&2; then
  echo "platform-consumer.sh: compiler warnings in Examples/" >&2
  exit 1
fi
swift test "${package[@]}" --skip-build
bin=$(swift build "${package[@]}" --show-bin-path)
"$bin/platform-day" 2026-11-23 Documentation/Examples/generic-category3-listing.json \
  Documentation/Examples/missing-self-commitment.json | tee "$work/run.txt"
grep -q '^example-generic-category3: hold 2029-06-18' "$work/run.txt"
grep -q '^  blocking patent ZL200910123456.6: filing date 2009-06-18 + 20 years' "$work/run.txt"
grep -q ': returnToApplicant' "$work/run.txt"
echo "platform-consumer.sh: ok"
