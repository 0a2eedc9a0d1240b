"""The attack suite (docs/security.md), against the real Docker sandbox: every attack gets a
verdict of its class, leaks nothing, leaves nothing behind, and the next submission is graded
normally. CI runs it with JUDGE_REQUIRE_DOCKER=1. Attacks on the runner itself rather than on
the machine (`# sandboxes: docker, local`) must hold in the local sandbox too."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.backends.local import LocalSandbox
from judge.models import Verdict
from tests.security.suite import CONTROL, SECRET, SECRET_VARIABLE, catalogue, defended, submit

ATTACKS = {attack.name: attack for attack in catalogue()}
LOCAL = sorted(name for name, attack in ATTACKS.items() if "local" in attack.sandboxes)


def test_the_suite_covers_every_vector_with_30_or_more_attacks() -> None:
    assert len(ATTACKS) >= 30
    assert {attack.vector for attack in ATTACKS.values()} == {1, 2, 3, 4, 5, 6}
    assert {ATTACKS[name].vector for name in LOCAL} >= {2, 6}


@pytest.fixture
def secret_on_the_host(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(SECRET_VARIABLE, SECRET)
    (tmp_path / "host-secret.txt").write_text(SECRET)


@pytest.mark.parametrize("name", sorted(ATTACKS))
@pytest.mark.usefixtures("secret_on_the_host")
def test_attack(docker_sandbox, tmp_path: Path, name: str) -> None:
    assert defended(docker_sandbox, ATTACKS[name], tmp_path) == []


@pytest.mark.parametrize("name", LOCAL)
@pytest.mark.usefixtures("secret_on_the_host")
def test_attack_in_the_local_sandbox(tmp_path: Path, name: str) -> None:
    assert defended(LocalSandbox(), ATTACKS[name], tmp_path) == []


def test_controls_correct_and_wrong(docker_sandbox, tmp_path: Path) -> None:
    assert {r.verdict for r in submit(docker_sandbox, CONTROL, tmp_path).results} == {Verdict.AC}
    wrong = CONTROL.replace("sum(values)", "sum(values) + 1")
    assert {r.verdict for r in submit(docker_sandbox, wrong, tmp_path).results} == {Verdict.WA}
