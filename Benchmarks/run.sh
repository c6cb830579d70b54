#!/usr/bin/env bash
# Runs every MedIPPolicy benchmark and prints the figures as Markdown; with --write it replaces
# "Latest figures" in Benchmarks/README.md (the only figures the READMEs carry).
#
#   Benchmarks/run.sh [--quick] [--cases N] [--write] [--force] [--max-load L] [--no-service]
#
#   --quick       a shorter run: 100,000 cases, 20,000 for the peers, 1,000 timelines checked,
#                 shorter evaluator loops (about 2.5 minutes once everything is built; the
#                 full run took 11 on 2026-12-06 and 21 on 2026-12-07, the same 2-core
#                 machine at half speed; the closing line of every run says how long it took). The service's release
#                 build comes first: about 8 minutes from a clean Service/.build here.
#   --cases N     cases screened end to end (default 1,000,000; 100,000 with --quick)
#   --write       replace "Latest figures" in Benchmarks/README.md with this run's figures
#   --force       write even when the machine is busy; the figures are then marked as taken
#                 under load
#   --max-load L  the busiest machine figures are written from: a 1-minute load average of
#                 L per core (default 0.5)
#   --no-service  skip the decision service over HTTP (its release build is the longest step);
#                 the figures then say that it was skipped
#
# Every timed figure comes with the machine's load just before it (/proc/loadavg and the number
# of other running processes) and, where it matters, with an instruction count (callgrind,
# Benchmarks/instructions.sh), which does not depend on the load: wall-clock figures from a busy
# machine are not comparable, instruction counts are (instructions.sh counts the marginal cost of
# a line: a run on its corpus twice over minus a run on it once, so no one-time cost is in them).
#
# Ratios are taken within a repeat, never between batches: a repeat runs the contenders of a
# comparison back to back (one core: `medip`'s four rows, orjson, pysimdjson; all cores: one core,
# then all of them; the horizon: without, then with; each peer engine just after a run of `medip`),
# each repeat gives one ratio, and a ratio is printed as the median of those and, in parentheses,
# their range, smallest to largest: `0.62× (0.58–0.66 over 5 runs)`. This machine's speed moves
# 10–20 % within minutes; the range shows how far that moved the ratio (a ratio of two medians
# from separate batches could even put parallel efficiency above 100 %). Rates and times in the
# tables are each contender's median run. Repeats: 5 on one core side by side (3 with --quick),
# 3 elsewhere.
#
# 1. evaluator vs the hand-written oracle; differentials on realistic and diverse corpora; how
#    diverse the corpora are (distinct predicate vectors); calendar; screening stages
# 2. one core, side by side on the same corpus: `medip screen --jobs 1` (decisions, verdicts)
#    and `medip`'s parse step alone (`medip-bench parse`) against orjson and pysimdjson merely
#    parsing each line, each ratio with its range, and how many cores' worth `medip` used (CPU
#    time over wall-clock time: its one worker, plus its reading and writing threads)
# 3. all cores: `medip screen` end to end, peak RSS at two corpus sizes, parallel efficiency
#    from pairs of one-core and all-core runs, with its range, beside the machine's own (as many
#    independent one-worker processes as cores, each on its share of the corpus), the cores the
#    whole machine kept busy, and each run's output written alone (the disk's own time)
# 4. peers at equal cores (Cedar, zen-engine, CEL, Rego; orjson parsing; one process per core),
#    each ratio to `medip` with its range
# 5. instructions per line (callgrind) for the same steps, instruction-cache misses per line
#    (cachegrind) for a verdict and for orjson, and the case readers
# 6. timelines: one evaluation against a five-year timeline, evaluations per timeline, and what a
#    one-year horizon costs `medip screen`, with instruction counts (instructions.sh --timeline)
# 7. the decision service: a release `medip-service` on a free loopback port under wrk
#    (Service/ci/load-run.sh: 2 threads, 16 connections, 10 s per row)
# Peers install into a virtual environment this script creates under Benchmarks/.venv.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
command="Benchmarks/run.sh $*"
cases=""
quick=0
write=0
force=0
max_load=0.5
service=1
while (($#)); do
  case $1 in
    --cases) cases=$2; shift 2 ;;
    --quick) quick=1; shift ;;
    --write) write=1; shift ;;
    --force) force=1; shift ;;
    --max-load) max_load=$2; shift 2 ;;
    --no-service) service=0; shift ;;
    *) echo "usage: run.sh [--quick] [--cases N] [--write] [--force] [--max-load L] [--no-service]" >&2; exit 2 ;;
  esac
done
if ((quick)); then
  cases=${cases:-100000}; peer_cases=20000; loop_count=5000; differential=200000; repeats=3; side_repeats=3; property=1000
else
  cases=${cases:-1000000}; peer_cases=100000; loop_count=20000; differential=1000000; repeats=3; side_repeats=5; property=10000
