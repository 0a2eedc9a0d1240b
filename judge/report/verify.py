"""`judge verify` output: one block per problem (text), or one JSON document. The text quotes
file names and package errors, so it goes out through ``safe_text.for_terminal``."""

from __future__ import annotations

import json
from typing import Any

from judge import paths
from judge.models import SCHEMA_VERSION
from judge.pipeline.records import HEADROOM_WARNING, ProblemCheck, SolutionCheck
from judge.report.safe_text import for_terminal


def render_text(checks: list[ProblemCheck]) -> str:
    lines: list[str] = []
    for check in checks:
        lines.append(f"{check.slug}: {'ok' if check.ok else 'FAILED'}")
        if check.error:
            lines.append(f"  package: {check.error}")
            continue
        counts = ", ".join(f"{count} {kind}" for kind, count in sorted(check.cases.items()))
        lines.append(f"  cases: {counts}")
        if check.reference:
            lines.append(_solution_line(check.reference))
        if check.headroom:
            worst = check.headroom[0]
            flag = "  (tight: a slower machine may time out)" if worst.ratio > HEADROOM_WARNING else ""
            lines.append(
                f"  headroom: the reference uses at most {worst.ratio:.0%} of a time budget "
                f"({worst.case}: {worst.reference_seconds:.3f} s of {worst.budget_seconds:g} s){flag}"
            )
        for folder in check.missing_folders:
            lines.append(f"  missing: solutions/{folder}/ (every problem needs one)")
        lines.extend(f"  stale: {declaration}" for declaration in check.stale_declarations)
        lines.extend(_solution_line(solution) for solution in check.solutions)
    passed = sum(1 for check in checks if check.ok)
    lines.append(f"{passed}/{len(checks)} problems verified")
    return for_terminal("\n".join(lines)) + "\n"


def _solution_line(solution: SolutionCheck) -> str:
    tally = " ".join(f"{count} {verdict}" for verdict, count in solution.verdicts.items())
    status = "ok  " if solution.ok else "FAIL"
    reason = f" -- {solution.reason}" if solution.reason else ""
    growth = f"; growth {solution.growth}" if solution.growth else ""
    growth += f" ({solution.second})" if solution.second else ""
    growth += f", memory {solution.memory}" if solution.memory else ""
    return f"  {status} {solution.folder:<14} {paths.shown(solution.path)}: {tally}{growth}{reason}"


def render_json(checks: list[ProblemCheck]) -> str:
    return json.dumps(
        {
            "schema_version": SCHEMA_VERSION,
            "kind": "verify",
            "ok": all(check.ok for check in checks),
            "problems": [_problem(check) for check in checks],
        },
        indent=2,
        sort_keys=True,
    )


def _problem(check: ProblemCheck) -> dict[str, Any]:
    return {
        "slug": check.slug,
        "ok": check.ok,
        "error": check.error,
        "cases": check.cases,
        "reference": _solution(check.reference) if check.reference else None,
        "headroom": [
            {
                "case": item.case,
                "reference_seconds": item.reference_seconds,
                "budget_seconds": item.budget_seconds,
                "ratio": round(item.ratio, 4),
            }
            for item in check.headroom
        ],
        "missing_folders": check.missing_folders,
        "stale_declarations": check.stale_declarations,
        "solutions": [_solution(solution) for solution in check.solutions],
    }


def _solution(solution: SolutionCheck) -> dict[str, Any]:
    return {
        "path": paths.shown(solution.path),
        "folder": solution.folder,
        "verdicts": solution.verdicts,
        "ok": solution.ok,
        "reason": solution.reason,
        "growth": solution.growth or None,
        "memory": solution.memory or None,
        "second": solution.second or None,
    }
