"""The machine-readable report: versioned, sorted keys, hidden cases redacted upstream."""

from __future__ import annotations

import json

from judge.models import Report, TestResult
from judge.report.summary import summary_line


def render(report: Report) -> str:
    document = {
        "schema_version": report.schema_version,
        "kind": "submission",
        "problem": report.problem,
        "title": report.title,
        "submission": report.submission,
        "submission_sha256": report.submission_sha256,
        "sandbox": report.sandbox,
        "sandbox_note": report.sandbox_note,
        "accepted": report.accepted,
        "passed": report.passed,
        "total": len(report.results),
        "summary": summary_line(report),
        "compile_error": report.compile_error,
        "duration_seconds": report.duration_seconds,
        "tests": [_test(result) for result in report.results],
    }
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False)


def _test(result: TestResult) -> dict[str, object]:
    return {
        "id": result.id,
        "category": result.category,
        "visibility": result.visibility.value,
        "verdict": result.verdict.value,
        "message": result.message,
        "cpu_seconds": result.cpu_seconds,
        "peak_bytes": result.peak_bytes,
        "budget_cpu_seconds": result.limits.cpu_seconds,
        "budget_memory_bytes": result.limits.memory_bytes,
    }
