"""`judge grade-many`'s summaries: one row per repo, as CSV (a spreadsheet) and JSON (scripts)."""

from __future__ import annotations

import csv
import io
import json

from judge.grading.records import RepoOutcome, batch_exit_code

SUMMARY_FIELDS = (
    "repo",
    "source",
    "status",
    "exit_code",
    "passed",
    "problems",
    "score",
    "max_score",
    "seconds",
    "message",
)


def _row(outcome: RepoOutcome) -> dict[str, object]:
    report = outcome.report
    return {
        "repo": outcome.source.name,
        "source": outcome.source.location,
        "status": outcome.status,
        "exit_code": int(outcome.exit_code),
        "passed": report.passed if report else 0,
        "problems": len(report.problems) if report else 0,
        "score": report.score if report else 0.0,
        "max_score": report.max_score if report else 0.0,
        "seconds": report.duration_seconds if report else 0.0,
        "message": outcome.message,
    }


def summary_csv(outcomes: list[RepoOutcome]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=SUMMARY_FIELDS, lineterminator="\n")
    writer.writeheader()
    for outcome in outcomes:
        writer.writerow(_row(outcome))
    return buffer.getvalue()


def summary_json(outcomes: list[RepoOutcome]) -> str:
    document = {
        "schema_version": 1,
        "kind": "grade_many",
        "exit_code": int(batch_exit_code(outcomes)),
        "repos": [_row(outcome) for outcome in outcomes],
    }
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
