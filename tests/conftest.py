"""Shared fixtures: an isolated cache, copies of problem packages to break, the Docker gate."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from judge import paths

ROOT = paths.PROJECT_ROOT
TOPK = ROOT / "problems" / "top-k-products"
SOLUTIONS = TOPK / "solutions"


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests never read or write the user's cache; expected outputs are built once per session."""
    os.environ["JUDGE_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    # ... nor record in the user's history: the suite's attempts go to a database of its own
    os.environ["JUDGE_HISTORY"] = str(tmp_path_factory.mktemp("history") / "history.sqlite3")


@pytest.fixture
def problems_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A writable copy of problems/ that JUDGE_PROBLEMS_DIR points at."""
    target = tmp_path / "problems"
    shutil.copytree(ROOT / "problems", target, ignore=shutil.ignore_patterns("solutions", "__pycache__"))
    monkeypatch.setenv("JUDGE_PROBLEMS_DIR", str(target))
    return target


def docker_ready() -> tuple[bool, str]:
    """Engine reachable and the current sandbox image present (with the reason when not)."""
    from judge.backends import docker, image
    from judge.errors import SandboxUnavailable

    try:
        client = docker.connect(timeout=5)
        image.require_current(client)
    except SandboxUnavailable as why:
        return False, why.message
    return True, ""


@pytest.fixture(scope="session")
def docker_sandbox():  # type: ignore[no-untyped-def]
    """The real Docker backend. Skips without an engine, unless JUDGE_REQUIRE_DOCKER=1 (CI)."""
    ready, why = docker_ready()
    if not ready:
        if os.environ.get("JUDGE_REQUIRE_DOCKER") == "1":
            pytest.fail(f"JUDGE_REQUIRE_DOCKER=1 but Docker is not usable: {why}")
        pytest.skip(f"no Docker sandbox: {why}")
    from judge.backends import choose

    return choose("docker")
