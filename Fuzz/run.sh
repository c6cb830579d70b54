#!/usr/bin/env bash
# Builds the libFuzzer target (the library sources + Fuzz/FuzzCase.swift, compiled with swiftc
# -sanitize=fuzzer,address into one module) and runs it for SECONDS (default 60), seeded from
# Documentation/Examples/*.json and Fuzz/corpus/. Exits non-zero on any crash, timeout or
# out-of-memory; the failing input is left in .build-fuzz/artifacts/.
#
# usage: Fuzz/run.sh [SECONDS] [extra libFuzzer flags…]
#   FUZZ_BUILD_ONLY=1   build and stop
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
case $seconds in
  '' | *[!0-9]*) echo "usage: Fuzz/run.sh [SECONDS]" >&2; exit 2 ;;
esac

build_dir=.build-fuzz
mkdir -p "$build_dir/artifacts"
binary=$build_dir/fuzz-case

# Rebuild only when a source is newer than the binary.
sources=()
while IFS= read -r -d '' file; do sources+=("$file"); done \
  < <(find Sources/MedIPPolicy -name '*.swift' -print0 | sort -z)
sources+=(Fuzz/FuzzCase.swift Tests/MedIPPolicyTests/PropertySupport.swift)

needs_build=0
if [[ ! -x $binary ]]; then
  needs_build=1
else
  for file in "${sources[@]}"; do
    if [[ $file -nt $binary ]]; then needs_build=1; break; fi
  done
fi
if (( needs_build )); then
  echo "fuzz: building $binary (${#sources[@]} files)" >&2
  swiftc -module-name MedIPPolicy -package-name MedIPPolicy -parse-as-library \
    -swift-version 6 -O -g -use-ld=lld -D MEDIP_FUZZ \
    -sanitize=fuzzer,address \
    -o "$binary.tmp" "${sources[@]}"
  mv "$binary.tmp" "$binary"
fi
if [[ ${FUZZ_BUILD_ONLY:-0} == 1 ]]; then exit 0; fi

# The working corpus lives in the build dir and grows across runs; seeds are re-added each time.
corpus=$build_dir/corpus
mkdir -p "$corpus"
cp Documentation/Examples/*.json "$corpus/"
rm -f "$corpus/expected-decisions.json"
if [[ -d Fuzz/corpus ]]; then cp Fuzz/corpus/* "$corpus/" 2>/dev/null || true; fi
# Seeds for the generator mode (first byte 0xF5, then an 8-byte seed and mutation bytes).
for seed in 01 02 03 04 05 06 07 08; do
  printf "\xf5\x00\x00\x00\x00\x00\x00\x00\x$seed\x0b\x3c\x87" > "$corpus/generated-$seed"
done

log=$build_dir/fuzz.log
echo "fuzz: running for ${seconds}s, log in $log" >&2
status=0
# Leak detection is off: LeakSanitizer reports the boxes of indirect enums (Condition) held by
# the library's static lets as leaks, because the pointers to them carry spare bits. Memory
# blow-ups are still caught by -rss_limit_mb and -malloc_limit_mb.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} \
  "$binary" "$corpus" \
  -max_total_time="$seconds" \
  -timeout=10 \
  -rss_limit_mb=2048 \
  -malloc_limit_mb=512 \
  -max_len=65536 \
  -dict=Fuzz/case.dict \
  -artifact_prefix="$build_dir/artifacts/" \
  -print_final_stats=1 \
  "$@" >"$log" 2>&1 || status=$?
tail -n 25 "$log" >&2
if (( status != 0 )); then
  echo "fuzz: FAILED (exit $status); crashing inputs:" >&2
  ls -l "$build_dir/artifacts/" >&2 || true
  exit 1
fi
echo "fuzz: no crash in ${seconds}s" >&2
