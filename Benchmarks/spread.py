"""The median of per-run values and their range, as run.sh prints them beside a ratio.

A ratio between two contenders is computed within each repeat, where both ran back to back, so a
change of the machine's speed between repeats moves both sides; `spread` gives the median of those
per-repeat ratios and, in parentheses, the smallest and the largest: `0.62× (0.58–0.66 over 5
runs)`. The range is how far the machine moved the ratio while it was measured.
"""
from statistics import median


def spread(values, digits=2, unit="×"):
    """`values`' median with `unit` after it, and their range, each with `digits` decimals."""
    if not values:
        return "—"
    low, high = min(values), max(values)
    return f"{median(values):.{digits}f}{unit} ({low:.{digits}f}–{high:.{digits}f} over {len(values)} runs)"
