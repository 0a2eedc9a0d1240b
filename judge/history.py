"""Every `submit` and `grade` run, recorded in SQLite: attempts, then the best per problem.

The database lives under the user data directory (JUDGE_HISTORY overrides the path; "off"
turns recording off). WAL lets two judges record at once; each record is one transaction, so
a run killed mid-way leaves either the whole record or none. Migrations are numbered and run in
order; PRAGMA user_version says which have run.
"""

from __future__ import annotations

import datetime
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge.errors import UsageError
from judge.models import Report

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        created_at REAL NOT NULL,
        command TEXT NOT NULL,
        problem TEXT NOT NULL,
        submission TEXT NOT NULL,
        submission_sha256 TEXT NOT NULL,
        sandbox TEXT NOT NULL,
        passed INTEGER NOT NULL,
        total INTEGER NOT NULL,
        verdicts TEXT NOT NULL,
        ok INTEGER NOT NULL,
        duration_seconds REAL NOT NULL,
        max_cpu_seconds REAL,
        time_class TEXT,
        memory_class TEXT,
        growth_verdict TEXT,
        report_json TEXT NOT NULL,
        report_text TEXT NOT NULL
    );
    CREATE INDEX attempts_problem ON attempts (problem, created_at);
    """,
    """
    ALTER TABLE attempts ADD COLUMN score REAL;
    ALTER TABLE attempts ADD COLUMN max_score REAL;
    """,
)


@dataclass(frozen=True)
class Attempt:
    id: int
    created_at: float
    command: str
    problem: str
    submission: str
    submission_sha256: str
    passed: int
    total: int
    verdicts: dict[str, int]
    ok: bool
    duration_seconds: float
    max_cpu_seconds: float | None
    time_class: str | None
    memory_class: str | None
    growth_verdict: str | None
    score: float | None
    max_score: float | None


@dataclass(frozen=True)
class ProblemStats:
    problem: str
    attempts: int
    accepted: int
    best_passed: int
    total: int
    best_score: float | None
    max_score: float | None
    best_time_class: str | None
    fastest_cpu_seconds: float | None
    first_accepted_at: float | None
    last_at: float


def location() -> Path | None:
    """JUDGE_HISTORY, else $XDG_DATA_HOME/mljudge/history.sqlite3; None when recording is off."""
    override = os.environ.get("JUDGE_HISTORY")
    if override and override.lower() in ("off", "0", "none"):
        return None
    if override:
        return Path(override)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "mljudge" / "history.sqlite3"


@contextmanager
def connect(path: Path) -> Iterator[sqlite3.Connection]:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, timeout=30, isolation_level=None)
    except (OSError, sqlite3.Error) as error:
        raise UsageError(
            f"{path}: the history database cannot be opened ({error}); set JUDGE_HISTORY"
        ) from None
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA busy_timeout=30000")
        _migrate(connection)
        yield connection
    except sqlite3.DatabaseError as error:
        raise UsageError(
            f"{path}: not a usable history database ({error}); move it away or set JUDGE_HISTORY"
        ) from None
    finally:
        connection.close()


def _migrate(connection: sqlite3.Connection) -> None:
    # BEGIN IMMEDIATE: two judges starting at once must not both run the same migration.
    connection.execute("BEGIN IMMEDIATE")
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise UsageError(
                f"the history database is from a newer judge (schema {version}); upgrade the judge"
            )
        for number in range(version, len(MIGRATIONS)):
            for statement in MIGRATIONS[number].split(";"):
                if statement.strip():
                    connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number + 1}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def record(
    report: Report,
    command: str,
    report_json: str,
    report_text: str,
    score: float | None = None,
    max_score: float | None = None,
    path: Path | None = None,
) -> int | None:
    """Store one attempt in a single transaction; returns its id (None when recording is off)."""
    where = path or location()
    if where is None:
        return None
    verdicts: dict[str, int] = {}
    for result in report.results:
        verdicts[result.verdict.value] = verdicts.get(result.verdict.value, 0) + 1
    times = [result.cpu_seconds for result in report.results if result.cpu_seconds is not None]
    growth = report.complexity
    row = (
        time.time(),
        command,
        report.problem,
        report.submission,
        report.submission_sha256,
        report.sandbox,
        report.passed,
        len(report.results),
        json.dumps(verdicts, sort_keys=True),
        int(report.ok),
        report.duration_seconds,
        max(times) if times else None,
        growth.time.label if growth and growth.time.growth else None,
        growth.memory.label if growth and growth.memory.growth else None,
        growth.verdict.kind.value if growth else None,
        report_json,
        report_text,
        score,
        max_score,
    )
    with connect(where) as connection:
        cursor = connection.execute(
            "INSERT INTO attempts (created_at, command, problem, submission, submission_sha256, "
            "sandbox, passed, total, verdicts, ok, duration_seconds, max_cpu_seconds, time_class, "
            "memory_class, growth_verdict, report_json, report_text, score, max_score) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            row,
        )
        return cursor.lastrowid


COLUMNS = (
    "id, created_at, command, problem, submission, submission_sha256, passed, total, verdicts, ok, "
    "duration_seconds, max_cpu_seconds, time_class, memory_class, growth_verdict, score, max_score"
)


def attempts(path: Path, problem: str | None = None, limit: int = 50) -> list[Attempt]:
    with connect(path) as connection:
        where, args = ("WHERE problem = ?", (problem,)) if problem else ("", ())
        rows = connection.execute(
            f"SELECT {COLUMNS} FROM attempts {where} ORDER BY id DESC LIMIT ?", (*args, limit)
        ).fetchall()
    return [_attempt(row) for row in rows]


def stored_report(path: Path, attempt_id: int) -> tuple[Attempt, str, str]:
    """(the attempt, its report as JSON, its report as text) or UsageError."""
    with connect(path) as connection:
        row = connection.execute(
            f"SELECT {COLUMNS}, report_json, report_text FROM attempts WHERE id = ?", (attempt_id,)
        ).fetchone()
    if row is None:
        raise UsageError(f"no attempt #{attempt_id} in {path}; `judge history` lists them")
    return _attempt(row[:-2]), row[-2], row[-1]


def stats(path: Path) -> list[ProblemStats]:
    with connect(path) as connection:
        rows = connection.execute(
            "SELECT problem, COUNT(*), SUM(ok), MAX(passed), MAX(total), MAX(score), MAX(max_score), "
            "MIN(CASE WHEN ok THEN created_at END), MAX(created_at) "
            "FROM attempts GROUP BY problem ORDER BY problem"
        ).fetchall()
        found = []
        for problem, count, accepted, best, total, best_score, max_score, first_ok, last in rows:
            best_row = connection.execute(
                "SELECT time_class, max_cpu_seconds FROM attempts WHERE problem = ? AND ok = 1 "
                "ORDER BY max_cpu_seconds IS NULL, max_cpu_seconds LIMIT 1",
                (problem,),
            ).fetchone()
            found.append(
                ProblemStats(
                    problem,
                    count,
                    accepted or 0,
                    best,
                    total,
                    best_score,
                    max_score,
                    best_row[0] if best_row else None,
                    best_row[1] if best_row else None,
                    first_ok,
                    last,
                )
            )
    return found


def _attempt(row: tuple[Any, ...]) -> Attempt:
    values = list(row)
    values[8] = json.loads(values[8])
    values[9] = bool(values[9])
    return Attempt(*values)


@dataclass(frozen=True)
class Group:
    """One row of `judge stats --by verdict|week`."""

    key: str  # the verdict ("WA"), or the ISO week ("2026-W49")
    attempts: int  # attempts in it (for a verdict: attempts with at least one such test)
    tests: int  # tests with that verdict (for a week: tests run)
    accepted: int  # attempts accepted
    problems: int  # distinct problems


def group_by_verdict(attempts: list[Attempt]) -> list[Group]:
    """Per verdict: how many tests got it, over how many attempts, most frequent first."""
    tests: dict[str, int] = {}
    seen: dict[str, list[Attempt]] = {}
    for attempt in attempts:
        for verdict, count in attempt.verdicts.items():
            tests[verdict] = tests.get(verdict, 0) + count
            seen.setdefault(verdict, []).append(attempt)
    rows = [
        Group(key, len(found), tests[key], sum(a.ok for a in found), len({a.problem for a in found}))
        for key, found in seen.items()
    ]
    return sorted(rows, key=lambda row: (-row.tests, row.key))


def group_by_week(attempts: list[Attempt]) -> list[Group]:
    """Per ISO week (local time), oldest first: attempts, tests run, accepted, problems."""
    weeks: dict[str, list[Attempt]] = {}
    for attempt in attempts:
        year, week, _ = datetime.date.fromtimestamp(attempt.created_at).isocalendar()
        weeks.setdefault(f"{year}-W{week:02d}", []).append(attempt)
    return [
        Group(
            key,
            len(found),
            sum(a.total for a in found),
            sum(a.ok for a in found),
            len({a.problem for a in found}),
        )
        for key, found in sorted(weeks.items())
    ]
