"""`judge calibrate` measures the reference in a sandbox and writes budgets that load back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from judge.errors import ProblemError
from judge.package import problems
from tests.cli_helpers import run_judge
from tests.integration.conftest import GOLDEN_PROBLEMS


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A writable copy of the test problems, used as the problems dir."""
    copy = tmp_path / "problems"
    shutil.copytree(GOLDEN_PROBLEMS, copy)
    monkeypatch.setenv("JUDGE_PROBLEMS_DIR", str(copy))
    return copy


def test_calibrate_writes_budgets(capsys: pytest.CaptureFixture[str], root: Path) -> None:
    dry = run_judge(capsys, "calibrate", "echo-sum", "--sandbox", "local", "--repeat", "2", "--dry-run")
    assert dry.code == 0, dry.err
    assert '"01-small" = { time_seconds = 0.5, memory_mb = 48' in dry.out
    assert "[budgets]" not in (root / "echo-sum" / "problem.toml").read_text()
    ran = run_judge(capsys, "calibrate", "echo-sum", "--sandbox", "local", "--repeat", "1")
    assert ran.code == 0 and "wrote [budgets] for 2 cases" in ran.out
    problem = problems.load("echo-sum")
    assert set(problem.budgets) == {"01-small", "secret"}
    assert problem.budgets["secret"].reference_seconds < 0.5


def test_calibrate_refuses_a_failing_reference(capsys: pytest.CaptureFixture[str], root: Path) -> None:
    (root / "echo-sum" / "reference.py").write_text("def solve(values):\n    return values[5]\n")
    ran = run_judge(capsys, "calibrate", "echo-sum", "--sandbox", "local", "--dry-run")
    assert ran.code == 3
    assert "reference.py: raised IndexError" in ran.err


def test_calibrate_drops_the_budget_of_a_removed_case(capsys: pytest.CaptureFixture[str], root: Path) -> None:
    assert run_judge(capsys, "calibrate", "echo-sum", "--sandbox", "local", "--repeat", "1").code == 0
    (root / "echo-sum" / "cases" / "hidden" / "secret.json").unlink()
    with pytest.raises(
        ProblemError, match=r"\[budgets.cases\] secret: no such case; run `judge calibrate echo-sum`"
    ):
        problems.load("echo-sum")  # refused everywhere else, with the fix
    ran = run_judge(capsys, "calibrate", "echo-sum", "--sandbox", "local", "--repeat", "1")
    assert ran.code == 0 and "wrote [budgets] for 1 cases" in ran.out
    assert set(problems.load("echo-sum").budgets) == {"01-small"}


def test_calibrate_keeps_the_packages_output_cap(capsys: pytest.CaptureFixture[str], root: Path) -> None:
    """Only time and memory are made generous: a package that raises output_mb can calibrate an
    output over the default 16 MiB, and one that lowers it is held to its own cap."""
    toml = root / "echo-sum" / "problem.toml"
    (root / "echo-sum" / "reference.py").write_text("def solve(values):\n    return 'x' * (17 * 2**20)\n")
    (root / "echo-sum" / "cases" / "hidden" / "secret.json").unlink()
    (root / "echo-sum" / "cases" / "public" / "01-small.json").write_text(
        '{"category": "example", "args": {"values": [1, 2]}}'
    )
    toml.write_text(toml.read_text().replace("output_mb = 1\n", "output_mb = 32\n", 1))
    ran = run_judge(capsys, "calibrate", "echo-sum", "--sandbox", "local", "--repeat", "1", "--dry-run")
    assert ran.code == 0, ran.err
    toml.write_text(toml.read_text().replace("output_mb = 32\n", "output_mb = 8\n", 1))
    ran = run_judge(capsys, "calibrate", "echo-sum", "--sandbox", "local", "--repeat", "1", "--dry-run")
    assert ran.code == 3 and "the reference gets OLE" in ran.err
