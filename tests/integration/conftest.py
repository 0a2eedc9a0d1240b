"""Integration fixtures: each sandbox backend, and a helper that grades a source string."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.backends.local import LocalSandbox
from judge.models import Report
from judge.pipeline.submit import SubmitOptions, submit

GOLDEN_PROBLEMS = Path(__file__).parent.parent / "golden" / "problems"


@pytest.fixture(params=["local", "docker"])
def sandbox(request: pytest.FixtureRequest):
    if request.param == "local":
        return LocalSandbox()
    return request.getfixturevalue("docker_sandbox")


def grade(sandbox, source: str, tmp_path: Path, slug: str = "echo-sum") -> Report:
    """Grade ``source`` against a test problem in ``sandbox``."""
    path = tmp_path / "solution.py"
    path.write_text(source)
    options = SubmitOptions(slug=slug, solution=path, problems_root=GOLDEN_PROBLEMS)
    return submit(options, sandbox=sandbox)
