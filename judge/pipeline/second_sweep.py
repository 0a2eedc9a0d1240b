"""The second parameter's sweep (complexity/sweep.py): the reference's and the submission's
curves in m at a fixed n, in sandboxes of their own, on fresh inputs of the run's salt; then
joint points, where n and m both differ from the sweeps' fixed values, for the submission only
(they name the combination, product or sum; they never decide a verdict, so their outputs are
not checked)."""

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

JOINT_POINTS = 2  # n sizes above the sweep's n, each at the largest m both curves finished


def _swept(problem: Problem) -> tuple[Problem, CurvePlan]:
    plan = problem.complexity.curve
    assert plan is not None
    m_plan = second_plan(plan)
    assert m_plan is not None
    return replace(problem, complexity=replace(problem.complexity, curve=m_plan)), m_plan


def reference_curve(
    problem: Problem,
    source: str,
    sandbox: Sandbox,
    salt: int,
    on_event: Callable[[curves.CurveProgress], None],
) -> tuple[Curve, dict[int, Any]]:
    m_problem, m_plan = _swept(problem)
    lines = curves.inputs(m_problem, m_plan, salt=salt)
    outputs: dict[int, Any] = {}
    found = curves.run_curve(
        m_problem,
        source,
        sandbox,
        lines,
        "reference",
        on_event,
        keep=outputs,
        trace=False,
        variable=m_plan.grow,
    )
    return found, outputs


def measure(
    problem: Problem,
    source: str,
    sandbox: Sandbox,
    reference: curves.ReferenceRun,
    n_submission: Curve,
    on_event: Callable[[curves.CurveProgress], None],
    wrong: list[str],
    tests_failed: bool,
) -> SecondSweepReport:
    plan = problem.complexity.curve
    assert plan is not None and plan.second is not None and reference.second is not None
    m_problem, m_plan = _swept(problem)
    lines = curves.inputs(m_problem, m_plan, salt=reference.salt)
    check = None if tests_failed else curves.output_check(m_problem, m_plan, lines, reference.second_outputs)
    submission = curves.run_curve(
        m_problem,
        source,
        sandbox,
        lines,
        "submission",
        on_event,
        check=check,
        wrong=wrong,
        trace=False,
        variable=m_plan.grow,
    )
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


def _joint(
    problem: Problem,
    source: str,
    sandbox: Sandbox,
    salt: int,
    n_submission: Curve,
    m_submission: Curve,
    on_event: Callable[[curves.CurveProgress], None],
) -> tuple[JointPoint, ...]:
    """The submission at (n, m_top) for the JOINT_POINTS n sizes above the sweep's n."""
    plan = problem.complexity.curve
    assert plan is not None and plan.second is not None
    n_medians, m_medians = n_submission.medians("time"), m_submission.medians("time")
    if not m_medians:
        return ()
    m_top = max(m_medians)
    above = [size for size in plan.sizes if size > plan.second.at_n and size in n_medians][:JOINT_POINTS]
    if not above:
        return ()
    joint_plan = replace(
        plan, sizes=tuple(above), params={**plan.params, plan.second.grow: m_top}, second=None
    )
    joint_problem = replace(problem, complexity=replace(problem.complexity, curve=joint_plan))
    lines = curves.inputs(joint_problem, joint_plan, salt=salt)
    found = curves.run_curve(joint_problem, source, sandbox, lines, "submission", on_event, trace=False)
    points = []
    for n, values in sorted(found.values("time").items()):
        point = joint_point(n, m_top, statistics.median(values), n_medians, m_medians, plan.second.at_n)
        if point is not None:
            points.append(point)
    return tuple(points)
