#!/usr/bin/env bash
# Fuzz smoke for CI: builds the libFuzzer binary once, unoptimised (FUZZ_OPT=-Onone: 51 s to
# build where -O took 176, for about a third of the executions per second, with the library's
# assert() checks live), and runs every target in turn — the per-layer targets (read, validate,
# evaluate, screen) for 15 seconds each and the whole pipeline for 30: 90 seconds in all, about
# half the executions of the 60 optimised seconds it ran before, for some 85 s less in CI.
# FUZZ_SECONDS scales the total (the same proportions); FUZZ_OPT=-O builds optimised. Fails on
# any crash, hang (10 s per input), or memory blow-up. See Fuzz/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
total=${FUZZ_SECONDS:-90}
export FUZZ_OPT=${FUZZ_OPT:--Onone}
case $total in
  '' | *[!0-9]*) echo "FUZZ_SECONDS must be a number of seconds" >&2; exit 2 ;;
esac
share=$(( total / 6 > 0 ? total / 6 : 1 ))
FUZZ_BUILD_ONLY=1 timeout --signal=TERM 900 Fuzz/run.sh
for target in read validate evaluate screen; do
  FUZZ_TARGET=$target timeout --signal=TERM 300 Fuzz/run.sh "$share"
done
FUZZ_TARGET=pipeline timeout --signal=TERM 300 Fuzz/run.sh $(( total - 4 * share > 0 ? total - 4 * share : 1 ))
