#!/usr/bin/env bash
# ThreadSanitizer run of the tests that run code on several threads: one shared Evaluator used
# from many tasks (ConcurrencyTests), and the screening pipeline — workers sharing a lock, a
# reader and a writer — fed line by line and in runs, for timelines too (ScreeningTests,
# ScreeningInRunsTests, HorizonScreeningTests, ScreeningLineReaderTests, and the screening of
# ScreeningFromResolutionTests on several jobs). The single-threaded tests whose names mention
# screening (summaries, errors as data, the writer's bytes) are left to `swift test`.
# MEDIP_TSAN=1 tells the three heaviest of them to screen fewer lines (some twenty times dearer
# under ThreadSanitizer; the interleavings are what is checked here, the volume is checked by
# `swift test`): the run took 110 s in CI before, 59–76 s after (2026-12-07).
# Uses its own scratch path so it does not invalidate the main build. Fails on any test failure
# or any ThreadSanitizer report. Bounded: 20 minutes at most (build included).
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
filter='ConcurrencyTests/|\.ScreeningTests/|ScreeningInRunsTests/|HorizonScreeningTests/|ScreeningLineReaderTests/|ScreeningFromResolutionTests/screeningWritesWhatTheDecisionPathWrites'
MEDIP_TSAN=1 TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1${TSAN_OPTIONS:+:$TSAN_OPTIONS}" \
  timeout --signal=TERM 1200 \
  swift test --sanitize=thread --scratch-path .build-tsan --filter "$filter" 2>&1 | tee "$log" || status=$?
if grep -q "WARNING: ThreadSanitizer" "$log"; then
  echo "tsan: ThreadSanitizer reported a problem" >&2
  exit 1
fi
if (( status != 0 )); then
  echo "tsan: swift test failed (exit $status)" >&2
  exit "$status"
fi
if ! grep -qE "Test run with [0-9]+ tests? .*passed" "$log"; then
  echo "tsan: no passing test run found in the output" >&2
  exit 1
fi
echo "tsan: no data race reported"
