#!/usr/bin/env bash
# Builds and runs every analyst script in Snippets/.
#
# SwiftPM builds each Snippets/NAME.swift as an executable NAME with `swift build` (Swift 5.7+
# "snippets"), and `swift run NAME` runs it. This script builds the package, fails on a compiler
# warning in Snippets/, then runs each snippet with its default arguments from the package root
# (snippets read files such as Snippets/observations.csv relative to the working directory) and
# fails when any exits non-zero or prints nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! swift build >"$work/build.log" 2>&1; then
  cat "$work/build.log" >&2
  echo "snippets.sh: swift build failed" >&2
  exit 1
fi
if grep -E '^(/.*)?Snippets/.*: warning:' "$work/build.log" >&2; then
  echo "snippets.sh: compiler warnings in Snippets/" >&2
  exit 1
fi
bin=$(swift build --show-bin-path)

status=0
count=0
for file in Snippets/*.swift; do
  name=$(basename "$file" .swift)
  count=$((count + 1))
  echo "== $name"
  if [[ ! -x $bin/$name ]]; then
    echo "snippets.sh: $name was not built (expected $bin/$name)" >&2
    status=1
    continue
  fi
  rc=0
  "$bin/$name" >"$work/$name.out" 2>&1 || rc=$?
  if [[ $rc -ne 0 || ! -s $work/$name.out ]]; then
    cat "$work/$name.out" >&2
    echo "snippets.sh: $name failed (exit $rc)" >&2
    status=1
  else
    head -n 3 "$work/$name.out"
    echo "   ok ($(wc -l <"$work/$name.out") lines)"
  fi
done

if [[ $count -eq 0 ]]; then
  echo "snippets.sh: no snippets in Snippets/" >&2
  exit 1
fi
if [[ $status -ne 0 ]]; then
  echo "snippets.sh: FAILED" >&2
  exit 1
fi
echo "snippets.sh: $count snippets ran"
