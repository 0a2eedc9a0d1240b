"""Faults end in their documented status with the result kept: a judge bug is exit 4 with one
line and a saved traceback; an output that cannot be written costs only that output."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from judge.backends import docker, git
from judge.cli import submit as cli_submit
from tests.cli_helpers import run_judge

ROOT = Path(__file__).resolve().parents[2]
HEAP = ROOT / "problems/top-k-products/solutions/accepted/heap.py"


def test_an_unforeseen_judge_error_is_exit_4_with_one_line_and_the_traceback_kept(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(tmp_path / "cache"))

    def bug(*args: object, **kwargs: object) -> None:
        raise ValueError("the judge tripped over\nits own feet")

    monkeypatch.setattr(cli_submit, "submit", bug)
    ran = run_judge(capsys, "submit", "top-k-products", str(HEAP), "--sandbox", "local")
    assert ran.code == 4, ran
    lines = ran.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in ran.err
    assert lines[0].startswith("internal error: ValueError: the judge tripped over its own feet (")
    saved = Path(lines[0].split("the traceback is in ", 1)[1].split(";")[0])
    assert saved.parent == tmp_path / "cache" / "crashes"
    text = saved.read_text()
    assert "Traceback (most recent call last)" in text and "def bug" not in text and "in bug" in text


def test_a_socket_this_user_may_not_open_is_not_called_a_stopped_engine(tmp_path: Path) -> None:
    socket_file = tmp_path / "docker.sock"
    socket_file.write_text("")
    error = PermissionError(errno.EACCES, "Permission denied")
    text = docker.unreachable_message(error, str(socket_file))
    assert text.startswith(f"permission denied on the Docker socket {socket_file}")
    assert "docker` group" in text and "start the Docker engine" not in text
    gone = docker.unreachable_message(ConnectionRefusedError("refused"), str(tmp_path / "none.sock"))
    assert "not reachable" in gone and "start the Docker engine" in gone


def test_git_clone_failures_show_gits_own_first_lines() -> None:
    stderr = (
        "Cloning into '/tmp/x'...\n"
        "remote: Repository not found.\n"
        "fatal: repository 'https://example.invalid/a/b.git/' not found\n"
    )
    shown = git.git_error(stderr, 128)
    assert shown == (
        "Cloning into '/tmp/x'... / remote: Repository not found. / "
        "fatal: repository 'https://example.invalid/a/b.git/' not found"
    )
    assert git.git_error("", 128) == "exit status 128"
