#!/usr/bin/env bash
# Fuzz smoke for CI: builds the libFuzzer target and runs it for 60 seconds (FUZZ_SECONDS to
# change). Fails on any crash, hang (10 s per input), or memory blow-up. See Fuzz/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
exec timeout --signal=TERM 900 Fuzz/run.sh "${FUZZ_SECONDS:-60}"
