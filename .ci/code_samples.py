#!/usr/bin/env python3
"""Type-checks every ```swift block of README.md, Documentation/*.md and the DocC catalogs
(Sources/*/*.docc/**/*.md) against the library's built modules.

Each block is one file checked with `swiftc -typecheck -parse-as-library` together with
.ci/code-samples/Context.swift (the platform types and helpers the articles assume):
- a block with `@Test`, `@Suite` or `XCTestCase` is checked as written, at top level;
- any other block is checked as the body of an `async throws` function whose parameters are the
  values a fragment continues from (`evaluator`, `facts`, `decision`, `today`, …; a block that
  declares one of them shadows it), its `import` lines moved to the top of the file.
A block without imports gets the imports of the earlier blocks of its page, or the page's module
(MedIPPolicy; MedIPPolicyTestingAssertions and Testing in the MedIPPolicyTesting catalog).

A block that is not Swift source to compile (a Package.swift excerpt) is marked by the line
`<!-- code-sample: skip (why) -->` right before its fence, and is skipped.

Usage: code_samples.py MODULES_DIR [--jobs N] [--keep DIR]
Exit 1 when any block fails to type-check (its file, line and the compiler's errors are printed).
"""
import concurrent.futures
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
modules = sys.argv[1]
args = sys.argv[2:]
jobs = int(args[args.index("--jobs") + 1]) if "--jobs" in args else os.cpu_count() or 2
keep = args[args.index("--keep") + 1] if "--keep" in args else None
context = os.path.join(root, ".ci", "code-samples", "Context.swift")

# The values fragments continue from, with their types.
PARAMETERS = """evaluator: Evaluator, facts: Case, decision: Decision, today: CivilDate,
    fixedInstant: Date, storedTimestamp: Date, catalogue: [Case], screener: Screener,
    reader: LineSource, sink: Sink, bar: ProgressBar, rules: RuleSet, calendar: WorkingDayCalendar"""
SKIP = re.compile(r"^\s*<!--\s*code-sample:\s*skip\b")
TOP_LEVEL = re.compile(r"@Test\b|@Suite\b|XCTestCase")


def pages():
    found = [os.path.join(root, "README.md")]
    found += sorted(glob.glob(os.path.join(root, "Documentation", "*.md")))
    found += sorted(glob.glob(os.path.join(root, "Sources", "*", "*.docc", "**", "*.md"), recursive=True))
    return found


def blocks(path):
    """(line of the fence, code lines, skipped) for each ```swift block of a page."""
    lines = open(path, encoding="utf-8").read().split("\n")
    index = 0
    while index < len(lines):
        if lines[index].strip() == "```swift":
            end = index + 1
            while end < len(lines) and not lines[end].strip().startswith("```"):
                end += 1
            skipped = index > 0 and SKIP.match(lines[index - 1]) is not None
            yield index + 1, lines[index + 1:end], skipped
            index = end
        index += 1


def source(page, code, page_imports):
    imports = [line.strip() for line in code if line.strip().startswith("import ")]
    body = [line for line in code if not line.strip().startswith("import ")]
    if not imports:
        imports = list(page_imports) or (
            ["import MedIPPolicyTestingAssertions", "import Testing"] if "MedIPPolicyTesting.docc" in page
            else ["import MedIPPolicy"])
    header = imports
    if TOP_LEVEL.search("\n".join(code)):
        return imports, header + body
    return imports, header + [f"func sample({PARAMETERS}) async throws {{"] + ["    " + line for line in body] + ["}"]


def check(item):
    page, line, text, scratch = item
    name = os.path.join(scratch, f"sample{abs(hash((page, line)))}.swift")
    with open(name, "w", encoding="utf-8") as file:
        file.write("\n".join(text) + "\n")
    result = subprocess.run(
        ["swiftc", "-typecheck", "-parse-as-library", "-swift-version", "6", "-suppress-warnings",
         "-I", modules, context, name],
        capture_output=True, text=True)
    return page, line, name, result.returncode, result.stdout + result.stderr


scratch = keep or tempfile.mkdtemp()
os.makedirs(scratch, exist_ok=True)
items, skipped = [], 0
for page in pages():
    page_imports = []
    for line, code, skip in blocks(page):
        if skip:
            skipped += 1
            continue
        imports, text = source(page, code, page_imports)
        for entry in imports:
            if entry not in page_imports:
                page_imports.append(entry)
        items.append((os.path.relpath(page, root), line, text, scratch))

failures = 0
with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
    for page, line, name, status, output in pool.map(check, items):
        if status != 0:
            failures += 1
            print(f"{page}:{line}: the swift block does not type-check ({name}):", file=sys.stderr)
            print(output.replace(name, f"{page}:{line}(block)"), file=sys.stderr)
if not keep:
    shutil.rmtree(scratch, True)
if not items:
    print("code-samples: no swift blocks found", file=sys.stderr)
    sys.exit(1)
if failures:
    print(f"code-samples: {failures} of {len(items)} swift blocks do not type-check", file=sys.stderr)
    sys.exit(1)
print(f"code-samples: {len(items)} swift blocks type-check ({skipped} marked skip)")
