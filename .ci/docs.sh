#!/usr/bin/env bash
# Builds the DocC documentation of the library's catalogs and fails on any warning.
#
# 1. `swift package dump-symbol-graph --minimum-access-level public` (builds the package, then
#    writes one symbol graph per module under .build/<triple>/symbolgraph);
# 2. for MedIPPolicy, and for MedIPPolicyTesting when its catalog exists, copies that module's
#    graphs alone into a directory and runs the toolchain's `docc convert` with
#    --warnings-as-errors into a temporary output directory (kept with --output, below).
# Exits non-zero when the symbol graphs cannot be made, or when docc reports any warning or error
# (broken ``symbol`` links in doc comments or articles, unknown directives, …).
# Set DOCC to use another docc binary.
#
# Usage: .ci/docs.sh [--output DIR]
#   Without --output (CI): checks the documentation and keeps nothing.
#   With --output DIR: also writes each catalog's static site to DIR/<module>/ (hosting base path
#   /<module>) and DIR/index.html linking them, once the catalogs convert with no warning.
#   Browse with `python3 -m http.server --directory DIR 8000`, then
#   http://localhost:8000/ (DocC sites load their pages with fetch, so file:// does not work).
set -euo pipefail

output=""
while [[ $# -gt 0 ]]; do
  case $1 in
    --output)
      [[ -z $output ]] || { echo "docs.sh: --output given twice" >&2; exit 2; }
      [[ $# -ge 2 && -n $2 ]] || { echo "docs.sh: --output needs a directory" >&2; exit 2; }
      output=$2
      shift 2
      ;;
    -h|--help)
      sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "docs.sh: unknown argument '$1' (usage: .ci/docs.sh [--output DIR])" >&2
      exit 2
      ;;
  esac
done
if [[ -n $output ]]; then
  mkdir -p "$output" || { echo "docs.sh: cannot create $output" >&2; exit 1; }
  output=$(cd "$output" && pwd)
fi

cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift_path=$(command -v swift) || { echo "docs.sh: swift not found on PATH" >&2; exit 1; }
docc=${DOCC:-$(dirname "$(readlink -f "$swift_path")")/docc}
if [[ ! -x $docc ]]; then
  echo "docs.sh: docc not found at $docc (set DOCC)" >&2
  exit 1
fi

echo "== dump-symbol-graph"
# SwiftPM also tries the synthesised test-runner modules (MedIPPolicyPackageTests,
# MedIPPolicyPackageDiscoveredTests), which cannot be loaded and make the command exit 1 on
# Linux; those errors are expected. Any other error fails the check.
dump_rc=0
swift package dump-symbol-graph --minimum-access-level public >"$work/dump.log" 2>&1 || dump_rc=$?
if grep -E '^error:' "$work/dump.log" | grep -Ev "symbol graph for '[A-Za-z0-9_]*Tests'" >"$work/dump-errors.log"; then
  cat "$work/dump.log" >&2
  echo "docs.sh: swift package dump-symbol-graph failed (exit $dump_rc)" >&2
  exit 1
fi
graphs=$(sed -n 's/^Files written to //p' "$work/dump.log" | tail -n 1)
if [[ -z $graphs || ! -d $graphs ]]; then
  graphs=$(find .build -type d -name symbolgraph -path '*/.build/*' | head -n 1)
fi
if [[ -z $graphs || ! -d $graphs ]]; then
  echo "docs.sh: cannot find the symbol graph directory" >&2
  exit 1
fi
echo "   symbol graphs in $graphs"

status=0
converted=()
links=""
convert() {
  local module=$1
  local catalog="Sources/$module/$module.docc"
  if [[ ! -d $catalog ]]; then
    echo "== $module: no catalog at $catalog, skipped"
    return 0
  fi
  local module_graphs="$work/graphs-$module"
  mkdir -p "$module_graphs"
  shopt -s nullglob
  local files=("$graphs/$module.symbols.json" "$graphs/$module@"*.symbols.json)
  shopt -u nullglob
  if [[ ! -f ${files[0]} ]]; then
    echo "docs.sh: no symbol graph for $module in $graphs" >&2
    status=1
    return 0
  fi
  cp "${files[@]}" "$module_graphs/"
  echo "== docc convert $catalog"
  local log="$work/docc-$module.log"
  local rc=0
  "$docc" convert "$catalog" \
    --additional-symbol-graph-dir "$module_graphs" \
    --fallback-display-name "$module" \
    --fallback-bundle-identifier "org.medippolicy.$module" \
    --warnings-as-errors \
    --hosting-base-path "$module" \
    --output-path "$work/$module.doccarchive" >"$log" 2>&1 || rc=$?
  if [[ $rc -ne 0 ]] || grep -Eq '^(warning|error):' "$log"; then
    cat "$log" >&2
    echo "docs.sh: $module: docc reported problems (exit $rc)" >&2
    status=1
  else
    echo "   ok"
    converted+=("$module")
  fi
}

# Moves a converted site to $output/<module>, replacing only an earlier DocC output there.
publish() {
  local module=$1
  local target="$output/$module"
  if [[ -e $target ]]; then
    if [[ ! -f $target/metadata.json ]]; then
      echo "docs.sh: $target exists and is not a DocC site; not replacing it" >&2
      return 1
    fi
    rm -rf "$target"
  fi
  mv "$work/$module.doccarchive" "$target"
  local path
  path=$(tr '[:upper:]' '[:lower:]' <<<"$module")
  echo "   $module: $target (http://localhost:8000/$module/documentation/$path/)"
  links+="    <li><a href=\"$module/documentation/$path/\">$module</a></li>"$'\n'
}

convert MedIPPolicy
convert MedIPPolicyTesting

if [[ $status -ne 0 ]]; then
  echo "docs.sh: FAILED" >&2
  exit 1
fi
echo "docs.sh: documentation builds with no warnings"

if [[ -n $output ]]; then
  echo "== writing the sites to $output"
  for module in "${converted[@]}"; do
    publish "$module" || exit 1
  done
  index="$output/index.html"
  {
    printf '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>MedIPPolicy documentation</title></head>\n'
    printf '<body>\n  <h1>MedIPPolicy documentation</h1>\n  <ul>\n%s  </ul>\n</body></html>\n' "$links"
  } >"$index.tmp" && mv "$index.tmp" "$index" || { echo "docs.sh: cannot write $index" >&2; exit 1; }
  echo "   open: python3 -m http.server --directory '$output' 8000, then http://localhost:8000/"
fi
