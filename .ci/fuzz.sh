#!/usr/bin/env bash
# Fuzz smoke for CI: builds the libFuzzer binary once and runs every target in turn — the
# per-layer targets (read, validate, evaluate, screen) for 10 seconds each and the whole
# pipeline for 20: 60 seconds in all, as before the split. FUZZ_SECONDS scales the total
# (the same proportions). Fails on any crash, hang (10 s per input), or memory blow-up. See
# Fuzz/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
total=${FUZZ_SECONDS:-60}
case $total in
  '' | *[!0-9]*) echo "FUZZ_SECONDS must be a number of seconds" >&2; exit 2 ;;
esac
share=$(( total / 6 > 0 ? total / 6 : 1 ))
FUZZ_BUILD_ONLY=1 timeout --signal=TERM 900 Fuzz/run.sh
for target in read validate evaluate screen; do
  FUZZ_TARGET=$target timeout --signal=TERM 300 Fuzz/run.sh "$share"
done
FUZZ_TARGET=pipeline timeout --signal=TERM 300 Fuzz/run.sh $(( total - 4 * share > 0 ? total - 4 * share : 1 ))
