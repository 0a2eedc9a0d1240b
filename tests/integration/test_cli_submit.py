"""judge submit end to end in the local sandbox: what a person sees, and the exit codes."""

from __future__ import annotations

import json

import pytest

from tests.cli_helpers import run_judge
from tests.conftest import SOLUTIONS

NO_ENGINE = "unix:///nonexistent/docker.sock"


def test_submit_accepted_local(capsys: pytest.CaptureFixture[str]) -> None:
    ran = run_judge(
        capsys,
        "submit",
        "--no-complexity",
        "top-k-products",
        str(SOLUTIONS / "accepted" / "heap.py"),
        "--sandbox",
        "local",
    )
    assert ran.code == 0
    assert "sandbox: local sandbox" in ran.err
    assert "hidden #29" in ran.out and "large: 10^6 purchases" in ran.out
    assert ran.out.rstrip().endswith("32/32 passed — accepted")


def test_submit_wrong_answer_exit_1_with_public_diff(capsys: pytest.CaptureFixture[str]) -> None:
    solution = SOLUTIONS / "wrong_answer" / "most_common.py"
    ran = run_judge(
        capsys, "submit", "--no-complexity", "top-k-products", str(solution), "--sandbox", "local"
    )
    assert ran.code == 1
    assert "result[0]: expected 'a', got 'b'" in ran.out
    assert 'input: purchases=["b", "a", "c", "a", "b"], k=2' in ran.out
    assert "— WA on sample #2 (example: tie by id)" in ran.out


def test_submit_json(capsys: pytest.CaptureFixture[str]) -> None:
    solution = SOLUTIONS / "runtime_error" / "index_error.py"
    ran = run_judge(
        capsys, "submit", "--no-complexity", "top-k-products", str(solution), "--sandbox", "local", "--json"
    )
    assert ran.code == 1
    document = json.loads(ran.out)
    assert document["schema_version"] == 1 and document["kind"] == "submission"
    failing = [test for test in document["tests"] if test["verdict"] != "AC"]
    assert {test["verdict"] for test in failing} == {"RE"}
    assert all(test["message"] == "IndexError at solution.py:8" for test in failing)
    assert all(test["visibility"] == "hidden" for test in failing)


def test_auto_without_engine_falls_back_to_local_and_says_so(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOCKER_HOST", NO_ENGINE)
    heap = str(SOLUTIONS / "accepted" / "heap.py")
    ran = run_judge(capsys, "submit", "--no-complexity", "top-k-products", heap)
    assert ran.code == 0
    assert ran.err.splitlines()[0].startswith("sandbox: local sandbox (no Docker engine found")
