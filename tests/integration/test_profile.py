"""`judge profile`: which line of a submission costs the time and the memory."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_helpers import run_judge
from tests.conftest import SOLUTIONS


def test_profile_names_the_costly_lines(capsys: pytest.CaptureFixture[str]) -> None:
    ran = run_judge(
        capsys, "profile", "top-k-products", str(SOLUTIONS / "time_limit" / "list_count.py"), "--size", "4600"
    )
    assert ran.code == 0, ran.err
    assert "your own code only" in ran.err
    assert ran.out.startswith("top-k-products · top_k_products at n = 4,600")
    document = json.loads(
        run_judge(
            capsys,
            "profile",
            "top-k-products",
            str(SOLUTIONS / "time_limit" / "list_count.py"),
            "--size",
            "4600",
            "--json",
        ).out
    )
    assert document["kind"] == "profile" and document["size"] == 4600
    costly = max(document["lines"], key=lambda line: line["seconds"])
    assert "purchases.count" in costly["source"]  # the O(n) scan per product is where the time goes
    assert f"most time: line {costly['line']}" in ran.out


def test_profile_reports_the_submissions_own_failure(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    solution = tmp_path / "broken.py"
    solution.write_text("def top_k_products(purchases, k):\n    return purchases[10**9]\n")
    ran = run_judge(capsys, "profile", "top-k-products", str(solution), "--size", "1000")
    assert ran.code == 1
    assert "the submission failed while being profiled" in ran.err and "IndexError" in ran.err


def test_profile_refuses_a_bad_size(capsys: pytest.CaptureFixture[str]) -> None:
    ran = run_judge(
        capsys, "profile", "top-k-products", str(SOLUTIONS / "accepted" / "heap.py"), "--size", "0"
    )
    assert ran.code == 2 and "--size 0: must be at least 1" in ran.err
