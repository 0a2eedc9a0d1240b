"""Attacks on the growth measurement (vector 3), in Docker on top-k-products: answers memorised
for the published curve inputs, wrong answers on growth inputs only; and the control, a correct
n log n solution, measured honestly."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.backends import wire
from judge.complexity.growth import Growth
from judge.complexity.records import GrowthVerdictKind
from judge.models import Verdict
from judge.package import problems, trusted
from judge.pipeline import curves
from tests.security.suite import submit

TOPK = problems.load("top-k-products")
HEAP = (TOPK.root / "solutions" / "accepted" / "heap.py").read_text()


def memorised_source() -> str:
    """Answers for the curve inputs a copy of problem.toml and generator.py would predict."""
    plan = curves.plan_of(TOPK)
    reference = trusted.references(TOPK)["top_k_products"]
    table = {}
    for line in curves.inputs(TOPK, plan).values():
        purchases, k = wire.decode_args(line)
        table[(len(purchases), purchases[0], purchases[-1])] = reference(purchases, k)
    return (
        f"TABLE = {table!r}\n"
        "def top_k_products(purchases, k):\n"
        "    key = (len(purchases), purchases[0], purchases[-1]) if purchases else None\n"
        "    return TABLE.get(key, [])\n"
    )


def test_answers_memorised_for_the_published_curve_inputs_are_wrong_on_fresh_ones(
    docker_sandbox,
    tmp_path: Path,
) -> None:
    report = submit(
        docker_sandbox,
        memorised_source(),
        tmp_path,
        slug="top-k-products",
        problems_root=None,
        complexity="only",
    )
    assert report.complexity is not None
    assert report.complexity.verdict.kind is GrowthVerdictKind.WRONG, report.complexity.verdict.message
    assert not report.ok


def test_wrong_answers_on_growth_inputs_only_fail_the_submission(docker_sandbox, tmp_path: Path) -> None:
    # the curve's sizes that no test uses (tests have 10^3, 10^4, 10^6 purchases)
    sizes = [size for size in curves.plan_of(TOPK).sizes if str(size).rstrip("0") != "1"]
    cheat = f"    if len(purchases) in {sizes!r}:\n        return []  # look instant on the curve\n"
    source = HEAP.replace("    if k <= 0:", cheat + "    if k <= 0:")
    report = submit(
        docker_sandbox, source, tmp_path, slug="top-k-products", problems_root=None, complexity="on"
    )
    assert {result.verdict for result in report.results} == {Verdict.AC}
    assert report.complexity is not None and report.complexity.verdict.kind is GrowthVerdictKind.WRONG
    assert f"wrong answer on a growth input: n = {sizes[0]:,}: " in report.complexity.verdict.message
    assert not report.ok


def test_control_a_correct_n_log_n_solution_is_accepted_with_its_class(
    docker_sandbox, tmp_path: Path
) -> None:
    source = (
        "def top_k_products(purchases, k):\n"
        "    ordered = sorted(purchases)  # n log n over all purchases\n"
        "    counts = {}\n"
        "    for product in ordered:\n"
        "        counts[product] = counts.get(product, 0) + 1\n"
        "    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))\n"
        "    return [product for product, _ in ranked[:max(k, 0)]]\n"
    )
    report = submit(
        docker_sandbox, source, tmp_path, slug="top-k-products", problems_root=None, complexity="on"
    )
    assert {result.verdict for result in report.results} == {Verdict.AC}
    growth = report.complexity
    assert growth is not None and growth.verdict.kind is not GrowthVerdictKind.WRONG
    # Honest timing: a super-linear class (sorting 10^6 strings may even be flagged too slow
    # against the linear reference, as cache misses bend it past n log n: either is honest).
    fit = growth.time
    super_linear = fit.growth is not None and fit.growth.rank >= Growth.LINEARITHMIC.rank
    in_band = fit.band is not None and Growth.LINEARITHMIC in fit.band
    assert super_linear or in_band or (fit.exponent or 0) > 1.05, fit.label


@pytest.mark.parametrize("salt", [1, 2])
def test_every_run_draws_new_curve_inputs(salt: int) -> None:
    plan = curves.plan_of(TOPK)
    published = curves.inputs(TOPK, plan)
    fresh = curves.inputs(TOPK, plan, salt=salt)
    assert all(fresh[size] != published[size] for size in plan.sizes[:3])
