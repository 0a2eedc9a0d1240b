"""The second parameter's sweep (complexity/sweep.py): the reference's and the submission's
curves in m at a fixed n, each in the same sandbox run as that solution's curve in n
(pipeline/curve_jobs.py), on fresh inputs of the run's salt; then joint points, where n and m
both differ from the sweeps' fixed values, for the submission only (they name the combination,
product or sum; they never decide a verdict, so their outputs are not checked)."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from judge.backends.base import Sandbox
from judge.complexity import growth, verdict
from judge.complexity.plan import second_plan
from judge.complexity.records import Curve
from judge.complexity.sweep import (
    JointPoint,
    SecondSweepReport,
    choose_model,
    combined,
    in_label,
    in_variable,
    joint_point,
)
from judge.models import CurvePlan, Problem
from judge.pipeline import curves
from judge.pipeline.curve_jobs import CurveSpec

JOINT_POINTS = 2  # n sizes above the sweep's n, each at the largest m both curves finished


def _swept(problem: Problem) -> tuple[Problem, CurvePlan]:
    plan = problem.complexity.curve
    assert plan is not None
    m_plan = second_plan(plan)
    assert m_plan is not None
    return replace(problem, complexity=replace(problem.complexity, curve=m_plan)), m_plan


def inputs(problem: Problem, salt: int) -> dict[int, bytes]:
    """The sweep's encoded inputs for this run's salt (generated once: the reference's run keeps
    them for the submission's)."""
    m_problem, m_plan = _swept(problem)
    return curves.inputs(m_problem, m_plan, salt=salt)


def reference_spec(problem: Problem, lines: dict[int, bytes], outputs: dict[int, Any]) -> CurveSpec:
    """The reference's sweep, to run in the same sandbox run as its curve in n."""
    m_problem, m_plan = _swept(problem)
    return CurveSpec(m_problem, lines, "m", trace=False, keep=outputs, variable=m_plan.grow)


def submission_specs(
    problem: Problem, reference: curves.ReferenceRun, wrong: list[str], tests_failed: bool
) -> list[CurveSpec]:
    """The submission's sweep and its joint points, to run with its curve in n.

    The joint points are at the sweep's largest m and the JOINT_POINTS n sizes above its n; a
    submission that does not finish that m gets them again at the largest m it finished
    (``measure``), in a run of their own."""
    plan = problem.complexity.curve
    assert plan is not None and plan.second is not None
    m_problem, m_plan = _swept(problem)
    lines = reference.second_lines or inputs(problem, reference.salt)
    check = None if tests_failed else curves.output_check(m_problem, m_plan, lines, reference.second_outputs)
    sweep = CurveSpec(m_problem, lines, "m", trace=False, check=check, wrong=wrong, variable=m_plan.grow)
    specs = [sweep]
    joint = _joint_problem(problem, max(m_plan.sizes))
    if joint is not None:
        joint_plan = joint.complexity.curve
        assert joint_plan is not None
        joint_lines = curves.inputs(joint, joint_plan, salt=reference.salt)
        specs.append(CurveSpec(joint, joint_lines, "joint", trace=False))
    return specs


def measure(
    problem: Problem,
    source: str,
    sandbox: Sandbox,
    reference: curves.ReferenceRun,
    n_submission: Curve,
    found: list[Curve],
    on_event: Callable[[curves.CurveProgress], None],
) -> SecondSweepReport:
    """The sweep's report from the submission's curves (``found``: the sweep, then the joint
    points when submission_specs had them)."""
    plan = problem.complexity.curve
    assert plan is not None and plan.second is not None and reference.second is not None
    submission = found[0]
    name = plan.second.grow
    fit = growth.infer(submission.values("time"))
    expected = growth.Growth.parse(plan.second.time_class)
    judged = verdict.compare(
        submission,
        reference.second,
        fit,
        expected,
        in_variable(plan.second.time_class, name),
        variable=name,
        measured=in_label(fit.label, name),
    )
    m_medians = submission.medians("time")
    joint: tuple[JointPoint, ...] = ()
    if m_medians:
        m_top = max(m_medians)
        if len(found) > 1 and m_top == max(_swept(problem)[1].sizes):
            joint = _points(plan, m_top, found[1], n_submission, submission)
        else:  # it stopped below the sweep's largest m: the points at the largest it finished
            joint = _joint(problem, source, sandbox, reference.salt, n_submission, submission, on_event)
    model = choose_model(joint)
    n_fit = growth.infer(n_submission.values("time"))
    return SecondSweepReport(
        grow=name,
        at_n=plan.second.at_n,
        expected_class=plan.second.time_class,
        submission=submission,
        reference=reference.second,
        time=fit,
        reference_time=growth.infer(reference.second.values("time")),
        verdict=judged,
        joint=joint,
        model=model,
        combined=combined(n_fit, fit, name, model),
    )


def _joint_problem(problem: Problem, m_top: int) -> Problem | None:
    """The problem whose plan is the joint points at ``m_top``; None without n sizes above."""
    plan = problem.complexity.curve
    assert plan is not None and plan.second is not None
    above = [size for size in plan.sizes if size > plan.second.at_n][:JOINT_POINTS]
    if not above:
        return None
    joint_plan = replace(
        plan, sizes=tuple(above), params={**plan.params, plan.second.grow: m_top}, second=None
    )
    return replace(problem, complexity=replace(problem.complexity, curve=joint_plan))


def _points(
    plan: CurvePlan, m_top: int, found: Curve, n_submission: Curve, m_submission: Curve
) -> tuple[JointPoint, ...]:
    assert plan.second is not None
    n_medians, m_medians = n_submission.medians("time"), m_submission.medians("time")
    points = []
    for n, values in sorted(found.values("time").items()):
        point = joint_point(n, m_top, statistics.median(values), n_medians, m_medians, plan.second.at_n)
        if point is not None:
            points.append(point)
    return tuple(points)


def _joint(
    problem: Problem,
    source: str,
    sandbox: Sandbox,
    salt: int,
    n_submission: Curve,
    m_submission: Curve,
    on_event: Callable[[curves.CurveProgress], None],
) -> tuple[JointPoint, ...]:
    """The submission at (n, m_top) for the JOINT_POINTS n sizes above the sweep's n, m_top the
    largest m it finished, in a run of their own."""
    plan = problem.complexity.curve
    assert plan is not None and plan.second is not None
    n_medians, m_medians = n_submission.medians("time"), m_submission.medians("time")
    m_top = max(m_medians)
    joint_problem = _joint_problem(problem, m_top)
    if joint_problem is None:
        return ()
    joint_plan = joint_problem.complexity.curve
    assert joint_plan is not None
    sizes = tuple(size for size in joint_plan.sizes if size in n_medians)
    if not sizes:
        return ()
    joint_problem = replace(
        joint_problem, complexity=replace(joint_problem.complexity, curve=replace(joint_plan, sizes=sizes))
    )
    lines = curves.inputs(joint_problem, replace(joint_plan, sizes=sizes), salt=salt)
    found = curves.run_curve(joint_problem, source, sandbox, lines, "submission", on_event, trace=False)
    return _points(plan, m_top, found, n_submission, m_submission)
