"""The shipped CI integration: action.yml runs `judge grade` with every output, and the example
repo's workflow uses the action with inputs it declares."""

from __future__ import annotations

import re
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
