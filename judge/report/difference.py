"""How a public case's diff is shown: the same rows in the terminal, the HTML pages, the
Markdown summary and Gradescope's output. Pure: a Difference in, text out. The values are the
submission's output, so every cell goes through ``safe_text`` for its format."""

from __future__ import annotations

from judge.models import Difference, Report, TestResult, Visibility
from judge.report.safe_text import for_html, for_markdown, for_terminal

DIFFS_PER_PROBLEM = 3  # a summary, not the report: the first few say what is wrong


def shown_in_summary(report: Report | None) -> list[TestResult]:
    """The public tests whose diffs a summary shows: the first few that have one."""
    found = [
        result
        for result in (report.results if report else ())
        if result.difference is not None and result.visibility is Visibility.PUBLIC
    ]
    return found[:DIFFS_PER_PROBLEM]


def rows(difference: Difference, message: str = "") -> list[tuple[str, str, str]]:
    """(label, expected, got) side by side, then (label, text, "") notes, in reading order.
    The first difference is left out where ``message`` (the checker's) already says it."""
    d = difference
    found = [("value", d.expected or d.expected_kind, d.got or d.got_kind)]
    arrays = "array" in d.expected_kind + d.got_kind
    if (d.expected and d.got) and (arrays or d.expected_kind != d.got_kind):
        found.append(("type", d.expected_kind, d.got_kind))
    if d.at and f"{d.at}:" not in message:
        found.append((f"at {d.at}", d.expected_at, d.got_at))
    for label, text in (("tolerance", d.tolerance), ("elements", d.differing), ("worst", d.worst)):
        if text:
            found.append((label, text, ""))
    return found


def terminal_text(difference: Difference, message: str = "", indent: str = "  ", values: bool = True) -> str:
    """Aligned rows: ``expected`` and ``got`` one under the other, so the eye compares them
    (without the values and their types when ``values`` is False: the caller printed them)."""
    lines = []
    for label, first, second in rows(difference, message):
        if label in ("value", "type") and not values:
            continue
        if _paired(label):
            suffix = "" if label == "value" else f" ({label})"
            lines.append(f"{indent}expected{suffix}: {for_terminal(first)}")
            lines.append(f"{indent}     got{suffix}: {for_terminal(second)}")
        else:
            lines.append(f"{indent}{label}: {for_terminal(first)}")
    return "\n".join(lines)


def html(difference: Difference, message: str = "") -> str:
    """A small table, expected beside got, and the notes under it."""
    table, notes = [], []
    for label, first, second in rows(difference, message):
        if _paired(label):
            table.append(
                f"<tr><th>{for_html(label)}</th><td><code>{for_html(first)}</code></td>"
                f"<td><code>{for_html(second)}</code></td></tr>"
            )
        else:
            notes.append(f"<li>{for_html(label)}: {for_html(first)}</li>")
    head = "<tr><th></th><th>expected</th><th>got</th></tr>"
    listed = f"<ul class='diff-notes'>{''.join(notes)}</ul>" if notes else ""
    return f"<table class='diff'>{head}{''.join(table)}</table>{listed}"


def markdown(difference: Difference, message: str = "") -> list[str]:
    """A GitHub-flavoured table (no code spans: nothing escapes inside one) and the notes."""
    lines = ["| | expected | got |", "|---|---|---|"]
    notes = []
    for label, first, second in rows(difference, message):
        if _paired(label):
            lines.append(f"| {for_markdown(label)} | {for_markdown(first)} | {for_markdown(second)} |")
        else:
            notes.append(f"{for_markdown(label)}: {for_markdown(first)}")
    if notes:
        lines += ["", " · ".join(notes)]
    return lines


def plain_text(difference: Difference, message: str = "") -> str:
    """For Gradescope's test output (plain text)."""
    return terminal_text(difference, message, indent="")


def _paired(label: str) -> bool:
    return label in ("value", "type") or label.startswith("at ")
