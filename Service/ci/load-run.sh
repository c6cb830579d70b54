#!/usr/bin/env bash
# One bounded load run against medip-service, used by .ci/service.sh and Benchmarks/run.sh:
# starts SERVICE on 127.0.0.1 on a free port, runs wrk against it (loopback only, 2 threads,
# 16 connections, WRK_SECONDS seconds, default 10; post-decision.lua beside this script POSTs
# Documentation/Examples/generic-category3-listing.json, or MEDIP_CASE, to
# /v1/decisions?QUERY), then stops the service with SIGTERM and waits for it.
#
#   Service/ci/load-run.sh SERVICE QUERY [--log] [SERVICE OPTION…]
#
# --log gives the service a decision log in a scratch folder and checks afterwards that it holds
# at least one decision per response received. Prints the machine's load just before wrk starts
# ("load before the run: …", /proc/loadavg), wrk's own report, and last wrk's one-line summary
# ("wrk: N requests in S s: R requests/s, p50 X ms, p99 Y ms, errors E"). Installs wrk from
# Debian when missing. Exits non-zero when the service does not start, on any wrk error, or on a
# missing logged decision.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
service=$1 query=$2
shift 2
log=0
if [[ ${1:-} == --log ]]; then log=1; shift; fi
export MEDIP_CASE=${MEDIP_CASE:-$root/Documentation/Examples/generic-category3-listing.json}

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk) >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  fi
fi
scratch=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -TERM "$pid"; wait "$pid" || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT
options=("$@")
((log)) && options+=(--decision-log "$scratch/decisions.jsonl")
"$service" --host 127.0.0.1 --port 0 --log-level warning "${options[@]}" >"$scratch/out" 2>"$scratch/err" &
pid=$!
for _ in $(seq 1 100); do grep -q "listening on" "$scratch/out" 2>/dev/null && break; sleep 0.1; done
port=$(sed -n 's/.*listening on 127.0.0.1:\([0-9]*\).*/\1/p' "$scratch/out")
[ -n "$port" ] || { cat "$scratch/err" >&2; echo "the service did not start" >&2; exit 1; }
echo "load before the run: $(cat /proc/loadavg) (1/5/15-minute load, running/total tasks) on $(nproc) cores"
wrk --latency -t2 -c16 -d"${WRK_SECONDS:-10}s" --timeout 5s -s "$root/Service/ci/post-decision.lua" \
  "http://127.0.0.1:$port/v1/decisions?$query" >"$scratch/wrk"
kill -TERM "$pid"
wait "$pid"
pid=
grep -v '^wrk: ' "$scratch/wrk"
requests=$(sed -n 's/^wrk: \([0-9]*\) requests.*/\1/p' "$scratch/wrk")
if ((log)); then
  logged=$(wc -l <"$scratch/decisions.jsonl")
  echo "decision log: $logged lines for $requests responses received"
  [ "$logged" -ge "$requests" ] || { echo "fewer logged decisions than responses" >&2; exit 1; }
fi
grep '^wrk: ' "$scratch/wrk"
grep -q "errors 0" "$scratch/wrk" || { echo "the load run had errors" >&2; exit 1; }
