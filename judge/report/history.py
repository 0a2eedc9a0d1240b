"""`judge history` and `judge stats`: past attempts and per-problem bests, as text or JSON."""

from __future__ import annotations

import csv
import io
import json
import time
from dataclasses import asdict

from judge.history import Attempt, Group, ProblemStats
from judge.report.safe_text import for_terminal


def _when(timestamp: float | None) -> str:
    return "—" if timestamp is None else time.strftime("%Y-%m-%d %H:%M", time.localtime(timestamp))


def _verdict(attempt: Attempt) -> str:
    if attempt.total == 0:
        return "growth only"
    if attempt.ok:
        return "accepted"
    failing = {name: count for name, count in attempt.verdicts.items() if name != "AC"}
    return ", ".join(f"{count} {name}" for name, count in sorted(failing.items())) or "failed"


def render_list(attempts: list[Attempt]) -> str:
    if not attempts:
        return "no attempts recorded yet; `judge submit SLUG FILE` records one\n"
    header = (
        f"{'#':>5}  {'when':<16}  {'problem':<22}  {'tests':>7}  {'result':<24}  {'time class':<20}  file"
    )
    lines = [header]
    for attempt in attempts:
        tests = f"{attempt.passed}/{attempt.total}"
        lines.append(
            f"{attempt.id:>5}  {_when(attempt.created_at):<16}  {attempt.problem:<22}  {tests:>7}  "
            f"{_verdict(attempt):<24}  {attempt.time_class or '—':<20}  {for_terminal(attempt.submission)}"
        )
    return "\n".join(lines) + "\n"


def render_attempt(attempt: Attempt, report_text: str) -> str:
    head = (
        f"attempt #{attempt.id} · {_when(attempt.created_at)} · judge {attempt.command} · "
        f"{attempt.submission} (sha256 {attempt.submission_sha256[:12]})"
    )
    return for_terminal(head) + "\n" + report_text


def render_json(attempts: list[Attempt]) -> str:
    document = {"schema_version": 1, "kind": "history", "attempts": [asdict(a) for a in attempts]}
    return json.dumps(document, indent=2, sort_keys=True) + "\n"


def render_stats(found: list[ProblemStats]) -> str:
    if not found:
        return "no attempts recorded yet; `judge submit SLUG FILE` records one\n"
    lines = [
        f"{'problem':<22}  {'attempts':>8}  {'accepted':>8}  {'best tests':>10}  {'best score':>10}  "
        f"{'best time class':<20}  {'fastest':>9}  first accepted"
    ]
    for item in found:
        score = "—" if item.best_score is None else f"{item.best_score:g}/{item.max_score:g}"
        fastest = "—" if item.fastest_cpu_seconds is None else f"{item.fastest_cpu_seconds:.3f} s"
        lines.append(
            f"{item.problem:<22}  {item.attempts:>8}  {item.accepted:>8}  "
            f"{f'{item.best_passed}/{item.total}':>10}  {score:>10}  {item.best_time_class or '—':<20}  "
            f"{fastest:>9}  {_when(item.first_accepted_at)}"
        )
    return "\n".join(lines) + "\n"


def render_stats_json(found: list[ProblemStats]) -> str:
    document = {"schema_version": 1, "kind": "stats", "problems": [asdict(item) for item in found]}
    return json.dumps(document, indent=2, sort_keys=True) + "\n"


CSV_COLUMNS = (
    "id",
    "when",
    "command",
    "problem",
    "submission",
    "submission_sha256",
    "passed",
    "total",
    "accepted",
    "verdicts",
    "duration_seconds",
    "max_cpu_seconds",
    "time_class",
    "memory_class",
)


def render_csv(attempts: list[Attempt]) -> str:
    """One row per attempt, newest first; times in UTC ISO 8601, verdicts as "AC=30;WA=2"."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for attempt in attempts:
        when = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(attempt.created_at))
        verdicts = ";".join(f"{name}={count}" for name, count in sorted(attempt.verdicts.items()))
        writer.writerow(
            (
                attempt.id,
                when,
                attempt.command,
                attempt.problem,
                _csv_safe(attempt.submission),
                attempt.submission_sha256,
                attempt.passed,
                attempt.total,
                int(attempt.ok),
                verdicts,
                attempt.duration_seconds,
                "" if attempt.max_cpu_seconds is None else attempt.max_cpu_seconds,
                attempt.time_class or "",
                attempt.memory_class or "",
            )
        )
    return buffer.getvalue()


def _csv_safe(text: str) -> str:
    # A spreadsheet runs a cell that starts with = + - @ as a formula: a file name must not.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def render_groups(rows: list[Group], by: str) -> str:
    if not rows:
        return "no attempts recorded yet; `judge submit SLUG FILE` records one\n"
    first = "verdict" if by == "verdict" else "week"
    tests = "tests with it" if by == "verdict" else "tests run"
    lines = [f"{first:<10}  {'attempts':>8}  {tests:>13}  {'accepted':>8}  {'problems':>8}"]
    for row in rows:
        lines.append(
            f"{row.key:<10}  {row.attempts:>8}  {row.tests:>13}  {row.accepted:>8}  {row.problems:>8}"
        )
    return "\n".join(lines) + "\n"


def render_groups_json(rows: list[Group], by: str) -> str:
    document = {"schema_version": 1, "kind": "stats", "by": by, "groups": [asdict(row) for row in rows]}
    return json.dumps(document, indent=2, sort_keys=True) + "\n"
