#!/usr/bin/env bash
# Checks that Documentation/CoverageMatrix.md is up to date with the catalog and the rules.
#
# Builds `medip`, regenerates the matrix with `medip coverage` into a temporary file and compares
# it with the committed file; on any difference prints a unified diff and exits 1. To update:
#   swift run medip coverage > Documentation/CoverageMatrix.md
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! swift build --product medip >"$work/build.log" 2>&1; then
  cat "$work/build.log" >&2
  echo "coverage-matrix.sh: swift build --product medip failed" >&2
  exit 1
fi
bin=$(swift build --show-bin-path)
"$bin/medip" coverage >"$work/CoverageMatrix.md"

if ! diff -u Documentation/CoverageMatrix.md "$work/CoverageMatrix.md" >"$work/diff.txt"; then
  cat "$work/diff.txt" >&2
  echo "coverage-matrix.sh: Documentation/CoverageMatrix.md is stale;" \
    "regenerate it with: swift run medip coverage > Documentation/CoverageMatrix.md" >&2
  exit 1
fi
echo "coverage-matrix.sh: Documentation/CoverageMatrix.md is up to date"
