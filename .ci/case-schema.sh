#!/usr/bin/env bash
# Checks that Documentation/case.schema.json is the schema `medip schema` prints.
#
# The schema's one source is Sources/MedipCommands/SchemaCommands.swift (`caseSchema`); the file
# in Documentation/ is generated from it. Builds `medip`, prints the schema into a temporary file
# and compares it with the committed file; on any difference prints a unified diff and exits 1.
# To update:
#   swift run medip schema > Documentation/case.schema.json
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! swift build --product medip >"$work/build.log" 2>&1; then
  cat "$work/build.log" >&2
  echo "case-schema.sh: swift build --product medip failed" >&2
  exit 1
fi
bin=$(swift build --show-bin-path)
"$bin/medip" schema >"$work/case.schema.json"

if ! diff -u Documentation/case.schema.json "$work/case.schema.json" >"$work/diff.txt"; then
  cat "$work/diff.txt" >&2
  echo "case-schema.sh: Documentation/case.schema.json differs from medip schema;" \
    "regenerate it with: swift run medip schema > Documentation/case.schema.json" >&2
  exit 1
fi
echo "case-schema.sh: Documentation/case.schema.json is up to date"
