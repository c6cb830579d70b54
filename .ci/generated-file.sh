#!/usr/bin/env bash
# Checks that a committed file is exactly what a `medip` command prints.
#
# usage: .ci/generated-file.sh FILE MEDIP-ARGUMENTS…
#   e.g. .ci/generated-file.sh Documentation/CoverageMatrix.md coverage
#
# Builds `medip` (debug), runs it with the arguments into a temporary file and compares that with
# FILE; on any difference prints a unified diff and exits 1. To update:
#   swift run medip MEDIP-ARGUMENTS… > FILE
set -euo pipefail
cd "$(dirname "$0")/.."

if (( $# < 2 )); then
  echo "usage: .ci/generated-file.sh FILE MEDIP-ARGUMENTS…" >&2
  exit 2
fi
file=$1
shift

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! swift build --product medip >"$work/build.log" 2>&1; then
  cat "$work/build.log" >&2
  echo "generated-file.sh: swift build --product medip failed" >&2
  exit 1
fi
bin=$(swift build --show-bin-path)
"$bin/medip" "$@" >"$work/generated"

if ! diff -u "$file" "$work/generated" >"$work/diff.txt"; then
  cat "$work/diff.txt" >&2
  echo "generated-file.sh: $file differs from \`medip $*\`; regenerate it with: swift run medip $* > $file" >&2
  exit 1
fi
echo "generated-file.sh: $file is up to date (medip $*)"
