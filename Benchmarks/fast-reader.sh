#!/bin/sh
# Builds the reader benchmark in release mode and runs it on one core: CaseFile.decode
# (Foundation's JSONDecoder) against CaseFile.decodeFast on the example cases replicated to
# ~50 MB, as pretty-printed files and as compact JSON Lines.
#
# Usage (from anywhere): Benchmarks/fast-reader.sh [--megabytes N] [--rounds N] [--threads N] [--reader foundation|fast]
set -eu
cd "$(dirname "$0")"
swift build -c release --product reader-bench >&2
exec "$(swift build -c release --show-bin-path)/reader-bench" "$@"
