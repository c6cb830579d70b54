#!/usr/bin/env bash
# Runs every MedIPPolicy benchmark and prints the figures as Markdown (paste them into
# Benchmarks/README.md, or pass --write to replace the "Latest figures" section there).
#
#   Benchmarks/run.sh [--cases N] [--write]
#
# 1. evaluator vs the hand-written oracle, per typical case; a 1,000,000-case differential
# 2. peers: Cedar (cedarpy) and a zen-engine decision table on the same JSON Lines corpus,
#    against `medip screen`, with agreement asserted on every case
# 3. end-to-end screening of N cases (default 1,000,000): cases/s and peak RSS
# 4. calendar: 1,000,000 working-day deadline computations
# plus the screening stage costs and the case readers. Peers install into a virtual environment
# this script creates under Benchmarks/.venv (nothing of theirs enters the package).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cases=1000000
write=0
while (($#)); do
  case $1 in
    --cases) cases=$2; shift 2 ;;
    --write) write=1; shift ;;
    *) echo "usage: run.sh [--cases N] [--write]" >&2; exit 2 ;;
  esac
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
as_of=2026-11-23
out="$work/figures.md"

echo "building (release)…" >&2
(cd "$root" && swift build -c release --product medip >/dev/null)
(cd "$here" && swift build -c release --product medip-bench >/dev/null)
medip="$root/.build/release/medip"
bench="$here/.build/release/medip-bench"

{
  echo "Run on $(date -u +%Y-%m-%d) — $(nproc) cores, $(uname -m), $(swift --version 2>/dev/null | head -1)."
  echo
  echo '```'
  "$bench" evaluator
  "$bench" differential --count 1000000
  "$bench" calendar
  "$bench" stages
  echo '```'
} > "$out"

echo "generating $cases cases…" >&2
"$medip" generate --count "$cases" --seed 2026 --as-of "$as_of" --output "$work/cases.jsonl"
bytes=$(stat -c %s "$work/cases.jsonl")

echo "screening…" >&2
python3 - "$medip" "$work/cases.jsonl" "$as_of" "$work/decisions.jsonl" "$cases" "$bytes" >> "$out" <<'PY'
import os, subprocess, sys, time
medip, cases, as_of, output, count, size = sys.argv[1:7]
count, size = int(count), int(size)
print()
print("End-to-end screening (`medip screen`, JSON Lines in → JSON Lines out, all cores; every case")
print("decoded, validated and decided; median of 3 runs, largest peak RSS of the process):")
print()
print("| output | cases | input | seconds | cases/s | MB/s in | peak RSS | CPU (user+sys) |")
print("|---|---|---|---|---|---|---|---|")
for label, extra in (("decisions with citations", []), ("verdicts (`--verdicts`)", ["--verdicts"])):
    runs = []  # three runs; the median time counts, and the largest peak RSS
    for _ in range(3):
        start = time.perf_counter()
        child = subprocess.Popen([medip, "screen", cases, "--as-of", as_of, "--output", output] + extra,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        if status != 0:
            sys.stderr.write(child.stderr.read())
            sys.exit(1)
        runs.append((seconds, usage.ru_maxrss, usage.ru_utime + usage.ru_stime))
    seconds, _, cpu = sorted(runs)[1]
    rss = max(run[1] for run in runs)
    print(f"| {label} | {count:,} | {size / 1e6:.0f} MB | {seconds:.1f} | {count / seconds:,.0f} | {size / 1e6 / seconds:.0f} | {rss / 1024:.0f} MB | {cpu:.1f} s |")
PY

echo "peers…" >&2
venv="$here/.venv"
if [[ ! -x "$venv/bin/python" ]]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet cedarpy zen-engine
fi
peer_cases=$((cases < 100000 ? cases : 100000))
head -n "$peer_cases" "$work/cases.jsonl" > "$work/peer-cases.jsonl"
# Each engine three times on the same corpus; the median time counts.
swift_times=()
for _ in 1 2 3; do
  swift_start=$(date +%s.%N)
  "$medip" screen "$work/peer-cases.jsonl" --as-of "$as_of" --output "$work/peer-decisions.jsonl" 2>/dev/null
  swift_end=$(date +%s.%N)
  swift_times+=("$(python3 -c "print($swift_end - $swift_start)")")
done
"$venv/bin/python" "$here/peers/peers.py" "$work/peer-cases.jsonl" "$as_of" "$work/peer-decisions.jsonl" --repeat 3 > "$work/peers.json"
python3 - "$work/peers.json" "${swift_times[@]}" >> "$out" <<'PY'
import json, sys
peers = json.load(open(sys.argv[1]))
swift_seconds = sorted(float(t) for t in sys.argv[2:])[1]
n = peers["cases"]
swift_rate = n / swift_seconds
faster = max(peers["cedar"]["casesPerSecond"], peers["zen"]["casesPerSecond"])
print()
print(f"Peers on the same {n:,} cases (each end to end: parse, facts, decide; MedIPPolicy also validates and writes every decision; median of 3 runs each):")
print()
print("| engine | cases/s | MedIPPolicy is |")
print("|---|---|---|")
print(f"| MedIPPolicy (`medip screen`) | {swift_rate:,.0f} | — |")
print(f"| Cedar (cedarpy {'batch'}) | {peers['cedar']['casesPerSecond']:,.0f} | {swift_rate / peers['cedar']['casesPerSecond']:.1f}× faster |")
print(f"| zen-engine decision table | {peers['zen']['casesPerSecond']:,.0f} | {swift_rate / peers['zen']['casesPerSecond']:.1f}× faster |")
print()
print(f"All three agree on every case: {'yes' if peers['agree'] else 'NO — ' + json.dumps(peers['disagreements'])}. "
      f"Ratio to the faster peer: {swift_rate / faster:.1f}×.")
if not peers["agree"]:
    sys.exit(1)
PY

echo "readers…" >&2
{
  echo
  echo "Case readers, one core (\`fast-reader.sh\`):"
  echo
  echo '```'
  "$here/fast-reader.sh" --megabytes 30 2>/dev/null | tail -n 6 || true
  echo '```'
} >> "$out"

cat "$out"
if ((write)); then
  python3 - "$here/README.md" "$out" <<'PY'
import sys
readme, figures = open(sys.argv[1]).read(), open(sys.argv[2]).read()
start = readme.index("<!-- figures:start -->") + len("<!-- figures:start -->")
end = readme.index("<!-- figures:end -->")
open(sys.argv[1], "w").write(readme[:start] + "\n" + figures + "\n" + readme[end:])
PY
fi
