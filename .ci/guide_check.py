#!/usr/bin/env python3
"""Replays the shell sessions of a Markdown guide and compares their output with the text.

A line "…" in an expected output stands for any number of lines (the guide shortens long
output); --write leaves such outputs as they are.

Every fenced code block whose first line starts with "$ " is a session: each "$ " line is a
command, the lines up to the next "$ " line are its expected output (standard output and
standard error together). Commands run with bash in a scratch directory that links the
repository's Documentation/ and Snippets/, with `medip` on the PATH (the binary given). A
`$ cat FILE` whose FILE is not in the repository shows a file the reader is meant to create:
the checker creates it from the shown text. Sessions of other programs (`swift run …`) are
skipped; the snippets check runs those.

Usage: guide_check.py MEDIP_BINARY GUIDE.md [--write]
  --write replaces each expected output with the actual one (to refresh the guide).
Exit 1 when any output differs (without --write).
"""
import atexit
import os
import shutil
import subprocess
import sys
import tempfile

medip, guide = sys.argv[1], sys.argv[2]
write = "--write" in sys.argv[3:]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
text = open(guide, encoding="utf-8").read()
lines = text.split("\n")

scratch = tempfile.mkdtemp()
atexit.register(shutil.rmtree, scratch, True)
for name in ("Documentation", "Snippets"):
    os.symlink(os.path.join(root, name), os.path.join(scratch, name))
bindir = os.path.join(scratch, ".bin")
os.mkdir(bindir)
os.symlink(os.path.abspath(medip), os.path.join(bindir, "medip"))
env = dict(os.environ, PATH=bindir + os.pathsep + os.environ["PATH"], NO_COLOR="1")

def matches(expected, actual):
    """Whether the actual lines match the expected ones, where a line "…" stands for any lines."""
    if "…" not in expected:
        return expected == actual
    pieces, piece = [], []
    for line in expected:
        if line == "…":
            pieces.append(piece)
            piece = []
        else:
            piece.append(line)
    pieces.append(piece)
    position = 0
    first, last = pieces[0], pieces[-1]
    if actual[:len(first)] != first:
        return False
    position = len(first)
    for middle in pieces[1:-1]:
        found = next((k for k in range(position, len(actual) - len(middle) + 1) if actual[k:k + len(middle)] == middle), None)
        if found is None:
            return False
        position = found + len(middle)
    return len(actual) - position >= len(last) and (not last or actual[len(actual) - len(last):] == last)


out = []
failures = 0
checked = 0
i = 0
while i < len(lines):
    line = lines[i]
    out.append(line)
    i += 1
    if not line.startswith("```") or i >= len(lines) or not lines[i].startswith("$ "):
        continue
    # A session: until the closing fence.
    end = i
    while end < len(lines) and not lines[end].startswith("```"):
        end += 1
    block = lines[i:end]
    segments = []  # (command, expected lines)
    for entry in block:
        if entry.startswith("$ "):
            segments.append((entry[2:], []))
        elif segments:
            segments[-1][1].append(entry)
    for command, expected in segments:
        out.append("$ " + command)
        program = command.split()[0]
        if program == "cat" and len(command.split()) == 2 and not os.path.exists(os.path.join(scratch, command.split()[1])):
            with open(os.path.join(scratch, command.split()[1]), "w", encoding="utf-8") as file:
                file.write("\n".join(expected) + "\n")
            out.extend(expected)
            continue
        if program not in ("medip", "cat"):
            out.extend(expected)
            continue
        result = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=scratch, env=env,
                                capture_output=True, text=True)
        actual = (result.stdout + result.stderr).rstrip("\n").split("\n")
        actual = [a.rstrip() for a in actual] if actual != [""] else []
        checked += 1
        if not matches([e.rstrip() for e in expected], actual):
            failures += 1
            if not write:
                print(f"{guide}: output of `$ {command}` differs from the guide:", file=sys.stderr)
                for e in expected[:5]:
                    print(f"  guide:  {e}", file=sys.stderr)
                for a in actual[:5]:
                    print(f"  actual: {a}", file=sys.stderr)
        out.extend(actual if "…" not in expected else expected)
    i = end

if write:
    open(guide, "w", encoding="utf-8").write("\n".join(out))
    print(f"{guide}: {checked} commands replayed, {failures} outputs refreshed")
elif failures:
    print(f"{guide}: {failures} of {checked} command outputs differ (refresh with --write)", file=sys.stderr)
    sys.exit(1)
else:
    print(f"{guide}: {checked} command outputs match")
