"""The machine-readable report: versioned, sorted keys, hidden cases redacted upstream."""

from __future__ import annotations

import json
from dataclasses import asdict

from judge.complexity.growth import GrowthFit
from judge.complexity.records import ComplexityReport, Curve
from judge.complexity.sweep import SecondSweepReport, in_label
from judge.models import Report, TestResult
from judge.report.safe_text import json_safe
from judge.report.summary import summary_line


def render(report: Report) -> str:
    return json.dumps(json_safe(document(report)), indent=2, sort_keys=True, ensure_ascii=False)


def document(report: Report) -> dict[str, object]:
    return {
        "schema_version": report.schema_version,
        "kind": "submission",
        "problem": report.problem,
        "title": report.title,
        "submission": report.submission,
        "submission_sha256": report.submission_sha256,
        "sandbox": report.sandbox,
        "sandbox_note": report.sandbox_note,
        "numpy_version": report.numpy_version,
        "submission_note": report.submission_note,
        "accepted": report.accepted,
        "selected_from": report.selected_from or None,
        "passed": report.passed,
        "total": len(report.results),
        "summary": summary_line(report),
        "compile_error": report.compile_error,
        "duration_seconds": report.duration_seconds,
        "tests": [_test(result) for result in report.results],
        "complexity": growth_document(report.complexity) if report.complexity else None,
    }


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
        "line": result.line,
        "performance": result.performance,
        # a public WA's diff (judge/checkers/difference.py); null for every hidden test
        "difference": asdict(result.difference) if result.difference is not None else None,
    }


def growth_document(report: ComplexityReport) -> dict[str, object]:
    return {
        "function": report.function,
        "n": report.grow,
        "expected_time": report.expected_time,
        "expected_time_class": report.expected_time_class,
        "expected_space": report.expected_space,
        "expected_space_class": report.expected_space_class,
        "time": _fit(report.time),
        "memory": _fit(report.memory),
        "reference_time": _fit(report.reference_time),
        "reference_memory": _fit(report.reference_memory),
        "memory_measure": report.submission.memory_measure.value,
        "reference_memory_measure": report.reference.memory_measure.value,
        "space_verdict": report.space.value,
        "verdict": report.verdict.kind.value,
        "verdict_message": report.verdict.message,
        "ratio_slope": report.verdict.slope,
        "ratios": [
            {"n": n, "ratio": ratio, "lower_bound": bound} for n, ratio, bound in report.verdict.ratios
        ],
        "submission_samples": _samples(report.submission),
        "reference_samples": _samples(report.reference),
        "submission_allocations": [{"n": n, "traced_bytes": b} for n, b in report.submission.allocations],
        "reference_allocations": [{"n": n, "traced_bytes": b} for n, b in report.reference.allocations],
        "counted_time": None if report.counted is None else _fit(report.counted),
        "submission_instructions": [{"n": n, "instructions": i} for n, i in report.submission.instructions],
        "second_sweep": None if report.second is None else _second(report.second),
        "sample_budget_seconds": report.submission.budget_seconds,
        "measured_seconds": report.measured_seconds,
    }


def _second(second: SecondSweepReport) -> dict[str, object]:
    """The second parameter's sweep; classes are written in its own name ("O(k log k)")."""
    return {
        "parameter": second.grow,
        "at_n": second.at_n,
        "expected_time": second.expected,
        "time": {**_fit(second.time), "label": in_label(second.time.label, second.grow)},
        "reference_time": {
            **_fit(second.reference_time),
            "label": in_label(second.reference_time.label, second.grow),
        },
        "verdict": second.verdict.kind.value,
        "verdict_message": second.verdict.message,
        "combined": second.combined or None,
        "model": second.model or None,
        "joint_points": [
            {"n": p.n, second.grow: p.m, "seconds": p.seconds, "product": p.product, "sum": p.sum}
            for p in second.joint
        ],
        "submission_samples": _samples(second.submission),
        "reference_samples": _samples(second.reference),
    }


def _fit(fit: GrowthFit) -> dict[str, object]:
    return {
        "class": fit.growth.value if fit.growth else None,
        "label": fit.label,
        "band": [member.value for member in fit.band] if fit.band else None,
        "confidence": round(fit.confidence, 3),
        "exponent": None if fit.exponent is None else round(fit.exponent, 4),
        "reason": fit.reason,
    }


def _samples(curve: Curve) -> list[dict[str, object]]:
    return [
        {
            "n": sample.size,
            "round": sample.round,
            "status": sample.status.value,
            "cpu_seconds": sample.cpu_seconds,
            "peak_bytes": sample.peak_bytes,
            "output_bytes": sample.output_bytes,
        }
        for sample in curve.samples
    ]
