"""Every problem's hidden cases kill every non-equivalent mutant of its reference, and a weak
suite is caught doing less. `judge verify --mutants` prints the same figures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from judge.package import problems
from judge.pipeline import mutation
from tests.cli_helpers import run_judge

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "problems"


@pytest.mark.parametrize("slug", problems.list_slugs())
def test_every_mutant_of_the_reference_is_killed_or_declared_equivalent(slug: str) -> None:
    found = mutation.check(problems.load(slug))
    survivors = [f"{m.id}: {m.before} -> {m.after}" for m in found.mutants if m.survived]
    print(f"{slug}: {found.killed}/{found.counted} mutants killed in {found.seconds:.0f} s")
    assert survivors == [] and found.stale == (), survivors or found.stale
    assert found.counted >= 10  # a reference with nothing to mutate would prove nothing


def test_a_weak_suite_lets_mutants_live_and_the_command_says_which(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = tmp_path / "bank"
    shutil.copytree(GOLDEN / "sum-by-hand", bank / "sum-by-hand")
    (bank / "sum-by-hand" / "cases" / "hidden" / "secret.json").unlink()
    # one case left, and a weak one: a sum of zeros cannot tell += from -=
    (bank / "sum-by-hand" / "cases" / "public" / "01-small.json").write_text(
        '{"category": "zeros", "args": {"values": [0, 0]}, "expected": 0}'
    )
    monkeypatch.setenv("JUDGE_PROBLEMS_DIR", str(bank))
    ran = run_judge(capsys, "verify", "--mutants", "sum-by-hand")
    assert ran.code == 1
    assert ran.out.splitlines()[0].startswith("sum-by-hand: ") and "mutants killed" in ran.out
    assert "  survived 4:8 += -> -=" in ran.out
    assert "    - total += value" in ran.out and "    + total -= value" in ran.out
