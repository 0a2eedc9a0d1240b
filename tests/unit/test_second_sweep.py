"""Curves in two parameters: the plan's m sweep, classes written in m, the product-or-sum choice
from joint points, the verdict in m folded into the growth verdict, and how each is shown."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from judge.complexity import growth, verdict
from judge.complexity.growth import Growth
from judge.complexity.plan import second_plan
from judge.complexity.records import GrowthVerdictKind
from judge.complexity.sweep import (
    PRODUCT,
    SUM,
    SecondSweepReport,
    choose_model,
    combined,
    in_label,
    in_variable,
    joint_point,
)
from judge.errors import ProblemError
from judge.package import problems
from judge.pipeline.curves import analyse
from judge.report import growth as growth_text
from judge.report import to_html
from judge.report.to_json import growth_document
from tests import grade_fixtures

K_SIZES = [10, 23, 51, 120, 260, 590, 1300, 3000]


def test_classes_are_written_in_the_second_parameter() -> None:
    assert in_variable("O(n log n)", "k") == "O(k log k)"
    assert in_variable("O(log n)", "k") == "O(log k)"
    assert in_variable("O(n^2)", "d") == "O(d^2)"
    assert in_label("O(n) – O(n log n) (confidence 90%)", "k") == "O(k) – O(k log k) (confidence 90%)"
    assert in_label("unknown (only 3 sizes finished)", "k") == "unknown (only 3 sizes finished)"


def _fit(growth_class: Growth) -> growth.GrowthFit:
    return growth.GrowthFit(growth_class, None, 1.0, 1.0, ())


def test_joint_points_tell_a_product_from_a_sum() -> None:
    n_curve = {100_000: 0.010, 220_000: 0.022, 460_000: 0.046}  # T(n, k0): linear in n
    m_curve = {10: 0.010, 3000: 0.300}  # T(n0, k): linear in k at n0 = 100,000
    product = joint_point(460_000, 3000, 1.38, n_curve, m_curve, 100_000)  # n k: 4.6 x 0.3
    total = joint_point(460_000, 3000, 0.336, n_curve, m_curve, 100_000)  # n + k
    assert product is not None and total is not None
    assert product.product == pytest.approx(1.38) and total.sum == pytest.approx(0.336)
    assert choose_model((product,)) == PRODUCT and choose_model((total,)) == SUM
    assert joint_point(1_000_000, 3000, 1.0, n_curve, m_curve, 100_000) is None  # n never finished
    assert choose_model(()) == ""
    assert combined(_fit(Growth.LINEAR), _fit(Growth.LOG), "k", PRODUCT) == "O(n log k)"
    assert combined(_fit(Growth.LINEAR), _fit(Growth.LINEARITHMIC), "k", SUM) == "O(n + k log k)"
    assert combined(_fit(Growth.LINEAR), _fit(Growth.CONSTANT), "k", PRODUCT) == "O(n)"
    assert combined(_fit(Growth.LINEAR), _fit(Growth.LINEAR), "d", PRODUCT) == "O(n d)"


def test_the_plan_reads_the_sweep_and_fixes_n_in_it() -> None:
    problem = problems.load("top-k-products")
    plan = problem.complexity.curve
    assert plan is not None and plan.second is not None
    assert plan.second.grow == "k" and plan.second.at_n in plan.sizes
    swept = second_plan(plan)
    assert swept is not None and swept.grow == "k" and swept.sizes == tuple(K_SIZES)
    # n and the parameters scaled with it are fixed at at_n; k is the one that grows
    assert swept.params == {"shape": "zipf", "distinct": 5000, "n": 100_000} and swept.scaled == {}


@pytest.mark.parametrize(
    ("sweep", "message"),
    [
        ('m = "k"\n[complexity.curve.m_sweep]\nat_n = 123\n', "123 is not one of the plan's sizes"),
        ('m = "n"\n', "`n` is already n"),
        ("[complexity.curve.m_sweep]\nat_n = 100000\n", 'add m = "<generator parameter>"'),
        (
            'm = "k"\n[complexity.curve.m_sweep]\nat_n = 100000\nsizes = { from = 10, to = 500 }\n'
            'time_class = "O(n)"\n',
            "at least 2.0 decades",
        ),
    ],
)
def test_a_broken_sweep_is_one_clear_line(tmp_path: Path, sweep: str, message: str) -> None:
    source = problems.load("top-k-products").root
    target = tmp_path / "top-k-products"
    shutil.copytree(source, target)
    toml = (target / "problem.toml").read_text()
    start = toml.index('m = "k"\n')
    end = toml.index("[[generated]]")
    head = toml[:start]
    rest = toml[start + len('m = "k"\n') : end]
    curve_keys = rest[: rest.index("[complexity.curve.m_sweep]")]
    (target / "problem.toml").write_text(head + curve_keys + sweep + "\n" + toml[end:])
    with pytest.raises(ProblemError) as raised:
        problems.load("top-k-products", tmp_path)
    assert message in str(raised.value) and "problem.toml" in str(raised.value)


def _sweep(ratio_growth: float) -> SecondSweepReport:
    """A k sweep whose submission/reference ratio grows by ``ratio_growth`` over K_SIZES."""
    flat = grade_fixtures.curve(lambda n: 0.008)
    samples = tuple(replace(s, size=K_SIZES[i // 3]) for i, s in enumerate(flat.samples[:24]))
    reference = replace(flat, samples=samples)
    scale = {k: ratio_growth ** (i / (len(K_SIZES) - 1)) for i, k in enumerate(K_SIZES)}
    submission = replace(
        reference,
        samples=tuple(replace(s, cpu_seconds=s.cpu_seconds * scale[s.size]) for s in reference.samples),
    )
    fit = growth.infer(submission.values("time"))
    judged = verdict.compare(submission, reference, fit, Growth.LINEARITHMIC, "O(k log k)", variable="k")
    return SecondSweepReport(
        "k", 100_000, "O(n log n)", submission, reference, fit, growth.infer(reference.values("time")), judged
    )


def test_too_slow_in_k_fails_the_submission_even_when_n_is_fine() -> None:
    problem = problems.load("top-k-products")
    linear = grade_fixtures.curve(grade_fixtures.linear)
    fine = analyse(problem, linear, linear, 1.0, second=_sweep(1.0))
    assert fine.verdict.kind is GrowthVerdictKind.AS_EXPECTED and not fine.failed
    slow = analyse(problem, linear, linear, 1.0, second=_sweep(20.0))
    assert slow.failed and slow.verdict.kind is GrowthVerdictKind.TOO_SLOW
    assert slow.verdict.message.startswith("in k: too slow") and "grows like k^" in slow.verdict.message

    text = growth_text.render(slow, plot=True)
    assert "Growth with k at n = 100,000 (8 sizes, median CPU time)" in text
    assert "k=10" in text and "growth in k: [FAIL] too slow" in text
    assert "expected O(k log k)" in text
    document = growth_document(slow)
    second = document["second_sweep"]
    assert isinstance(second, dict) and second["parameter"] == "k" and second["verdict"] == "too slow"
    assert second["expected_time"] == "O(k log k)" and len(second["submission_samples"]) == 24
    plots = to_html.plots(grade_fixtures.report("top-k-products", [], slow))
    assert plots["growth-time-k.png"].startswith(b"\x89PNG")
    page = to_html.page(grade_fixtures.report("top-k-products", [], slow))
    assert "Growth with k at n = 100,000" in page and "src='growth-time-k.png'" in page
