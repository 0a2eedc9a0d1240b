"""Which tests a run covers: all of them, or the ones named by `--only` or `--failed`.

Ids are the ones reports show (``sample-1``, ``hidden-07``; ``hidden-7`` and ``hidden #7`` are
read the same). A run of a selection never says "accepted": it did not run every test.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from judge import history
from judge.errors import UsageError
from judge.models import PreparedCase

_ID = re.compile(r"^(sample|hidden)\s*[-#]?\s*0*(\d+)$")


def parse_ids(text: str) -> tuple[str, ...]:
    """``"hidden-3, sample-1"`` -> the raw ids, in order, without duplicates."""
    found: list[str] = []
    for part in text.split(","):
        part = part.strip()
        if part and part not in found:
            found.append(part)
    if not found:
        raise UsageError("--only: name one test or more, e.g. --only sample-1,hidden-07")
    return tuple(found)


def select(prepared: Sequence[PreparedCase], wanted: Sequence[str]) -> list[PreparedCase]:
    """The cases named by ``wanted``, in run order; UsageError naming the ids that exist."""
    by_key = {_key(case.id): case for case in prepared}
    unknown = [name for name in wanted if _key(name) not in by_key]
    if unknown:
        samples = sum(1 for case in prepared if case.id.startswith("sample"))
        hidden = len(prepared) - samples
        raise UsageError(
            f"--only {unknown[0]}: no such test; this problem has sample-1..sample-{samples}"
            + (f" and hidden-01..hidden-{hidden:02d}" if hidden else "")
        )
    keys = {_key(name) for name in wanted}
    return [case for case in prepared if _key(case.id) in keys]


def last_failed(slug: str, path: Path | None = None) -> tuple[str, ...]:
    """The tests that failed in the last recorded attempt of ``slug`` that ran tests; () when it
    passed them all. UsageError when there is none, or the history is off."""
    where = path or history.location()
    if where is None or not where.exists():
        raise UsageError(
            "--failed reads the history, which is off or empty; run `judge submit` first "
            "(and leave JUDGE_HISTORY unset)"
        )
    for attempt in history.attempts(where, slug, limit=20):
        if attempt.total == 0:
            continue  # a growth-only run: no tests to go by
        _, report_json, _ = history.stored_report(where, attempt.id)
        tests = json.loads(report_json).get("tests", [])
        return tuple(test["id"] for test in tests if test.get("verdict") != "AC")
    raise UsageError(f"--failed: no attempt of {slug} with tests in the history; run `judge submit` first")


def _key(name: str) -> tuple[str, int] | str:
    match = _ID.match(name.strip().lower())
    return (match.group(1), int(match.group(2))) if match else name
