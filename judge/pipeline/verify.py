"""`judge verify`: is a problem package sound? Load it strictly, run its reference over every
case, judge every known submission under solutions/<verdict>/ and compare with its folder, and
measure how much of each budget the reference uses.

Pure orchestration over pipeline/submit.judge_cases; rendering lives in report/verify.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path

from judge import submission
from judge.backends.base import Sandbox
from judge.complexity.growth import GrowthFit
from judge.complexity.records import ComplexityReport, Curve, MemoryMeasure
from judge.complexity.sweep import in_label
from judge.errors import ProblemError
from judge.models import Problem, TestResult, Verdict
from judge.package import cases, problems
from judge.pipeline import curves
from judge.pipeline.records import Headroom, ProblemCheck, SolutionCheck
from judge.pipeline.submit import judge_cases

# What each solutions/ folder promises about every test the solution fails.
FOLDERS: dict[str, tuple[Verdict, ...]] = {
    "accepted": (),
    "wrong_answer": (Verdict.WA,),
    "time_limit": (Verdict.TLE,),
    "memory_limit": (Verdict.MLE,),
    "runtime_error": (Verdict.RE,),
    "compile_error": (Verdict.CE,),
    "output_limit": (Verdict.OLE,),
    # Correct, but grows too fast: it may only fail by running out of time.
    "too_slow": (Verdict.TLE,),
}
REQUIRED_FOLDERS = ("accepted", "wrong_answer", "time_limit", "memory_limit", "runtime_error")


def meets(folder: str, results: list[TestResult]) -> tuple[bool, str]:
    """Does a solution filed under ``folder`` get what the folder promises?"""
    allowed = FOLDERS[folder]
    failed: Counter[Verdict] = Counter(r.verdict for r in results if r.verdict is not Verdict.AC)
    if not results:
        return False, "no tests ran"
    if folder == "accepted" or (folder == "too_slow" and not failed):
        return (not failed, "" if not failed else f"expected all AC, got {_counts(failed)}")
    if not failed:
        return False, f"expected {'/'.join(v.value for v in allowed)}, but it passed every test"
    wrong: dict[Verdict, int] = {v: count for v, count in failed.items() if v not in allowed}
    if wrong:
        return False, f"expected only {'/'.join(v.value for v in allowed)} failures, got {_counts(wrong)}"
    return True, ""


def known_solutions(problem: Problem) -> list[tuple[str, Path]]:
    root = problem.root / "solutions"
    return [(path.parent.name, path) for path in sorted(root.glob("*/*.py"))]


# Whose growth is measured, and what it must be: correct solutions are never too slow, the
# too_slow ones always are.
GROWTH_PROMISES = {"accepted": False, "too_slow": True}


def verify(
    slugs: list[str],
    sandbox: Sandbox,
    problems_root: Path | None = None,
    cache_root: Path | None = None,
    log: Callable[[str], None] = lambda line: None,
    growth: bool = True,
) -> list[ProblemCheck]:
    checks = []
    for slug in slugs or problems.list_slugs(problems_root):
        check = ProblemCheck(slug)
        checks.append(check)
        try:
            _verify_one(check, sandbox, problems_root, cache_root, log, growth)
        except ProblemError as error:
            check.error = error.message
    return checks


def _verify_one(
    check: ProblemCheck,
    sandbox: Sandbox,
    problems_root: Path | None,
    cache_root: Path | None,
    log: Callable[[str], None],
    growth: bool,
) -> None:
    problem = problems.load(check.slug, problems_root)
    log(f"{problem.slug}: running the reference on every case")
    prepared = cases.prepare(problem, cache_root)
    check.cases = dict(
        Counter("generated" if case.seed is not None else case.visibility.value for case in problem.cases)
    )
    reference = submission.read(problem.reference_path)
    results, _ = judge_cases(problem, reference.source, prepared, sandbox, lambda event: None)
    ok, reason = meets("accepted", results)
    check.reference = SolutionCheck(problem.reference_path, "reference", _tally(results), ok, reason)
    names = {case.id: case.spec.name for case in prepared}
    check.headroom = sorted(
        (
            Headroom(f"{result.id} {names[result.id]}", result.cpu_seconds or 0.0, result.limits.cpu_seconds)
            for result in results
            if result.cpu_seconds is not None
        ),
        key=lambda item: item.ratio,
        reverse=True,
    )
    found = known_solutions(problem)
    reference_run: curves.ReferenceRun | None = None
    present = {folder for folder, _ in found}
    check.missing_folders = [folder for folder in REQUIRED_FOLDERS if folder not in present]
    for folder, path in found:
        log(f"{problem.slug}: judging solutions/{folder}/{path.name}")
        if folder not in FOLDERS:
            reason = f"unknown folder `{folder}`; use one of {', '.join(FOLDERS)}"
            check.solutions.append(SolutionCheck(path, folder, {}, False, reason))
            continue
        source = submission.read(path).source
        results, _ = judge_cases(problem, source, prepared, sandbox, lambda event: None)
        ok, reason = meets(folder, results)
        kind = memory = second = ""
        if growth and folder in GROWTH_PROMISES and problem.complexity.curve is not None:
            log(f"{problem.slug}: measuring the growth of solutions/{folder}/{path.name}")
            first = reference_run is None
            report, reference_run = curves.measure_with_reference(
                problem, source, sandbox, reference=reference_run
            )
            if first:
                _check_reference_space(check, problem, report)
            kind = report.verdict.kind.value
            second = _second_text(report)
            memory = _memory_text(report.submission, report.memory)
            promised_slow = GROWTH_PROMISES[folder]
            if (not report.too_slow) if promised_slow else report.failed:
                ok = False
                reason = "; ".join(filter(None, [reason, f"growth: {report.verdict.message}"]))
            plan = problem.complexity.curve
            declared = plan.space_classes.get(f"{folder}/{path.name}", plan.space_class)
            wrong_space = space_mismatch(report.submission, report.memory, declared)
            if wrong_space:
                ok = False
                reason = "; ".join(filter(None, [reason, wrong_space]))
        check.solutions.append(SolutionCheck(path, folder, _tally(results), ok, reason, kind, memory, second))
    if growth and problem.complexity.curve is not None:
        measured = {f"{folder}/{path.name}" for folder, path in found if folder in GROWTH_PROMISES}
        for named in sorted(set(problem.complexity.curve.space_classes) - measured):
            check.stale_declarations.append(
                f"[complexity.curve] space_classes names {named}, "
                "which is not an accepted or too_slow solution"
            )


def space_mismatch(curve: Curve, fit: GrowthFit, declared: str) -> str:
    """Why a measured space class contradicts the declared one ('' when it does not, or when
    it came from peak RSS, which cannot see memory that reuses freed buffers)."""
    if curve.memory_measure is not MemoryMeasure.ALLOCATIONS or fit.growth is None:
        return ""
    if fit.growth.value == declared:
        return ""
    return (
        f"memory: {fit.growth.value} measured from traced allocations, {declared} declared "
        "(fix the solution, or declare it in [complexity.curve] space_classes)"
    )


def _check_reference_space(check: ProblemCheck, problem: Problem, report: ComplexityReport) -> None:
    assert problem.complexity.curve is not None and check.reference is not None
    wrong = space_mismatch(report.reference, report.reference_memory, problem.complexity.curve.space_class)
    check.reference = replace(
        check.reference,
        ok=check.reference.ok and not wrong,
        reason="; ".join(filter(None, [check.reference.reason, wrong])),
        memory=_memory_text(report.reference, report.reference_memory),
    )


def _second_text(report: ComplexityReport) -> str:
    """The second parameter's class and the combined one, e.g. 'in k: O(k); O(n + k)'."""
    second = report.second
    if second is None:
        return ""
    combined = f"; {second.combined}" if second.combined else ""
    return f"in {second.grow}: {in_label(second.time.label, second.grow)}{combined}"


def _memory_text(curve: Curve, fit: GrowthFit) -> str:
    return f"{fit.label} ({curve.memory_measure.value})"


def _tally(results: list[TestResult]) -> dict[str, int]:
    return dict(sorted(Counter(result.verdict.value for result in results).items()))


def _counts(counter: Mapping[Verdict, int]) -> str:
    return ", ".join(f"{count} {verdict.value}" for verdict, count in sorted(counter.items()))
