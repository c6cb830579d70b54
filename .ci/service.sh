#!/usr/bin/env bash
# Builds medip-service (Service/, its own package) and runs its Swift tests in process (swift test
# --package-path Service: MedipServiceCoreTests, debug), then starts it on 127.0.0.1 with free
# ports and runs Service/Tests/service_test.py against it: every endpoint and error status checked against
# Service/openapi.yaml, decisions byte-identical to `medip evaluate --format json`, screenings to
# `medip screen`, a 1,000,000-line screening with bounded memory, SIGKILL under load (no lost
# decision, no partial line after restart), rotation, graceful shutdown, the Java example. Then a
# bounded load run: wrk, loopback only, 2 threads, 16 connections, 10 s, POST /v1/decisions.
#
# SERVICE_BUILD=release builds and load-tests the release build (Benchmarks/run.sh is what
# writes the figures); the default is the debug build, about three minutes cheaper in CI, with a
# smoke load run only. The build has its own scratch path, Service/.build: in the root's .build,
# after the example packages have built there, SwiftPM stopped with "No target named
# 'medip-service-…-debug.exe' in build description" (seen again on 2026-12-07), so the library's
# debug modules are compiled a second time (about 35 s). Only the two products CI runs are built —
# medip-service and the test bundle — not every product of every dependency that a bare `swift
# build` makes (Hummingbird's benchmarks, swift-nio-ssl, HTTP/2…); and the Swift tests serve
# their routes over HTTP with Foundation's URLSession instead of HummingbirdTesting (which
# brings AsyncHTTPClient and BoringSSL): the service's build fell from 585 s to 322–376 s in CI
# (beside the Benchmarks release build; 2026-12-07).
# A debug build keeps SwiftPM's index store, which costs time: test discovery on Linux reads it
# (with --disable-index-store the test build fails, "index store path does not exist"). Installs
# what it needs (python3 modules from PyPI, wrk from Debian) when missing; the load run is
# Service/ci/load-run.sh. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${SERVICE_BUILD:-debug}
package=(--package-path Service)
started=$(date +%s)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Fails on a failed build or on a warning or error in the service's own code.
checked_build() {
  set +e
  swift build "${package[@]}" "$@" 2>&1 | tee -a "$work/build.log" \
    | grep -E "error|warning: .*Service/(Sources|Tests)|Compiling medip|Build" | grep -v "^warning: 'swift-distributed-tracing'"
  local status=${PIPESTATUS[0]}
  set -e
  if grep -E "^(/.*)?Service/(Sources|Tests)/.*: (warning|error):" "$work/build.log" >/dev/null; then
    grep -E "^(/.*)?Service/(Sources|Tests)/.*: (warning|error):" "$work/build.log" | sort -u >&2
    echo "medip-service: warnings or errors in Service/Sources or Service/Tests" >&2
    exit 1
  fi
  if [ "$status" -ne 0 ]; then
    echo "medip-service: swift build $* failed (exit status $status)" >&2
    exit 1
  fi
}

# The service and its Swift tests (Service/Tests/MedipServiceCoreTests, always debug).
echo "--- building medip-service ($build) and its Swift tests (debug)"
checked_build -c "$build" --product medip-service
checked_build --product MedIPPolicyServicePackageTests
service="$(swift build "${package[@]}" -c "$build" --show-bin-path)/medip-service"
[ -x "$service" ] || { echo "medip-service was not built" >&2; exit 1; }
echo "built in $(( $(date +%s) - started )) s"

# The Swift tests of MedipServiceCore and of the options (routes served on a loopback port).
echo "--- Swift tests: swift test --package-path Service (debug)"
tests_started=$(date +%s)
tests_log="$work/tests.log"
set +e
swift test "${package[@]}" --skip-build 2>&1 | tee "$tests_log" | grep -E "✘|error:|: warning:|Test run"
tests_status=${PIPESTATUS[0]}
set -e
if [ "$tests_status" -ne 0 ]; then
  grep -E "✘" "$tests_log" >&2 || true
  echo "MedipServiceCoreTests failed (swift test exit status $tests_status)" >&2
  exit 1
fi
echo "Swift tests took $(( $(date +%s) - tests_started )) s"

# medip itself, for the byte-for-byte comparisons: the debug build (CI made it before).
swift build --product medip >/dev/null
medip="$(swift build --show-bin-path)/medip"

echo "--- python modules"
if ! python3 -c "import yaml, jsonschema, referencing, openapi_spec_validator" 2>/dev/null; then
  python3 -m pip install --quiet PyYAML jsonschema referencing openapi-spec-validator \
    || python3 -m pip install --quiet --break-system-packages PyYAML jsonschema referencing openapi-spec-validator
fi
python3 - <<'PY'
import yaml
from openapi_spec_validator import validate
validate(yaml.safe_load(open("Service/openapi.yaml")))
print("Service/openapi.yaml is a valid OpenAPI 3.1 document")
PY

echo "--- HTTP tests"
python3 Service/Tests/service_test.py --service "$service" --medip "$medip" --repo .

echo "--- load run: wrk, 10 s, 2 threads, 16 connections, POST /v1/decisions ($build build)"
Service/ci/load-run.sh "$service" "asOf=2026-11-23&detail=summary" --log
echo "service checks took $(( $(date +%s) - started )) s"
