"""The shipped CI integration: action.yml runs `judge grade` with every output, and the example
repo's workflow uses the action with inputs it declares."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text())


def test_the_action_installs_builds_and_grades_with_every_output() -> None:
    action = _load(ROOT / "action.yml")
    assert action["runs"]["using"] == "composite"
    script = "\n".join(step.get("run", "") for step in action["runs"]["steps"])
    assert 'pip install --quiet -e "$GITHUB_ACTION_PATH"' in script
    assert "judge sandbox build" in script
    assert 'judge grade "$REPO"' in script
    for flag in (
        "--junit",
        "--markdown",
        "--json",
        "--gradescope",
        "--html",
        "--baseline",
        "--no-complexity",
    ):
        assert flag in script, flag
    assert "$GITHUB_STEP_SUMMARY" in script and 'exit "$code"' in script
    used = set(re.findall(r"inputs\.([a-z-]+)", (ROOT / "action.yml").read_text()))
    assert used <= set(action["inputs"]), used - set(action["inputs"])


def test_the_example_workflow_uses_the_action_with_declared_inputs() -> None:
    workflow = _load(ROOT / "examples" / "practice-repo" / ".github" / "workflows" / "grade.yml")
    inputs = set(_load(ROOT / "action.yml")["inputs"])
    steps = workflow["jobs"]["grade"]["steps"]
    (judge_step,) = [step for step in steps if step.get("id") == "judge"]
    assert judge_step["uses"].split("@")[0].endswith("/mljudge")
    assert set(judge_step["with"]) <= inputs
    assert any(step.get("uses", "").startswith("actions/checkout") for step in steps)
    # the workflow's artifact is the action's results folder
    (upload,) = [step for step in steps if "upload-artifact" in step.get("uses", "")]
    assert upload["with"]["path"] == judge_step["with"]["results-dir"]


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
