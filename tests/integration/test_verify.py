"""`judge verify` over every shipped problem in the Docker sandbox, as CI runs it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from judge.package import problems
from tests.cli_helpers import run_judge
from tests.conftest import TOPK


@pytest.mark.timeout(600)  # every known solution of the problem, growth too
@pytest.mark.parametrize("slug", problems.list_slugs())
def test_verify_passes_in_docker(docker_sandbox, capsys: pytest.CaptureFixture[str], slug: str) -> None:
    ran = run_judge(capsys, "verify", slug, "--sandbox", "docker", "--json")
    document = json.loads(ran.out)
    failures = [
        (problem["slug"], solution["path"], solution["reason"])
        for problem in document["problems"]
        for solution in [problem["reference"], *problem["solutions"]]
        if solution and not solution["ok"]
    ]
    assert ran.code == 0 and document["ok"], (failures, [p["error"] for p in document["problems"]])
    (problem,) = document["problems"]
    assert problem["slug"] == slug
    assert problem["reference"]["verdicts"] == {"AC": sum(problem["cases"].values())}
    assert sum(problem["cases"].values()) - problem["cases"].get("public", 0) >= 20, slug
    assert problem["headroom"] and all(item["ratio"] < 1 for item in problem["headroom"])
    known = {Path(solution["path"]).parent.name for solution in problem["solutions"]}
    assert {"accepted", "wrong_answer", "time_limit", "memory_limit", "runtime_error"} <= known
    for solution in problem["solutions"]:
        if solution["folder"] == "accepted":
            assert solution["growth"] in ("as expected", "better than expected"), solution
        elif solution["folder"] == "too_slow":
            assert solution["growth"] == "too slow", solution
        else:
            assert solution["growth"] is None and solution["memory"] is None
        if solution["growth"]:  # measured with it: its space class, and from what
            assert solution["memory"].endswith(("(allocations)", "(peak RSS)")), solution
            # a plan with a second parameter: its class and the combined one, apart from the verdict
            swept = slug in ("top-k-products", "knn", "kmeans", "attention")
            assert (solution["second"] or "").startswith("in ") if swept else solution["second"] is None


def test_verify_text_names_a_solution_that_misses_its_verdict(
    problems_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = problems_copy / "top-k-products" / "solutions"
    (folder / "accepted").mkdir(parents=True)
    (folder / "accepted" / "actually_wrong.py").write_text(
        "def top_k_products(purchases, k):\n    return sorted(set(purchases))[:k]\n"
    )
    ran = run_judge(capsys, "verify", "top-k-products", "--sandbox", "local", "--no-complexity")
    assert ran.code == 1
    line = next(line for line in ran.out.splitlines() if "actually_wrong.py" in line)
    assert line.strip().startswith("FAIL accepted") and "expected all AC, got" in line and "WA" in line
    assert ran.out.splitlines()[0] == "top-k-products: FAILED"
    assert ran.out.rstrip().endswith("0/1 problems verified")
    assert "headroom: the reference uses at most" in ran.out


def test_verify_reports_a_broken_package_and_exits_3(
    problems_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    toml = problems_copy / "kmeans" / "problem.toml"
    toml.write_text(toml.read_text().replace('name = "parts"', 'name = "nope"', 1))
    ran = run_judge(capsys, "verify", "kmeans", "--sandbox", "local")
    assert ran.code == 3
    assert "kmeans: FAILED" in ran.out and "[checker] name: expected one of" in ran.out


def test_verify_unknown_slug_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    ran = run_judge(capsys, "verify", "kmeens")
    assert ran.code == 2 and "did you mean `kmeans`?" in ran.err


def test_verify_holds_each_measured_space_class_to_its_declaration(
    problems_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Memory classes come from traced allocations (exact), so verify checks every accepted
    solution's against the plan's space_class or its own line in space_classes."""
    folder = problems_copy / "top-k-products" / "solutions" / "accepted"
    folder.mkdir(parents=True)
    shutil.copy(TOPK / "solutions" / "accepted" / "heap.py", folder / "heap.py")
    toml = problems_copy / "top-k-products" / "problem.toml"
    text = toml.read_text()
    anchor = 'space_class = "O(n)"\n'
    declared = 'space_classes = { "accepted/heap.py" = "O(1)", "accepted/gone.py" = "O(n)" }\n'
    toml.write_text(text.replace(anchor, anchor + declared, 1))
    ran = run_judge(capsys, "verify", "top-k-products", "--sandbox", "local", "--json")
    assert ran.code == 1
    (problem,) = json.loads(ran.out)["problems"]
    assert problem["reference"]["memory"] == "O(n) (allocations)" and problem["reference"]["ok"]
    (heap,) = problem["solutions"]
    assert heap["memory"] == "O(n) (allocations)" and not heap["ok"]
    assert "memory: O(n) measured from traced allocations, O(1) declared" in heap["reason"]
    (stale,) = problem["stale_declarations"]
    assert stale.startswith("[complexity.curve] space_classes names accepted/gone.py, which is not")
