#!/usr/bin/env bash
# Instruction counts per line (valgrind --tool=callgrind), which do not depend on the machine's
# load: `medip screen --jobs 1` for full decisions and for verdicts, the parse step alone
# (CaseReader.read) and the decision writer alone, beside orjson's and pysimdjson's parse of the
# same lines in Python, and where one line's instructions go by kind of work
# (instruction-breakdown.py). Each count is (run on N lines − run on 0 lines) / N, so start-up (the
# interpreter's, the evaluator's compilation) is subtracted.
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
# without and with `--within 1y`; start-up subtracted as above).
set -euo pipefail
bench=
if [[ ${1:-} == --timeline ]]; then bench=$2; shift 2; fi
medip=$1 cases=$2 as_of=$3 python=${4:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: > "$work/empty.jsonl"
lines=$(grep -c . "$cases")

# Instructions of one callgrind run (extra arguments go to valgrind before the program).
count() {
  local out="$work/callgrind.out"
  valgrind --tool=callgrind --callgrind-out-file="$out" "$@" >/dev/null 2>"$work/valgrind.log"
  # The "summary:" / "totals:" line of the profile is the total of the collected events.
  awk '/^(summary|totals):/ { print $2; exit }' "$out"
}
per() {  # per N FULL EMPTY → (FULL − EMPTY) / N instructions
  python3 -c "print(f'{($2 - $3) / $1:,.0f}')"
}
per_line() {  # per_line FULL EMPTY → instructions per line
  per "$lines" "$1" "$2"
}
screen() {  # screen CORPUS [valgrind options] -- [medip options]
  local corpus=$1; shift
  local vg=()
  while [[ $1 != -- ]]; do vg+=("$1"); shift; done
  shift
  count "${vg[@]}" "$medip" screen "$corpus" --as-of "$as_of" --jobs 1 --output "$work/out.jsonl" "$@"
}

if [[ -n $bench ]]; then
  per_case() {  # per_case PROFILE → instructions per typical case of `medip-bench PROFILE`
    per 500 "$(count "$bench" "$1" --count 500 --rounds 1)" "$(count "$bench" "$1" --count 500 --rounds 0)"
  }
  printf 'evaluate\t%s\n' "$(per_case profile-evaluate)"
  printf 'timeline\t%s\n' "$(per_case profile-timeline)"
  printf 'screen\t%s\n' "$(per_line "$(screen "$cases" --)" "$(screen "$work/empty.jsonl" --)")"
  printf 'horizon\t%s\n' "$(per_line "$(screen "$cases" -- --within 1y)" "$(screen "$work/empty.jsonl" -- --within 1y)")"
  exit 0
fi

decisions=$(per_line "$(screen "$cases" --)" "$(screen "$work/empty.jsonl" --)")
verdicts=$(per_line "$(screen "$cases" -- --verdicts)" "$(screen "$work/empty.jsonl" -- --verdicts)")
parse=$(per_line "$(screen "$cases" '--toggle-collect=$s11MedIPPolicy10CaseReaderO4read*' --)" 0)
write=$(per_line "$(screen "$cases" '--toggle-collect=$s11MedIPPolicy18ScreenedLineWriterV12writeDecided4line_6caseID*' --)" 0)
# A toggled function that was renamed or inlined away counts nothing: refuse to print a zero.
for figure in "$parse" "$write"; do
  if [[ $figure == 0 ]]; then
    echo "instructions.sh: a --toggle-collect function ran no instructions (renamed? inlined?); update its symbol" >&2
    exit 1
  fi
done

echo "| per line, one core ($lines lines of \`$(basename "$cases")\`) | instructions |"
echo "|---|---|"
echo "| \`medip screen\`: full decision (read, parse, validate, decide, write, count) | $decisions |"
echo "| \`medip screen --verdicts\`: verdict | $verdicts |"
echo "| of which: parse step alone (\`CaseReader.read\`) | $parse |"
echo "| of which: writing one decision line | $write |"
breakdown() {  # breakdown FILE [medip options] → the worker's profile, function by function, demangled, in FILE
  local file=$1; shift
  screen "$cases" '--toggle-collect=*OrderedPipeline*work*' -- "$@" >/dev/null
  callgrind_annotate --threshold=100 --auto=no "$work/callgrind.out" | swift demangle --simplified > "$file"
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
elif mode.startswith("baseline-"):  # the same start-up and loop, without the parse
    __import__(mode.removeprefix("baseline-"))
    for line in lines:
        pass
PY
  orjson=$(per_line "$(count "$python" "$work/parse.py" "$cases" orjson)" "$(count "$python" "$work/parse.py" "$cases" baseline-orjson)")
  simd=$(per_line "$(count "$python" "$work/parse.py" "$cases" simdjson)" "$(count "$python" "$work/parse.py" "$cases" baseline-simdjson)")
  echo "| orjson: \`orjson.loads(line)\` | $orjson |"
  echo "| pysimdjson: \`Parser.parse(line)\` (DOM) | $simd |"
  python3 - "$decisions" "$verdicts" "$parse" "$orjson" "$simd" <<'PY'
import sys
decisions, verdicts, parse, orjson, simd = (float(v.replace(",", "")) for v in sys.argv[1:6])
print()
print(f"By instructions: a full decision costs {decisions / orjson:.2f}× orjson's parse of the line (speed ratio "
      f"{orjson / decisions:.2f}×; goal ≥ 1.0), a verdict {verdicts / orjson:.2f}× (speed ratio {orjson / verdicts:.2f}×; "
      f"goal ≥ 2.0); the parse step {parse / simd:.1f}× pysimdjson's DOM parse (goal ≤ 3).")
PY
fi

# Where the instructions of one line go, by kind of work (instruction-breakdown.py says how
# functions are sorted into kinds).
breakdown "$work/decisions.txt"
breakdown "$work/verdicts.txt" --verdicts
echo
python3 "$(dirname "$0")/instruction-breakdown.py" "$lines" "$work/decisions.txt" "$work/verdicts.txt"
