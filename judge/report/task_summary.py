"""The Codility-style summary (grading/task_score.py) as Markdown, HTML and plain text, with a
sparkline of the submission's time curve where a plot cannot go. Pure."""

from __future__ import annotations

import math

from judge.grading.task_score import TaskScore
from judge.report.safe_text import for_html, for_markdown

BARS = "▁▂▃▄▅▆▇█"
HEADER = ("problem", "correctness", "performance", "time class", "memory class", "time curve")


def sparkline(curve: tuple[tuple[int, float], ...]) -> str:
    """Median time by n, one bar per size on a log scale: a straight climb is a power law."""
    values = [math.log(max(seconds, 1e-6)) for _, seconds in curve]
    if not values:
        return ""
    low, high = min(values), max(values)
    span = high - low or 1.0
    return "".join(BARS[round((value - low) / span * (len(BARS) - 1))] for value in values)


def curve_label(score: TaskScore) -> str:
    if not score.time_curve:
        return "—"
    first, last = score.time_curve[0][0], score.time_curve[-1][0]
    return f"{sparkline(score.time_curve)} n = {first:,} to {last:,}"


def cells(slug: str, score: TaskScore) -> tuple[str, ...]:
    return (
        slug,
        _correctness(score),
        _performance(score),
        f"{score.time_class} (expected {score.expected_time})" if score.time_class != "—" else "—",
        f"{score.space_class} (expected {score.expected_space})" if score.space_class != "—" else "—",
        curve_label(score),
    )


def line(score: TaskScore) -> str:
    """One line for a terminal or a Gradescope test: both scores and the classes."""
    text = f"correctness {_correctness(score)} · performance {_performance(score)}"
    if score.time_class != "—":
        text += f" · time {score.time_class} (expected {score.expected_time})"
    return text


def markdown(scores: list[tuple[str, TaskScore]]) -> list[str]:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    for slug, score in scores:
        lines.append("| " + " | ".join(for_markdown(cell) for cell in cells(slug, score)) + " |")
    return lines


def html(scores: list[tuple[str, TaskScore]]) -> str:
    head = "".join(f"<th>{name}</th>" for name in HEADER)
    rows = "".join(
        "<tr>" + "".join(f"<td>{for_html(cell)}</td>" for cell in cells(slug, score)) + "</tr>"
        for slug, score in scores
    )
    return f"<table class='task-scores'><tr>{head}</tr>{rows}</table>"


def _correctness(score: TaskScore) -> str:
    if score.correctness is None:
        return "—"
    return f"{score.correctness}% ({score.correctness_passed}/{score.correctness_total} tests)"


def _performance(score: TaskScore) -> str:
    if score.performance is None:
        return "—"
    parts = []
    if score.performance_total:
        parts.append(f"{score.performance_passed}/{score.performance_total} largest cases")
    if score.growth_ok is not None:
        parts.append(f"growth {score.growth_verdict}")
    else:
        parts.append("growth not measured")
    return f"{score.performance}% ({', '.join(parts)})"
