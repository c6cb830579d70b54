#!/usr/bin/env bash
# Type-checks every ```swift block of README.md, Documentation/*.md and the DocC articles
# (Sources/*/*.docc/**/*.md) against the library's modules, so a code sample cannot drift from
# the API. Builds the library modules (incremental after CI's debug build), then runs
# .ci/code_samples.py, which says how fragments are checked and how a block is marked to skip.
# Takes about 15 s after a build on a 2-core machine. Exits non-zero when any block fails.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! swift build --target MedIPPolicyTestingAssertions >"$work/build.log" 2>&1; then
  cat "$work/build.log" >&2
  echo "code-samples.sh: swift build failed" >&2
  exit 1
fi
python3 .ci/code_samples.py "$(swift build --show-bin-path)/Modules" "$@"