fi
peer_cases=$((cases < peer_cases ? cases : peer_cases))
cores=$(nproc)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
as_of=2026-11-23
out="$work/figures.md"
began=$(date +%s)

# The machine's load now: "load 0.12 / 0.30 / 0.25 (1, 5, 15 min) on 2 cores, 0 other processes
# running" — the kernel's count of runnable tasks (/proc/loadavg), less the one reading it.
load_now() {
  local one five fifteen tasks
  read -r one five fifteen tasks _ < /proc/loadavg
  local running=${tasks%/*}
  echo "load $one / $five / $fifteen (1, 5, 15 min) on $cores cores, $((running > 0 ? running - 1 : 0)) other processes running"
}
load_one() { cut -d' ' -f1 /proc/loadavg; }
busy() { python3 -c "import sys; sys.exit(0 if $(load_one) > $max_load * $cores else 1)"; }

if ((write)) && busy && ! ((force)); then
  echo "run.sh: the machine is busy ($(load_now)); figures are written only below a 1-minute load of $max_load per core. Wait for a quiet machine, or pass --force to write them marked as taken under load." >&2
  exit 3
fi
echo "building (release; and linked statically with link-time optimisation for the timings)…" >&2
# The figures time `medip` and `medip-bench` built as one ships a tool: release, the Swift
# standard library and runtime linked into the executable (`--static-swift-stdlib`) and the whole
# program optimised at link time (`--experimental-lto-mode=full`), each in a build directory of
# its own (.build-static) so that the usual .build is not rebuilt. Calls into the runtime
# (reference counting, allocation) are then direct rather than through the dynamic linker's
# tables, and the optimiser sees across modules. Measured by hand on 2026-12-06 (300,000
# diverse cases, one core): verdicts 13 % and full decisions 10 % faster than the plain release
# build (Benchmarks/README.md, "Decisions taken"). The plain release build — the one CI tests —
# is built too: before any timing, both screen the whole corpus and their output must be
# byte-identical.
static_build=(swift build -c release --static-swift-stdlib --experimental-lto-mode=full --scratch-path .build-static)
(cd "$root" && swift build -c release --product medip >/dev/null)
(cd "$root" && "${static_build[@]}" --product medip >/dev/null)
(cd "$here" && "${static_build[@]}" --product medip-bench >/dev/null)
tested="$root/.build/release/medip"
medip="$root/.build-static/release/medip"
bench="$here/.build-static/release/medip-bench"
service_build=0
if ((service)); then
  echo "building the decision service (release)…" >&2
  service_began=$(date +%s)
  swift build --package-path "$root/Service" -c release --product medip-service >/dev/null
  service_build=$(( $(date +%s) - service_began ))
fi

venv="$here/.venv"
if [[ ! -x "$venv/bin/python" ]]; then
  python3 -m venv "$venv"
fi
# Each package alone, so that one that does not install here is reported, not fatal.
for package in orjson pysimdjson cedarpy zen-engine common-expression-language opa-eval; do
  "$venv/bin/pip" show --quiet "$package" >/dev/null 2>&1 || "$venv/bin/pip" install --quiet "$package" >&2 \
    || echo "run.sh: $package does not install on this machine (see the pip error above)" >&2
done
python="$venv/bin/python"

# The builds above load the machine themselves, so the load that decides is the one after them:
# wait up to five minutes for the 1-minute average to fall below the bound, then decide whether
# the figures are taken under load (and, with --write, refuse unless --force).
settle=0
while busy && ((settle < 300)); do
  sleep 15
  settle=$((settle + 15))
done
under_load=0
busy && under_load=1
if ((write)) && ((under_load)) && ! ((force)); then
  echo "run.sh: the machine is still busy after the builds and ${settle} s of waiting ($(load_now)); figures are written only below a 1-minute load of $max_load per core. Wait for a quiet machine, or pass --force to write them marked as taken under load." >&2
  exit 3
fi

# The code measured: the commit, and whether the working tree differed from it (the README,
# which --write rewrites at the end, aside).
commit=$(git -C "$root" rev-parse --short=12 HEAD 2>/dev/null || echo "unknown")
git -C "$root" diff --quiet HEAD -- . ':(exclude)Benchmarks/README.md' 2>/dev/null || commit="$commit with uncommitted changes"
{
  echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC') with \`$command\` — $cores cores, $(uname -m), $(swift --version 2>/dev/null | head -1)."
  echo "Code measured: commit $commit."
  echo "\`medip\` and \`medip-bench\` built with \`${static_build[*]}\`."
  echo "Before the run: $(load_now)."
  if ((under_load)); then
    echo
    how="not written to the README"
    ((write)) && how="written with --force"
    echo "**Taken under load** (1-minute load above $max_load per core, $how): the wall-clock"
    echo "figures below are not comparable with a quiet run; the instruction counts are."
  fi
  echo
  echo '```'
  "$bench" evaluator --count "$loop_count"
  "$bench" differential --count "$differential"
  "$bench" differential --count "$differential" --diverse
  "$bench" diversity --count 100000
  "$bench" calendar
  "$bench" stages --count "$loop_count"
  echo '```'
} > "$out"

echo "generating $cases diverse cases…" >&2
"$medip" generate --count "$cases" --seed 2026 --as-of "$as_of" --diverse --output "$work/cases.jsonl"
head -n $((cases / 10)) "$work/cases.jsonl" > "$work/tenth.jsonl"
head -n "$peer_cases" "$work/cases.jsonl" > "$work/peer-cases.jsonl"
head -n 2000 "$work/cases.jsonl" > "$work/instr-cases.jsonl"
head -n 100000 "$work/cases.jsonl" > "$work/horizon-cases.jsonl"

echo "comparing the timed build's output with the tested build's…" >&2
for mode in decisions verdicts; do
  flag=(); [[ $mode == verdicts ]] && flag=(--verdicts)
  "$tested" screen "$work/cases.jsonl" --as-of "$as_of" --jobs "$cores" "${flag[@]}" --output "$work/tested.jsonl" 2>/dev/null
  "$medip" screen "$work/cases.jsonl" --as-of "$as_of" --jobs "$cores" "${flag[@]}" --output "$work/out.jsonl" 2>/dev/null
  if ! cmp -s "$work/tested.jsonl" "$work/out.jsonl"; then
    echo "run.sh: the timed build (${static_build[*]}) screens the corpus differently from the tested build ($mode): no figures" >&2
    exit 1
  fi
done
rm -f "$work/tested.jsonl"
{
  echo
  echo "The timed build's output is byte for byte the plain release build's on all $cases cases (decisions and verdicts)."
} >> "$out"

echo "one core, side by side…" >&2
# Each repeat runs every contender once, back to back; a ratio is taken within a repeat, so that a
# change of the machine's speed between repeats touches both of its sides alike.
PYTHONPATH="$here" python3 - "$medip" "$python" "$work/cases.jsonl" "$as_of" "$work/out.jsonl" "$side_repeats" "$(load_now)" "$bench" >> "$out" <<'PY'
import os, subprocess, sys, time
from statistics import median
from spread import spread
medip, python, cases, as_of, output, repeats, load, bench = sys.argv[1:9]
cpu_share = {}  # per `medip` contender: each run's CPU time (user + sys) over its wall-clock time
lines = sum(1 for line in open(cases, "rb") if line.strip())
parse = """
import sys, time
lines = open(sys.argv[1], "rb").read().splitlines()
mode = sys.argv[2]
if mode == "orjson":
    import orjson
    begin = time.perf_counter()
    for line in lines: orjson.loads(line)
else:
    import simdjson
    parser = simdjson.Parser()
    begin = time.perf_counter()
    for line in lines: parser.parse(line)
print(time.perf_counter() - begin)
"""
def run_medip(extra, to_file=True):
    # To a file: written whole, `fsync`ed and renamed into place, as `--output` always does. Not to
    # a file: the same lines on standard output, discarded, so the row measures the computing
    # alone, as the parsers' rows do (they keep nothing either).
    # One worker; the process's reading and writing threads may run on another core, so each
    # run's CPU time is kept to show how many cores' worth it used.
    target = ["--output", output] if to_file else []
    # The previous run's output is removed first, untimed: `--output` renames its file over the
    # target, and replacing a file makes that `rename` free the old one's blocks (0.2 s for 270 MB
    # here, measured with `strace -w`), a cost of the file system and of the run before, not of
    # this one. Every run to a file below writes where no file is.
    if to_file and os.path.exists(output):
        os.remove(output)
    begin = time.perf_counter()
    child = subprocess.Popen([medip, "screen", cases, "--as-of", as_of, "--jobs", "1"] + target + extra,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - begin
    if status != 0:
        sys.exit("run.sh: a one-core run of medip failed")
    key = ("verdicts" if extra else "decisions") + ("" if to_file else "-discarded")
    cpu_share.setdefault(key, []).append((usage.ru_utime + usage.ru_stime) / seconds)
    return seconds
def run_parse(mode):
    return float(subprocess.run([python, "-c", parse, cases, mode], check=True, capture_output=True, text=True).stdout)
def run_reader():
    # The parse step alone, as the parsers are timed: `medip-bench parse` reads and splits the file
    # first, then times `CaseFile.decodeLine` over every line (a new case per line, kept by nothing).
    return float(subprocess.run([bench, "parse", cases], check=True, capture_output=True, text=True).stdout)
contenders = {"decisions": lambda: run_medip([]), "verdicts": lambda: run_medip(["--verdicts"]),
              "decisions-discarded": lambda: run_medip([], to_file=False),
              "verdicts-discarded": lambda: run_medip(["--verdicts"], to_file=False),
              "reader": run_reader,
              "orjson": lambda: run_parse("orjson"), "simdjson": lambda: run_parse("simdjson")}
runs = {key: [] for key in contenders}
for repeat in range(int(repeats)):
    # Every other repeat in reverse order: of any two contenders neither always runs first, so a
    # machine speeding up or slowing down over the minutes of a repeat does not always favour one.
    order = list(contenders.items())
    for key, run in order if repeat % 2 == 0 else reversed(order):
        runs[key].append(run())
rate = {key: lines / median(seconds) for key, seconds in runs.items()}
def versus(key, reference):
    # `key`'s speed over `reference`'s, one ratio per repeat: the reference's time over key's.
    return spread([theirs / ours for ours, theirs in zip(runs[key], runs[reference])])
print()
print(f"One core, side by side on the same {lines:,} diverse cases ({load}; {repeats} repeats, each running")
print("every contender once, back to back, every other repeat in reverse order). `medip screen --jobs 1` runs")
print("end to end (read, parse, validate, decide, write, count), once to a file (`--output`: written whole,")
print("`fsync`ed, renamed into place, where no file is) and once to standard output discarded (the computing alone); orjson and")
print("pysimdjson only parse each line, already in memory, in a Python loop, and keep nothing, as `medip`'s")
print("parse step alone is timed too (`medip-bench parse`: `CaseFile.decodeLine`, the public reader, on every line")
print("already in memory; a new case per line, kept by nothing — the screener reads into its previous case")
print("instead, and validates and decides after). Lines/s and µs")
print("are each contender's median; a ratio is taken within each repeat (the two sides ran within a minute of")
print("each other) and given as the median of those ratios and, in parentheses, their range — the smallest and")
print("the largest: how far the machine's changing speed moved the ratio. A wide range says the ratio holds to")
print("no better than that. `medip` runs one worker, and its reading and writing threads may use another core:")
print("the last column is each run's CPU time (user + sys) over its wall-clock time — how many cores' worth it")
print("used (median, range); the parsers and `medip-bench parse` run on one thread.")
print()
print("| what | lines/s | µs per line | `medip`'s speed ÷ orjson's | ÷ pysimdjson's | CPU ÷ wall |")
print("|---|---|---|---|---|---|")
def row(label, key):
    parser = key in ("orjson", "simdjson")
    ratios = ("—", "—") if parser else (versus(key, "orjson"), versus(key, "simdjson"))
    cores_used = spread(cpu_share[key], 2, "") if key in cpu_share else "—"  # `medip screen` runs only
    print(f"| {label} | {rate[key]:,.0f} | {1e6 / rate[key]:.2f} | {ratios[0]} | {ratios[1]} | {cores_used} |")
row("`medip screen --jobs 1 --output FILE`: full decisions", "decisions")
row("`medip screen --jobs 1 --output FILE --verdicts`: verdicts", "verdicts")
row("`medip screen --jobs 1 > /dev/null`: full decisions", "decisions-discarded")
row("`medip screen --jobs 1 --verdicts > /dev/null`: verdicts", "verdicts-discarded")
row("`medip-bench parse`: the parse step alone, `CaseFile.decodeLine(line)`", "reader")
row("orjson: `orjson.loads(line)`", "orjson")
row("pysimdjson: `Parser.parse(line)` (DOM)", "simdjson")
PY

echo "all cores…" >&2
# Parallel efficiency from pairs: each repeat runs one core, then all of them, back to back.
PYTHONPATH="$here" python3 - "$medip" "$work/cases.jsonl" "$work/tenth.jsonl" "$as_of" "$work/out.jsonl" "$cores" "$repeats" "$(load_now)" >> "$out" <<'PY'
import os, subprocess, sys, time
from statistics import median
from spread import spread
medip, cases, tenth, as_of, output, cores, repeats, load = sys.argv[1:9]
cores, repeats = int(cores), int(repeats)
def count(path):
    return sum(1 for line in open(path, "rb") if line.strip())
def machine_busy():
    """Seconds of CPU the whole machine has spent busy since boot (user, nice, system, irq and
    softirq time of /proc/stat's first line: every process and the kernel's own threads, not
    time stolen by the hypervisor), or None where there is no /proc/stat."""
    try:
        with open("/proc/stat") as stat:
            fields = [int(field) for field in stat.readline().split()[1:8]]
    except (OSError, ValueError):
        return None
    user, nice, system, _idle, _iowait, irq, softirq = fields
    return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")
def screen(path, jobs, extra, to_file=True):
    """One run: (seconds, peak RSS in KB, CPU seconds, cores the machine kept busy meanwhile or
    None). To a file (`--output`: written whole, `fsync`ed at the end, renamed), or to standard
    output discarded: the computing alone, without the write and the final `fsync`, which no core
    shares. The machine's busy cores count the kernel's work for the file too (page cache,
    writeback), which a one-worker run gets from an otherwise idle core."""
    target = ["--output", output] if to_file else []
    if to_file and os.path.exists(output):  # as in the one-core runs: no file to replace
        os.remove(output)
    busy = machine_busy()
    begin = time.perf_counter()
    child = subprocess.Popen([medip, "screen", path, "--as-of", as_of, "--jobs", str(jobs)] + target + extra,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - begin
    after = machine_busy()
    if status != 0:
        sys.stderr.write(child.stderr.read())
        sys.exit(1)
    cores_busy = (after - busy) / seconds if busy is not None and after is not None else None
    return seconds, usage.ru_maxrss, usage.ru_utime + usage.ru_stime, cores_busy
# The corpus in `cores` parts (consecutive lines), for the machine's own efficiency; streamed, so
# that this script stays small (a child's peak RSS counts the script it was forked from).
parts = [f"{output}.part{index}.jsonl" for index in range(cores)] if cores > 1 else []
n, size = count(cases), os.path.getsize(cases)
if parts:
    sinks = [open(part, "wb") for part in parts]
    seen = 0
    with open(cases, "rb") as source:
        for line in source:
            if line.strip():
                sinks[min(cores - 1, seen * cores // n)].write(line)
                seen += 1
    for sink in sinks:
        sink.close()
def independent(extra):
    """`cores` one-worker processes at once, each on its part, output discarded: seconds until the last ends."""
    begin = time.perf_counter()
    children = [subprocess.Popen([medip, "screen", part, "--as-of", as_of, "--jobs", "1"] + extra,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for part in parts]
    if any(child.wait() != 0 for child in children):
        sys.exit("run.sh: an independent one-worker run failed")
    return time.perf_counter() - begin
def write_alone(size):
    """Seconds to write `size` bytes of a run's output to a new file beside it as `medip --output`
    writes (1 MiB writes, the write-back started every 8 MiB, `fsync` at the end), with nothing
    computed: what the kernel and the disk alone take for a run's file, the floor under any run
    to a file however many cores compute it."""
    with open(output, "rb") as written:
        block = written.read(1 << 20)
    path = output + ".alone"
    begin = time.perf_counter()
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    done = started = 0
    while done < size:
        done += os.write(descriptor, block[: min(len(block), size - done)])
        if done - started >= 8 << 20 and hasattr(os, "posix_fadvise"):  # as `medip`, on Linux only
            os.posix_fadvise(descriptor, started, done - started, os.POSIX_FADV_DONTNEED)
            started = done
    os.fsync(descriptor)
    os.close(descriptor)
    seconds = time.perf_counter() - begin
    os.remove(path)
    return seconds
def efficiency(extra, to_file):
    """Per repeat, one core then all cores (and, output discarded, `cores` independent one-worker
    processes on a part each; to a file, the output written alone): the all-core runs, each pair's
    parallel efficiency in %, the machine's own efficiency with independent processes in %, the
    cores the machine kept busy during the one-core runs and during the all-core runs, and the
    seconds the output took to write alone, each with the all-core run's seconds beside it."""
    runs, efficiencies, machine, one_busy, all_busy, alone = [], [], [], [], [], []
    for _ in range(repeats):
        one = screen(cases, 1, extra, to_file) if cores > 1 else None
        run = screen(cases, cores, extra, to_file)
        runs.append(run)
        if to_file:
            alone.append((write_alone(os.path.getsize(output)), run[0]))
        if run[3] is not None:
            all_busy.append(run[3])
        if one is not None:
            efficiencies.append(100 * one[0] / (cores * run[0]))
            if one[3] is not None:
                one_busy.append(one[3])
            if not to_file:
                machine.append(100 * one[0] / (cores * independent(extra)))
    return runs, efficiencies, machine, one_busy, all_busy, alone
def busy(one, all_):
    """The median cores busy in the one-core runs, then in the all-core runs: `1.15 → 1.68`."""
    if not one or not all_:
        return "—"
    return f"{median(one):.2f} → {median(all_):.2f}"
print()
print(f"All {cores} cores, end to end (`medip screen`, JSON Lines in → JSON Lines out; every case decoded,")
print(f"validated and decided; {load}; {repeats} repeats). Seconds, cases/s and CPU are the median run's;")
print(f"peak RSS the largest. Parallel efficiency is the one-core time over {cores} × the {cores}-core time, from")
print(f"pairs: each repeat runs one core, then {cores}, back to back, and the efficiency of each pair is taken; the")
print("median of those and, in parentheses, their range (smallest–largest: how far the machine's changing")
print("speed moved it). To a file (`--output`, the rest of the row; its write and final `fsync` are one stream")
print("no core shares, so the faster the computing, the larger their share) and with the output discarded (the")
print(f"computing alone). The next column is the machine's own ceiling, measured the same way: {cores} independent")
print(f"`medip screen --jobs 1` processes at once, each on 1/{cores} of the corpus, output discarded, sharing")
print("nothing but the machine (one core's time over {0} × theirs): what the hardware and the hypervisor give two".format(cores))
print("busy cores, against which the pipeline's discarded figure is to be read. The last column says how")
print("many cores the whole machine kept busy (from /proc/stat: every process and the kernel's threads),")
print(f"median of the one-core runs → median of the {cores}-core runs, to a file / discarded: writing a file")
print("costs the kernel work (page cache, writeback) that a one-worker run gets from an idle core, and its")
print("final `fsync` waits for the disk with every core idle:")
print()
print("| output | cases | input | seconds | cases/s | peak RSS | RSS at 1/10 of the corpus | CPU (user+sys) | parallel efficiency: to a file / discarded | the machine's own, independent processes | cores busy, one core → all: to a file / discarded |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
floors = []
for label, extra in (("decisions with citations", []), ("verdicts (`--verdicts`)", ["--verdicts"])):
    runs, to_file, _, file_one, file_all, alone = efficiency(extra, True)
    floors.append((label, os.path.getsize(output), alone))  # the size of the file just measured
    _, discarded, machine, discarded_one, discarded_all, _ = efficiency(extra, False)
    small_rss = max(screen(tenth, cores, extra)[1] for _ in range(repeats))
    seconds, _, cpu, _ = sorted(runs)[len(runs) // 2]
    rss = max(run[1] for run in runs)
    print(f"| {label} | {n:,} | {size / 1e6:.0f} MB | {seconds:.2f} | {n / seconds:,.0f} | {rss / 1024:.0f} MB | "
          f"{small_rss / 1024:.0f} MB | {cpu:.1f} s | {spread(to_file, 0, ' %')} / {spread(discarded, 0, ' %')} | "
          f"{spread(machine, 0, ' %')} | {busy(file_one, file_all)} / {busy(discarded_one, discarded_all)} |")
print()
print("Writing a run's output alone, with nothing computed — the same bytes to a new file as `--output` writes")
print("them (1 MiB writes, the write-back started every 8 MiB, `fsync` at the end), just after each all-core run")
print("to a file: the kernel's and the disk's own time for the file, under which no run to a file can go however")
print(f"many cores compute it; median and range of {repeats}, and its share of the all-core run's time in the same repeat:")
print()
for label, size, alone in floors:
    print(f"- {label}: {size / 1e6:.0f} MB written alone in {median(seconds for seconds, _ in alone):.2f} s "
          f"({min(seconds for seconds, _ in alone):.2f}–{max(seconds for seconds, _ in alone):.2f}), "
          f"{spread([100 * seconds / run for seconds, run in alone], 0, ' %')} of the {cores}-core run to a file")
for part in parts:
    os.remove(part)
PY

echo "timelines…" >&2
timeline_load=$(load_now)
"$bench" timeline > "$work/timeline.txt"
"$bench" timeline-property --count "$property" > "$work/property.txt"
horizon_load=$(load_now)
# Per repeat, without then with the horizon, back to back: "plain horizon plain horizon …".
horizon_times=$(python3 - "$medip" "$work/horizon-cases.jsonl" "$as_of" "$work/out.jsonl" "$cores" "$repeats" <<'PY'
import os, subprocess, sys, time
medip, cases, as_of, output, cores, repeats = sys.argv[1:7]
for _ in range(int(repeats)):
    for extra in ([], ["--within", "1y"]):
        if os.path.exists(output):  # as in the one-core runs: no file to replace
            os.remove(output)
        begin = time.perf_counter()
        subprocess.run([medip, "screen", cases, "--as-of", as_of, "--jobs", cores, "--output", output] + extra,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print(time.perf_counter() - begin, end=" ")
PY
)
"$here/instructions.sh" --timeline "$bench" "$medip" "$work/instr-cases.jsonl" "$as_of" > "$work/timeline-instructions.tsv"
# shellcheck disable=SC2086 # $horizon_times is a list of numbers, one argument each
PYTHONPATH="$here" python3 - "$work/timeline.txt" "$work/property.txt" "$work/timeline-instructions.tsv" "$work/horizon-cases.jsonl" \
  "$cores" "$repeats" "$timeline_load" "$horizon_load" $horizon_times >> "$out" <<'PY'
import re, sys
from statistics import median
from spread import spread
timeline, prop, tsv = (open(path, encoding="utf-8").read() for path in sys.argv[1:4])
cases, cores, repeats, timeline_load, horizon_load = sys.argv[4:9]
times = [float(value) for value in sys.argv[9:]]
plain_runs, horizon_runs = times[0::2], times[1::2]
plain, horizon = median(plain_runs), median(horizon_runs)
instructions = {name: float(value.replace(",", "")) for name, value in (line.split("\t") for line in tsv.splitlines())}
lines = sum(1 for line in open(cases, "rb") if line.strip())
def found(pattern, text, what):
    match = re.search(pattern, text)
    if match is None:
        sys.exit(f"run.sh: no {what} in the output of medip-bench")
    return match
def nanoseconds(label):
    match = found(re.escape(label) + r"\s+([\d.]+) (ns|µs)", timeline, f"'{label}'")
    return float(match[1]) * (1000 if match[2] == "µs" else 1)
def duration(ns):
    return f"{ns / 1000:.2f} µs" if ns >= 1000 else f"{ns:.0f} ns"
single, five = nanoseconds("typical case: evaluate(.summary)"), nanoseconds("typical case: timeline, 5 years")
typical_evaluations = found(r"\(([\d.]+) evaluations per timeline", timeline, "evaluations per timeline")[1]
generated_evaluations = found(r"\(([\d.]+) per case\)", prop, "evaluations per case")[1]
property_cases = found(r"timeline property: (\d+) generated cases", prop, "timeline property")[1]
print()
print(f"Timelines (early warning), in process ({timeline_load}): `medip-bench timeline` and")
print(f"`medip-bench timeline-property --count {property_cases}` (every segment checked against day-by-day evaluation):")
print()
print("```")
print(timeline.rstrip())
print(prop.rstrip())
print("```")
print()
print(f"`medip screen` on all {cores} cores, the first {lines:,} cases of the diverse corpus, without and with a one-year")
print(f"horizon (`--within 1y`; {horizon_load}; {repeats} repeats, each running both back to back; cases/s from the")
print("median run, the ratio of times taken within each repeat: its median and, in parentheses, its range, how far")
print("the machine's changing speed moved it). Instructions by callgrind (`instructions.sh --timeline`, one core):")
print("per typical case in the first two rows (one round minus none, so building the cases is subtracted), per")
print("line of the 2,000-line corpus in the last two (marginal: that corpus twice over minus once, ÷ 2,000, so")
print("start-up and the worker's one-time costs drop out):")
print()
print("| what | wall clock | instructions |")
print("|---|---|---|")
print(f"| typical case: one evaluation, `evaluate(_:asOf:detail: .summary)` | {duration(single)} | {instructions['evaluate']:,.0f} |")
print(f"| typical case: timeline over five years (1,826 days) | {duration(five)} ({five / single:.1f}×) | "
      f"{instructions['timeline']:,.0f} ({instructions['timeline'] / instructions['evaluate']:.1f}×) |")
print(f"| evaluations per five-year timeline, instead of 1,826 | typical case {typical_evaluations}, "
      f"generated cases {generated_evaluations} | — |")
print(f"| `medip screen` | {lines / plain:,.0f} cases/s | {instructions['screen']:,.0f} per line |")
print(f"| `medip screen --within 1y` | {lines / horizon:,.0f} cases/s; the time "
      f"{spread([h / p for p, h in zip(plain_runs, horizon_runs)], 1)} | "
      f"{instructions['horizon']:,.0f} per line ({instructions['horizon'] / instructions['screen']:.1f}×) |")
PY

echo "peers…" >&2
peer_load=$(load_now)
# `medip`'s verdicts, for peers.py to check every engine's answers against; then peers.py runs
# `medip` again just before each of every engine's timed runs, so that each ratio is taken within a
# pair of runs made back to back.
# The paired runs write a file of their own, which peers.py removes after each (untimed).
peer_medip=("$medip" screen "$work/peer-cases.jsonl" --as-of "$as_of" --jobs "$cores" --verdicts)
"${peer_medip[@]}" --output "$work/peer-verdicts.jsonl" 2>/dev/null
"$python" "$here/peers/peers.py" "$work/peer-cases.jsonl" "$as_of" "$work/peer-verdicts.jsonl" \
  --repeat "$repeats" --jobs "$cores" --pair-with "$(python3 -c 'import json, sys; print(json.dumps(sys.argv[1:]))' "${peer_medip[@]}" --output "$work/peer-paired.jsonl")" \
  > "$work/peers.json" || true
PYTHONPATH="$here" python3 - "$work/peers.json" "$cores" "$peer_load" "$repeats" >> "$out" <<'PY'
import json, sys
from statistics import median
from spread import spread
peers = json.load(open(sys.argv[1]))
cores, load, repeats = sys.argv[2:5]
engines = {key: entry for key, entry in peers["engines"].items() if "error" not in entry}
swift_runs = [seconds for entry in engines.values() for seconds in entry["pairedSeconds"]]
swift_rate = peers["cases"] / median(swift_runs) if swift_runs else 0
def versus(entry):
    # `medip`'s speed over the engine's, one ratio per pair: the engine's time over `medip`'s.
    return spread([theirs / ours for ours, theirs in zip(entry["pairedSeconds"], entry["runs"])], 1)
names = {"facts": "orjson + the facts in Python, no engine (every peer's floor)", "cedar": "Cedar (cedarpy, batches of 1,000)",
         "zen": "zen-engine decision table", "cel": "CEL (common-expression-language), one expression",
         "rego": "Rego (opa-eval, regorus)"}
print()
print(f"Peers on the same {peers['cases']:,} diverse cases, each on {cores} processes (one per core, a split of the corpus),")
print(f"parsing with orjson ({load}; {repeats} runs of each engine, each just after a run of `medip`). **Not the same")
print("question**: a peer answers the disposition's kind only, from facts computed in Python; `medip screen --verdicts`")
print("answers the kind, its date, a concurrent disposition, consequences and flags, and validates every case first.")
print("`medip`'s time is the whole process (start-up and compiling the rule set included); the peers' excludes starting")
print("Python and compiling their policies. Cases/s from the median run (`medip`'s over all its runs); the ratio is")
print("taken within each pair (`medip`, then the engine, back to back): its median and, in parentheses, its range,")
print("how far the machine's changing speed moved it.")
print()
print("| engine | cases/s | `medip --verdicts` cases/s ÷ the engine's |")
print("|---|---|---|")
print(f"| `medip screen --verdicts --jobs {cores}` | {swift_rate:,.0f} | — |")
for key, entry in peers["engines"].items():
    if "error" in entry:
        print(f"| {names.get(key, key)} | does not run here: {entry['error']} | — |")
        continue
    print(f"| {names.get(key, key)} | {entry['casesPerSecond']:,.0f} | {versus(entry)} |")
print()
agree = "yes" if peers["agree"] else "NO — " + json.dumps(peers["disagreements"])
fastest = max((key for key in engines if key != "facts"), key=lambda key: engines[key]["casesPerSecond"], default=None)
print(f"Every engine agrees with `medip` on every case's disposition: {agree}. Ratio to the fastest engine "
      f"({names.get(fastest, fastest)}): {versus(engines[fastest])}." if fastest else f"Agreement: {agree}.")
PY

echo "instruction counts…" >&2
{
  echo
  echo "Instructions per line (callgrind; they do not depend on the load), on the first 2,000 lines of the same"
  echo "corpus, as the marginal cost of a line: (a run on those lines twice over − a run on them once) ÷ 2,000, so"
  echo "start-up and the worker's one-time costs (first use of its tables, runtime metadata, lazy globals) drop out,"
  echo "while what every line pays stays in: \`medip\`'s reading of the lines, and Python's loop around orjson's"
  echo "and pysimdjson's parse (Python's reading of the file and splitting it into lines, which the timed rows"
  echo "above leave out too, is subtracted):"
  echo
  "$here/instructions.sh" "$medip" "$work/instr-cases.jsonl" "$as_of" "$python"
} >> "$out"

if ! ((quick)); then
  echo "readers…" >&2
  {
    echo
    echo "Case readers, one core (\`fast-reader.sh\`):"
    echo
    echo '```'
    "$here/fast-reader.sh" --megabytes 30 2>/dev/null | tail -n 6 || true
    echo '```'
  } >> "$out"
fi
service_runs=0
if ((service)); then
  echo "decision service…" >&2
  service_began=$(date +%s)
  {
    echo
    echo "The decision service over HTTP: a release \`medip-service\` on 127.0.0.1, \`wrk\` on the same machine"
    echo "(\`Service/ci/load-run.sh\`: 2 threads, 16 connections, 10 s, \`POST /v1/decisions\` with"
    echo "\`Documentation/Examples/generic-category3-listing.json\`). The figures include the HTTP stack, reading the"
    echo "body, writing the decision as JSON and, where said, the decision log; \`wrk\` shares the cores with the service."
    echo
    echo "| request | decision log | requests/s | p50 | p99 | load before the run (1, 5, 15 min; running/total tasks) |"
    echo "|---|---|---|---|---|---|"
  } >> "$out"
  for row in "summary yes" "summary no" "full no"; do
    read -r detail logged <<< "$row"
    log_option=()
    [[ $logged == yes ]] && log_option=(--log)
    "$root/Service/ci/load-run.sh" "$root/Service/.build/release/medip-service" "asOf=$as_of&detail=$detail" "${log_option[@]}" > "$work/wrk.txt"
    load=$(awk '/^load before the run:/ { print $5, $6, $7, $8 }' "$work/wrk.txt")
    sed -n 's#^wrk: .*: \([0-9]*\) requests/s, p50 \(.*\), p99 \(.*\), errors .*#| `detail='"$detail"'` | '"$logged"' | \1 | \2 | \3 | '"$load"' |#p' "$work/wrk.txt" >> "$out"
  done
  service_runs=$(( $(date +%s) - service_began ))
else
  {
    echo
    echo "The decision service over HTTP: skipped (\`--no-service\`)."
  } >> "$out"
fi
{
  echo
  echo "After the run: $(load_now). The run took $(( ($(date +%s) - began) / 60 )) min$( ((service)) && echo ", of which the service's release build $service_build s and its load runs $service_runs s")."
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
if [[ -s "$work/peers.json" ]] && ! python3 -c "import json,sys; sys.exit(0 if json.load(open('$work/peers.json'))['agree'] else 1)"; then
  echo "run.sh: the peers disagree with medip (see the figures)" >&2
  exit 1
fi
