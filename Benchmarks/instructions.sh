#!/usr/bin/env bash
# Instruction counts per line (valgrind --tool=callgrind), which do not depend on the machine's
# load: `medip screen --jobs 1` for full decisions and for verdicts, the parse step alone
# (CaseReader.read) and the decision writer alone, beside orjson's and pysimdjson's parse of the
# same lines in Python, where one line's instructions go by kind of work
# (instruction-breakdown.py), and how often a verdict and orjson's parse miss the first-level
# instruction cache (valgrind --tool=cachegrind --cache-sim=yes, simulating this machine's).
#
# Every count is the marginal cost of a line: (run on CASES twice over − run on CASES once) / N,
# N the lines of CASES (the twice-over corpus is CASES concatenated with itself). What a run pays
# once is in both runs and drops out: start-up (the interpreter's, the evaluator's compilation)
# and also the worker's one-time costs — the first use of its tables, runtime metadata look-ups,
# lazily initialised globals — which a run on zero lines never starts and which the older method,
# (run on N lines − run on 0 lines) / N, charged to the lines (about 1,300 instructions a line at
# N = 2,000). What every line pays stays in: `medip`'s reading of the lines, and Python's loop
# around orjson's and pysimdjson's parse, which is fair as `medip`'s reading of lines stays in too
# (the older counts subtracted a loop without the parse). Only Python's reading of the file and
# `splitlines()` — about 14,000 instructions a line, a byte-by-byte scan and a copy, which
# run.sh's timed side-by-side leaves out as well (its clock starts after them) — is subtracted, as
# its own marginal cost: the same script run twice over and once without the parse. The toggled
# counts (parse step, writer), collected only inside the toggled function, and the breakdown,
# collected only inside the worker, are marginal the same way. Python runs with a fixed hash seed
# (PYTHONHASHSEED=0), so that its counts, like `medip`'s, repeat from run to run.
#
#   Benchmarks/instructions.sh MEDIP CASES.jsonl AS_OF [PYTHON]
#   Benchmarks/instructions.sh --timeline MEDIP-BENCH MEDIP CASES.jsonl AS_OF
#
# MEDIP is a release build of `medip`; CASES.jsonl a corpus of a few thousand lines; PYTHON an
# interpreter with orjson and pysimdjson (Benchmarks/.venv/bin/python; skipped when absent).
# Prints one Markdown table.
#
# With --timeline (MEDIP-BENCH a release build of `medip-bench`) it counts what timelines cost
# instead and prints "name<TAB>instructions" lines for run.sh to put beside its times:
# `evaluate` and `timeline` per typical case (`medip-bench profile-evaluate` and
# `profile-timeline`, a five-year window; 500 cases, one round minus none, so building the cases
# is subtracted), `screen` and `horizon` per line of CASES.jsonl (`medip screen --jobs 1`,
# without and with `--within 1y`; marginal, as above).
set -euo pipefail
bench=
if [[ ${1:-} == --timeline ]]; then bench=$2; shift 2; fi
medip=$1 cases=$2 as_of=$3 python=${4:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lines=$(grep -c . "$cases")
# The corpus twice over (awk ends every line, so the copies cannot run together).
awk 1 "$cases" "$cases" > "$work/twice.jsonl"

# Instructions of one callgrind run (extra arguments go to valgrind before the program).
count() {
  local out="$work/callgrind.out"
  valgrind --tool=callgrind --callgrind-out-file="$out" "$@" >/dev/null 2>"$work/valgrind.log"
  # The "summary:" / "totals:" line of the profile is the total of the collected events.
  awk '/^(summary|totals):/ { print $2; exit }' "$out"
}
per() {  # per N MORE LESS → (MORE − LESS) / N instructions
  python3 -c "print(f'{($2 - $3) / $1:,.0f}')"
}
screen() {  # screen CORPUS [valgrind options] -- [medip options]
  local corpus=$1; shift
  local vg=()
  while [[ $1 != -- ]]; do vg+=("$1"); shift; done
  shift
  count "${vg[@]}" "$medip" screen "$corpus" --as-of "$as_of" --jobs 1 --output "$work/out.jsonl" "$@"
}
marginal() {  # marginal [valgrind options] -- [medip options] → instructions of one more line
  per "$lines" "$(screen "$work/twice.jsonl" "$@")" "$(screen "$cases" "$@")"
}

if [[ -n $bench ]]; then
  per_case() {  # per_case PROFILE → instructions per typical case of `medip-bench PROFILE`
    per 500 "$(count "$bench" "$1" --count 500 --rounds 1)" "$(count "$bench" "$1" --count 500 --rounds 0)"
  }
  printf 'evaluate\t%s\n' "$(per_case profile-evaluate)"
  printf 'timeline\t%s\n' "$(per_case profile-timeline)"
  printf 'screen\t%s\n' "$(marginal --)"
  printf 'horizon\t%s\n' "$(marginal -- --within 1y)"
  exit 0
fi

decisions=$(marginal --)
verdicts=$(marginal -- --verdicts)
# shellcheck disable=SC2016 # the $ begins a Swift mangled symbol, not an expansion
parse=$(marginal '--toggle-collect=$s11MedIPPolicy10CaseReaderO4read*' --)
# shellcheck disable=SC2016 # the same
write=$(marginal '--toggle-collect=$s11MedIPPolicy18ScreenedLineWriterV12writeDecided4line_6caseID*' --)
# A toggled function that was renamed or inlined away counts nothing: refuse to print a zero.
for figure in "$parse" "$write"; do
  if [[ $figure == 0 ]]; then
    echo "instructions.sh: a --toggle-collect function ran no instructions (renamed? inlined?); update its symbol" >&2
    exit 1
  fi
done
# …and one that matches only a small helper counts a little: the parse step is most of a verdict.
if (( ${parse//,/} * 3 < ${verdicts//,/} )); then
  echo "instructions.sh: the parse step ($parse) is under a third of a verdict ($verdicts): the toggled symbol no longer names the reader's entry (inlined?); update it" >&2
  exit 1
fi

echo "| per line, one core (marginal: $((2 * lines)) lines of \`$(basename "$cases")\` twice over − $lines once, ÷ $lines) | instructions |"
echo "|---|---|"
echo "| \`medip screen\`: full decision (read, parse, validate, decide, write, count) | $decisions |"
echo "| \`medip screen --verdicts\`: verdict | $verdicts |"
echo "| of which: parse step alone (\`CaseReader.read\`) | $parse |"
echo "| of which: writing one decision line | $write |"
breakdown() {  # breakdown NAME [medip options] → the worker's profile, function by function, demangled,
  local name=$1; shift  # on the corpus twice over in NAME-twice.txt and once in NAME-once.txt
  local copies
  for copies in twice once; do
    local corpus=$cases
    [[ $copies == twice ]] && corpus=$work/twice.jsonl
    screen "$corpus" '--toggle-collect=*OrderedPipeline*work*' -- "$@" >/dev/null
    callgrind_annotate --threshold=100 --auto=no "$work/callgrind.out" | swift demangle --simplified > "$work/$name-$copies.txt"
  done
}
if [[ -n $python && -x $python ]]; then
  cat > "$work/parse.py" <<'PY'
import sys
lines = open(sys.argv[1], "rb").read().splitlines()
mode = sys.argv[2]
if mode == "orjson":
    import orjson
    for line in lines:
        orjson.loads(line)
elif mode == "simdjson":
    import simdjson
    parser = simdjson.Parser()
    for line in lines:
        parser.parse(line)  # the DOM parse; the document is dropped before the next one
elif mode != "read":  # "read": reading the file and splitting it into lines only (subtracted)
    sys.exit(f"parse.py: unknown mode {mode}")
PY
  python_run() {  # python_run CORPUS MODE → instructions of parse.py (a fixed hash seed: the same count every run)
    PYTHONHASHSEED=0 count "$python" "$work/parse.py" "$1" "$2"
  }
  read_twice=$(python_run "$work/twice.jsonl" read) read_once=$(python_run "$cases" read)
  parse_marginal() {  # parse_marginal MODE → instructions of one more line parsed by MODE in Python's loop
    per "$lines" "$(( $(python_run "$work/twice.jsonl" "$1") - read_twice ))" "$(( $(python_run "$cases" "$1") - read_once ))"
  }
  orjson=$(parse_marginal orjson)
  simd=$(parse_marginal simdjson)
  echo "| orjson: \`orjson.loads(line)\` (in Python's loop) | $orjson |"
  echo "| pysimdjson: \`Parser.parse(line)\` (DOM; in Python's loop) | $simd |"
  python3 - "$decisions" "$verdicts" "$parse" "$orjson" "$simd" <<'PY'
import sys
decisions, verdicts, parse, orjson, simd = (float(v.replace(",", "")) for v in sys.argv[1:6])
print()
print(f"By instructions: a full decision costs {decisions / orjson:.2f}× orjson's parse of the line (speed ratio "
      f"{orjson / decisions:.2f}×; goal ≥ 1.0), a verdict {verdicts / orjson:.2f}× (speed ratio {orjson / verdicts:.2f}×; "
      f"goal ≥ 2.0); the parse step {parse / simd:.1f}× pysimdjson's DOM parse (goal ≤ 3).")
PY

  # Instruction-cache misses per line (cachegrind's simulation of this machine's first-level
  # instruction cache), marginal like the counts: why the wall-clock ratios fall short of the
  # instruction ratios. A run's "summary:" line holds Ir then I1mr.
  cache() {  # cache PROGRAM… → "instructions misses" of one cachegrind run
    valgrind --tool=cachegrind --cache-sim=yes --cachegrind-out-file="$work/cachegrind.out" "$@" >/dev/null 2>"$work/valgrind.log"
    awk '/^summary:/ { print $2, $3; exit }' "$work/cachegrind.out"
  }
  medip_cache() {  # medip_cache CORPUS → "instructions misses" of a verdict screening of CORPUS
    cache "$medip" screen "$1" --as-of "$as_of" --jobs 1 --verdicts --output "$work/out.jsonl"
  }
  python_cache() {  # python_cache CORPUS MODE → "instructions misses" of parse.py
    PYTHONHASHSEED=0 cache "$python" "$work/parse.py" "$1" "$2"
  }
  # Marginal over the N extra lines of the twice-over corpus; Python's reading and splitting of
  # the file subtracted as in parse_marginal.
  read -r ir2 miss2 < <(medip_cache "$work/twice.jsonl")
  read -r ir1 miss1 < <(medip_cache "$cases")
  l1i=$(awk '/^desc: I1 cache:/ { sub(/^desc: I1 cache: +/, ""); print; exit }' "$work/cachegrind.out")
  medip_ir=$((ir2 - ir1)) medip_miss=$((miss2 - miss1))
  read -r ir2 miss2 < <(python_cache "$work/twice.jsonl" orjson)
  read -r ir1 miss1 < <(python_cache "$cases" orjson)
  read -r read_ir2 read_miss2 < <(python_cache "$work/twice.jsonl" read)
  read -r read_ir1 read_miss1 < <(python_cache "$cases" read)
  orjson_ir=$((ir2 - read_ir2 - ir1 + read_ir1)) orjson_miss=$((miss2 - read_miss2 - miss1 + read_miss1))
  python3 - "$lines" "$l1i" "$medip_ir" "$medip_miss" "$orjson_ir" "$orjson_miss" <<'PY'
import sys
lines, l1i = int(sys.argv[1]), sys.argv[2]
medip_ir, medip_miss, orjson_ir, orjson_miss = (int(value) / lines for value in sys.argv[3:7])
print()
print(f"| instruction-cache misses per line (cachegrind's simulated first-level instruction cache: {l1i}; marginal) | misses | per 1,000 instructions |")
print("|---|---|---|")
print(f"| `medip screen --verdicts`: verdict | {medip_miss:,.0f} | {1000 * medip_miss / medip_ir:.1f} |")
print(f"| orjson: `orjson.loads(line)` (in Python's loop) | {orjson_miss:,.0f} | {1000 * orjson_miss / orjson_ir:.1f} |")
print()
print(f"Per line, a verdict fetches about {medip_miss * 64 / 1024:,.0f} KB of code from beyond that cache (misses × 64-byte "
      f"lines), orjson's parse {orjson_miss * 64 / 1024:,.1f} KB: one reason `medip` runs fewer instructions per cycle, and its "
      "wall-clock ratios stay below its instruction ratios.")
PY
fi

# Where the instructions of one line go, by kind of work (instruction-breakdown.py says how
# functions are sorted into kinds), marginal like the counts above.
breakdown decisions
breakdown verdicts --verdicts
echo
python3 "$(dirname "$0")/instruction-breakdown.py" "$lines" "$work/decisions-twice.txt" "$work/decisions-once.txt" \
  "$work/verdicts-twice.txt" "$work/verdicts-once.txt"
