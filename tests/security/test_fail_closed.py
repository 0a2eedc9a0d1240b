"""Fail closed, in Docker: a container the engine created without a required flag never runs a
submission. The run ends as an internal error (exit 4) that names the flag, and nothing is left."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from judge.backends import docker
from judge.errors import InternalError
from tests.cli_helpers import run_judge
from tests.conftest import own_containers
from tests.security.suite import CONTROL, PROBLEMS, submit


def _without_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    original = docker.DockerSandbox.container_options

    def weakened(self: docker.DockerSandbox, job: Any, *rest: Any) -> dict[str, Any]:
        options = original(self, job, *rest)
        options.pop("read_only")  # as an engine ignoring the flag would leave it
        return options

    monkeypatch.setattr(docker.DockerSandbox, "container_options", weakened)


def test_a_container_without_a_required_flag_never_runs(
    docker_sandbox: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _without_read_only(monkeypatch)
    with pytest.raises(InternalError, match="did not apply a read-only root filesystem"):
        submit(docker_sandbox, CONTROL, tmp_path)
    assert own_containers(docker_sandbox.client) == []


def test_the_cli_says_so_and_exits_4(
    docker_sandbox: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _without_read_only(monkeypatch)
    monkeypatch.setenv("JUDGE_PROBLEMS_DIR", str(PROBLEMS))
    solution = tmp_path / "solution.py"
    solution.write_text(CONTROL)
    ran = run_judge(capsys, "submit", "attack-sum", str(solution), "--sandbox", "docker")
    assert ran.code == 4
    assert "error: refusing to run the submission: the engine did not apply a read-only root" in ran.err
