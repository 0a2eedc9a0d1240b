"""A small log-log scatter plot in plain text, for terminals and CI logs."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

Series = tuple[str, str, Sequence[tuple[float, float]]]  # (label, marker, points)


def loglog(
    series: Sequence[Series], width: int = 56, height: int = 12, label: Callable[[float], str] | None = None
) -> str:
    """Seconds (or what ``label`` writes the values as) against n, both on log axes."""
    points = [(x, y) for _, _, values in series for x, y in values if x > 0 and y > 0]
    if len(points) < 2:
        return ""
    xs = [math.log10(x) for x, _ in points]
    ys = [math.log10(y) for _, y in points]
    x0, x1 = min(xs), max(xs)
    y0, y1 = min(ys), max(ys)
    if y1 - y0 < 1e-9:
        y0, y1 = y0 - 0.5, y1 + 0.5
    if x1 - x0 < 1e-9:
        x0, x1 = x0 - 0.5, x1 + 0.5
    grid = [[" "] * width for _ in range(height)]
    for _, marker, values in series:
        for x, y in values:
            if x <= 0 or y <= 0:
                continue
            column = round((math.log10(x) - x0) / (x1 - x0) * (width - 1))
            line = height - 1 - round((math.log10(y) - y0) / (y1 - y0) * (height - 1))
            grid[line][column] = marker if grid[line][column] in (" ", marker) else "*"
    written = label or _seconds
    top = written(10**y1)
    bottom = written(10**y0)
    margin = max(len(top), len(bottom))
    lines = []
    for index, row in enumerate(grid):
        tick = top if index == 0 else bottom if index == height - 1 else ""
        lines.append(f"{tick:>{margin}} |{''.join(row)}")
    lines.append(" " * margin + " +" + "-" * width)
    left, right = f"n={_count(10**x0)}", f"n={_count(10**x1)}"
    lines.append(" " * (margin + 2) + left + " " * max(1, width - len(left) - len(right)) + right)
    legend = "   ".join(f"{marker} {label}" for label, marker, _ in series)
    lines.append(" " * (margin + 2) + legend + "   (* both; log-log axes)")
    return "\n".join(lines)


def _seconds(value: float) -> str:
    return f"{value * 1000:.3g} ms" if value < 1 else f"{value:.3g} s"


def _count(value: float) -> str:
    return f"{round(value):,}"
