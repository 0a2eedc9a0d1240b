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


HOSTILE = """\
from collections import Counter

def top_k_products(purchases, k):
    print("::add-mask::everything")
    print("::set-output name=exit-code::0")
    print("  ::error file=x.py::forged")
    return [p for p, _ in Counter(purchases).most_common(k)][::-1]
"""


def test_workflow_commands_printed_by_a_submission_are_not_run(tmp_path: Path) -> None:
    """The grade step's script, run with the real judge (local sandbox, no growth) on a repo
    whose solution prints workflow commands: the only `::` lines outside a
    ::stop-commands::TOKEN fence are the judge's own annotations, and each token is fresh."""
    action = _load(ROOT / "action.yml")
    (step,) = [step for step in action["runs"]["steps"] if step.get("id") == "grade"]
    assert "--annotations github" in step["run"]
    repo = tmp_path / "repo"
    (repo / "solutions").mkdir(parents=True)
    # a manifest's file name is the student's too: the report echoes it, line breaks and all
    manifest = '[problems]\ntop-k-products = "solutions/top.py"\nknn = "gone\\n::add-mask::everything.py"\n'
    (repo / "judge.toml").write_text(manifest)
    (repo / "solutions/top.py").write_text(HOSTILE)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "judge"
    fake.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m judge "$@" --sandbox local --no-complexity\n')
    fake.chmod(0o755)
    env = {
        "PATH": f"{bin_dir}:/usr/bin:/bin",
        "PYTHONPATH": str(ROOT),
        "HOME": str(tmp_path),
        "REPO": "repo",
        "OUT": str(tmp_path / "out"),
        "BASELINE": "",
        "MAX_SLOWDOWN": "1.5",
        "COMPLEXITY": "false",
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
        assert any(line.startswith("::add-mask::everything") for line in lines)  # echoed, as text
        live = _live_commands(lines)
        assert [line.split(" ", 1)[0] for line in live] == ["::error", "::error"], live
        assert live[0].startswith(
            "::error file=repo/solutions/top.py,title=mljudge%3A top-k-products failed::"
        )
        assert live[1].startswith("::error file=repo/gone%0A%3A%3Aadd-mask%3A%3Aeverything.py,title=")
        tokens += [line.removeprefix("::stop-commands::") for line in lines if line.startswith("::stop-")]
    assert len(tokens) == 4 and len(set(tokens)) == 4
    assert all(re.fullmatch(r"[0-9a-f]{32}", token) for token in tokens)
    assert (tmp_path / "output").read_text().splitlines()[-1] == "exit-code=1"


def _live_commands(lines: list[str]) -> list[str]:
    """The workflow commands GitHub's runner would run: `::` lines while commands are on
    (between a ::stop-commands::TOKEN and ::TOKEN:: they are text), the fences excluded."""
    live, stopped = [], None
    for line in lines:
        command = line.lstrip()
        if stopped is not None:
            if command == f"::{stopped}::":
                stopped = None
            continue
        if command.startswith("::stop-commands::"):
            stopped = command.removeprefix("::stop-commands::")
        elif command.startswith("::"):
            live.append(command)
    return live
