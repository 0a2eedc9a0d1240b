"""`judge grade --json FILE`: the whole grading as one versioned document (sorted keys)."""

from __future__ import annotations

import json

from judge.grading import task_score
from judge.grading.records import GradeReport, ProblemGrade
from judge.report import to_json as submission_json
from judge.report.safe_text import json_safe


def document(report: GradeReport) -> dict[str, object]:
    return {
        "schema_version": report.schema_version,
        "kind": "grade",
        "repo": report.repo,
        "sandbox": report.sandbox,
        "baseline": report.baseline,
        "passed": report.passed,
        "total": len(report.problems),
        "score": report.score,
        "max_score": report.max_score,
        "duration_seconds": report.duration_seconds,
        "exit_code": int(report.exit_code()),
        "problems": [_problem(grade) for grade in report.problems],
    }


def render(report: GradeReport) -> str:
    return json.dumps(json_safe(document(report)), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _problem(grade: ProblemGrade) -> dict[str, object]:
    comparison = grade.comparison
    return {
        "problem": grade.slug,
        "title": grade.title,
        "file": grade.file,
        "status": grade.status.value,
        "score": grade.score,
        "max_score": grade.max_score,
        "message": grade.message,
        "report": submission_json.document(grade.report) if grade.report else None,
        # Codility-style percentages (grading/task_score.py); null without a report
        "scores": _scores(grade),
        "baseline": None
        if comparison is None
        else {
            "kind": comparison.kind.value,
            "message": comparison.message,
            "n": comparison.size,
            "change": None if comparison.change is None else round(comparison.change, 4),
            "failed": comparison.failed,
            "measure": comparison.measure,
            f"baseline_{comparison.measure}": {str(n): value for n, value in comparison.old.items()},
            comparison.measure: {str(n): value for n, value in comparison.new.items()},
        },
    }


def _scores(grade: ProblemGrade) -> dict[str, object] | None:
    if grade.report is None:
        return None
    score = task_score.summarize(grade.report)
    return {"correctness": score.correctness, "performance": score.performance, "growth_ok": score.growth_ok}
