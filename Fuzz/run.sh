#!/usr/bin/env bash
# Builds the libFuzzer binary (the library sources + Fuzz/FuzzCase.swift and the shared checks
# in Tests/MedIPPolicyTests/, compiled with swiftc -sanitize=fuzzer,address into one module) and
# runs one target for SECONDS (default 60), seeded from Documentation/Examples/*.json and
# Fuzz/corpus/. Exits non-zero on any crash, timeout or out-of-memory; the failing input is left
# in .build-fuzz/artifacts/TARGET/.
#
# usage: [FUZZ_TARGET=NAME] Fuzz/run.sh [SECONDS] [extra libFuzzer flags…]
#   FUZZ_TARGET        read | validate | evaluate | screen | pipeline (default): the layer fed
#                      the bytes (see Tests/MedIPPolicyTests/FuzzTargets.swift). One binary
#                      serves every target; each keeps its own working corpus and log.
#   FUZZ_BUILD_ONLY=1  build and stop
#   FUZZ_OPT=-Onone    build unoptimised (default -O): about a third of the build time (51 s
#                      against 176 s on 2 cores) for about a third of the executions per second,
#                      with the library's assert() checks live; CI's smoke uses it. Each
#                      optimisation level has its own binary.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
case $seconds in
  '' | *[!0-9]*) echo "usage: [FUZZ_TARGET=NAME] Fuzz/run.sh [SECONDS]" >&2; exit 2 ;;
esac
target=${FUZZ_TARGET:-pipeline}
case $target in
  read | validate | evaluate | screen | pipeline) ;;
  *) echo "Fuzz/run.sh: FUZZ_TARGET must be read, validate, evaluate, screen or pipeline, not '$target'" >&2; exit 2 ;;
esac

optimisation=${FUZZ_OPT:--O}
case $optimisation in
  -O) binary_name=fuzz-case ;;
  -Onone) binary_name=fuzz-case-onone ;;
  *) echo "Fuzz/run.sh: FUZZ_OPT must be -O or -Onone, not '$optimisation'" >&2; exit 2 ;;
esac

build_dir=.build-fuzz
mkdir -p "$build_dir/artifacts/$target"
binary=$build_dir/$binary_name

# Rebuild only when a source is newer than the binary.
sources=()
while IFS= read -r -d '' file; do sources+=("$file"); done \
  < <(find Sources/MedIPPolicy -name '*.swift' -print0 | sort -z)
sources+=(Fuzz/FuzzCase.swift Tests/MedIPPolicyTests/PropertySupport.swift Tests/MedIPPolicyTests/FuzzTargets.swift)

needs_build=0
if [[ ! -x $binary ]]; then
  needs_build=1
else
  for file in "${sources[@]}"; do
    if [[ $file -nt $binary ]]; then needs_build=1; break; fi
  done
fi
if (( needs_build )); then
  echo "fuzz: building $binary ($optimisation, ${#sources[@]} files)" >&2
  swiftc -module-name MedIPPolicy -package-name MedIPPolicy -parse-as-library \
    -swift-version 6 "$optimisation" -g -use-ld=lld -D MEDIP_FUZZ \
    -sanitize=fuzzer,address -j "$(nproc 2>/dev/null || echo 2)" \
    -o "$binary.tmp" "${sources[@]}"
  mv "$binary.tmp" "$binary"
fi
if [[ ${FUZZ_BUILD_ONLY:-0} == 1 ]]; then exit 0; fi

# The working corpus lives in the build dir, one per target, and grows across runs; seeds are
# re-added each time.
corpus=$build_dir/corpus-$target
mkdir -p "$corpus"
cp Documentation/Examples/*.json "$corpus/"
rm -f "$corpus/expected-decisions.json"
if [[ -d Fuzz/corpus ]]; then cp Fuzz/corpus/* "$corpus/" 2>/dev/null || true; fi
# Seeds for the generator mode (first byte 0xF5, then an 8-byte seed and mutation bytes).
for seed in 01 02 03 04 05 06 07 08; do
  printf "\xf5\x00\x00\x00\x00\x00\x00\x00\x$seed\x0b\x3c\x87" > "$corpus/generated-$seed"
done

log=$build_dir/fuzz-$target.log
echo "fuzz: running target $target for ${seconds}s, log in $log" >&2
status=0
# Leak detection is off: LeakSanitizer reports the boxes of indirect enums (Condition) held by
# the library's static lets as leaks, because the pointers to them carry spare bits. Memory
# blow-ups are still caught by -rss_limit_mb and -malloc_limit_mb.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} MEDIP_FUZZ_TARGET=$target \
  "$binary" "$corpus" \
  -max_total_time="$seconds" \
  -timeout=10 \
  -rss_limit_mb=2048 \
  -malloc_limit_mb=512 \
  -max_len=65536 \
  -dict=Fuzz/case.dict \
  -artifact_prefix="$build_dir/artifacts/$target/" \
  -print_final_stats=1 \
  "$@" >"$log" 2>&1 || status=$?
tail -n 12 "$log" >&2
if (( status != 0 )); then
  echo "fuzz: $target FAILED (exit $status); crashing inputs:" >&2
  ls -l "$build_dir/artifacts/$target/" >&2 || true
  exit 1
fi
# libFuzzer's own figure: stat::average_exec_per_sec over the run (-print_final_stats=1).
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
echo "fuzz: $target: no crash in ${seconds}s (${rate:-?} execs/s)" >&2
