"""The GitHub Action's grade step, run by bash with a stand-in judge."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text())


def test_workflow_commands_printed_by_a_submission_are_not_run(tmp_path: Path) -> None:
    """The grade step's script, run with a stand-in `judge` that prints what a hostile
    submission would: every `::` line it prints lies between ::stop-commands::TOKEN and ::TOKEN::,
    with a fresh random token."""
    action = _load(ROOT / "action.yml")
    (step,) = [step for step in action["runs"]["steps"] if step.get("id") == "grade"]
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "judge"
    fake.write_text(
        "#!/bin/sh\n"
        "echo 'hidden #1 RE'\n"
        "echo '::add-mask::everything'\n"
        "echo '::set-output name=exit-code::0'\n"
        "echo '  ::error file=x.py::forged'\n"
        "exit 1\n"
    )
    fake.chmod(0o755)
    python = bin_dir / "python"
    python.symlink_to(sys.executable)
    env = {
        "PATH": f"{bin_dir}:/usr/bin:/bin",
        "REPO": ".",
        "OUT": str(tmp_path / "out"),
        "BASELINE": "",
        "MAX_SLOWDOWN": "1.5",
        "COMPLEXITY": "true",
        "JUNIT_FAMILY": "xunit2",
        "GITHUB_STEP_SUMMARY": str(tmp_path / "summary"),
        "GITHUB_OUTPUT": str(tmp_path / "output"),
    }
    tokens = []
    for _ in range(2):
        ran = subprocess.run(
            ["bash", "-e", "-c", step["run"]], env=env, cwd=tmp_path, capture_output=True, text=True
        )
        assert ran.returncode == 1, ran.stderr
        lines = ran.stdout.splitlines()
        start = next(i for i, line in enumerate(lines) if line.startswith("::stop-commands::"))
        token = lines[start].removeprefix("::stop-commands::")
        end = lines.index(f"::{token}::")
        assert re.fullmatch(r"[0-9a-f]{32}", token)
        commands = [i for i, line in enumerate(lines) if line.lstrip().startswith("::")]
        assert all(start < i < end for i in commands if i not in (start, end)), lines
        assert len(commands) == 5
        tokens.append(token)
    assert tokens[0] != tokens[1]
    assert (tmp_path / "output").read_text().splitlines()[-1] == "exit-code=1"
