#!/usr/bin/env python3
"""Where one screened line's instructions go, by kind of work (used by instructions.sh).

    instruction-breakdown.py LINES DECISIONS-TWICE.txt DECISIONS-ONCE.txt VERDICTS-TWICE.txt VERDICTS-ONCE.txt

Each file is `callgrind_annotate --threshold=100 --auto=no` output, demangled
(`swift demangle --simplified`), of `medip screen --jobs 1` collected only inside the ordered
pipeline's worker (`--toggle-collect=*OrderedPipeline*work*`), so start-up is left out: TWICE on
the corpus of LINES lines twice over, ONCE on it once. Every figure is the marginal cost of a line,
(TWICE − ONCE) / LINES, so the worker's one-time costs (the first use of its tables, runtime
metadata look-ups, lazily initialised globals) drop out as well. A kind's count is a sum of
functions' self costs, so the difference of the sums is the sum of the differences, function by
function. Every function's self cost goes to one kind, by its name and source file, first match
wins:

- memory: reference counting, allocating and freeing, copying and destroying values (the Swift
  runtime's retain/release/alloc/dealloc entry points, malloc and free, value witnesses such as
  `initializeWithCopy for …`, `destroy for …`, `outlined copy of …`, array buffer growth, string
  storage, memcpy);
- lazy globals: `swift_once`, the check a lazily initialised global costs at each access;
- validation: `Case.validate…`, `IssueCollector`, `requireValid` (not `UTF8Validation`, which is
  reading);
- writing: the decision writer and its pre-escaped fragments;
- reading: the case reader (`Sources/MedIPPolicy/Reading/`, the JSON token reader, key tables,
  UTF-8 validation, stored text, dates, identifiers, the strings it builds);
- deciding: establishing the facts and applying the rules (`Evaluation/`, `Rules/`);
- pipeline: taking runs of lines, splitting them, counting, handing output over;
- other: everything else (shown so that the rows add up to the total).

The kinds are a reading of symbol names, not a measurement of intent: a function inlined into
another counts where it was inlined.
"""
import re
import sys

MEMORY = re.compile(
    r"swift_(retain|release|bridgeObject|slowAlloc|slowDealloc|allocObject|dealloc|arrayDestroy|arrayInit|isUniquelyReferenced)"
    r"|malloc\.c|doDecrementSlow|_swift_release_dealloc|deallocating_deinit|destroy for|initializeWithCopy"
    r"|outlined (copy|consume|destroy|init with copy)|_ContiguousArrayBuffer|StringStorage|_allocateStringStorage"
    r"|memmove|memcpy|memset|unlink_chunk")
KINDS = [
    ("memory: reference counting, allocation, copies, destroys", lambda name: MEMORY.search(name)),
    ("lazy globals (`swift_once`)", lambda name: "swift_once" in name),
    ("validation", lambda name: "UTF8Validation" not in name
        and any(word in name for word in ("Validation", "IssueCollector", "requireValid", "validate"))),
    ("writing the line", lambda name: any(word in name for word in ("Writer", "Fragments", "appendLine"))),
    ("reading: scanning, keys, values", lambda name: any(word in name for word in (
        "Reading/", "JSONToken", "JSONKey", "JSONEnum", "UTF8Validation", "StoredText", "CivilDate", "String",
        "Identifiers", "allASCII", "canonical", ".read(from"))),
    ("deciding: facts and rules", lambda name: any(word in name for word in (
        "Evaluation/", "Rules/", "FactSet", "verdict", "firedMask", "decide", "Evaluator"))),
    ("pipeline: runs, lines, counts", lambda name: any(word in name for word in ("Screening/", "memchr", "Counts", "Summary"))),
]
OTHER = "other"


def breakdown(path):
    total = 0
    kinds = {}
    for line in open(path, encoding="utf-8", errors="replace"):
        match = re.match(r"\s*([\d,]+) \([ \d.%]+\)\s+(.*)", line)
        if not match:
            continue
        count, name = int(match.group(1).replace(",", "")), match.group(2)
        if "PROGRAM TOTALS" in name:
            total = count
            continue
        kind = next((label for label, test in KINDS if test(name)), OTHER)
        kinds[kind] = kinds.get(kind, 0) + count
    return total, kinds


def marginal(twice, once):
    """(TWICE − ONCE) by kind, and in total: what the second pass over the corpus cost."""
    (twice_total, twice_kinds), (once_total, once_kinds) = breakdown(twice), breakdown(once)
    return twice_total - once_total, {kind: twice_kinds.get(kind, 0) - once_kinds.get(kind, 0)
                                      for kind in set(twice_kinds) | set(once_kinds)}


def main():
    if len(sys.argv) != 6:
        sys.exit(__doc__.split("\n\n")[1])
    lines = int(sys.argv[1])
    (decision_total, decisions), (verdict_total, verdicts) = marginal(*sys.argv[2:4]), marginal(*sys.argv[4:6])
    print("| where one more line's instructions go (self cost in the worker, marginal: start-up and the worker's "
          "one-time costs excluded) | full decision | verdict |")
    print("|---|---|---|")
    for label in [label for label, _ in KINDS] + [OTHER]:
        d, v = decisions.get(label, 0), verdicts.get(label, 0)
        print(f"| {label} | {d / lines:,.0f} ({100 * d / decision_total:.0f} %) | {v / lines:,.0f} ({100 * v / verdict_total:.0f} %) |")
    print(f"| total in the worker | {decision_total / lines:,.0f} | {verdict_total / lines:,.0f} |")


if __name__ == "__main__":
    main()
