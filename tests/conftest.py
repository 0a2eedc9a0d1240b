"""Shared fixtures: an isolated cache, copies of problem packages to break, the Docker gate,
and this suite's own run id: another judge or another suite may use the same engine and /tmp at
the same time, so tests look only at the containers, temp dirs and processes their run made."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Any

import pytest

from judge import paths
from judge.backends import ownership

# Before anything asks for it: every container and temp dir this suite makes carries it.
RUN_ID = os.environ["JUDGE_RUN_ID"] = f"test-{uuid.uuid4().hex[:10]}"
# What the CLI prints is laid out for the terminal's width; the suite's runs (a pipe in CI, a
# pytest-xdist worker, a developer's terminal) all see the width a pipe gets.
os.environ["COLUMNS"] = "100"

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
def docker_sandbox():
    """The real Docker backend. Skips without an engine, unless JUDGE_REQUIRE_DOCKER=1 (CI)."""
    ready, why = docker_ready()
    if not ready:
        if os.environ.get("JUDGE_REQUIRE_DOCKER") == "1":
            pytest.fail(f"JUDGE_REQUIRE_DOCKER=1 but Docker is not usable: {why}")
        pytest.skip(f"no Docker sandbox: {why}")
    from judge.backends.choice import choose

    return choose("docker")


def own_containers(client: Any, run_id: str = RUN_ID) -> list[Any]:
    """The submission containers of one run (this suite's by default), never anyone else's."""
    # ignore_removed: a container that ends between the listing and its inspection is not an error
    return client.containers.list(
        all=True, filters={"label": f"{ownership.RUN}={run_id}"}, ignore_removed=True
    )


def own_temp_entries(run_id: str = RUN_ID) -> set[str]:
    """The temp dirs one run made (this suite's by default)."""
    prefix = f"mljudge-{run_id}-"
    return {name for name in os.listdir(tempfile.gettempdir()) if name.startswith(prefix)}


def own_runner_processes(run_id: str = RUN_ID) -> list[int]:
    """Local sandbox runners of one run: each works in a temp dir named after its run."""
    prefix = os.path.join(os.path.realpath(tempfile.gettempdir()), f"mljudge-{run_id}-")
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/cmdline", "rb") as cmdline:
                if b"sandbox/runner.py" not in cmdline.read():
                    continue
            if os.readlink(f"/proc/{name}/cwd").startswith(prefix):
                found.append(int(name))
        except OSError:
            continue
    return found


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tiers by cost, so `-m "not slow"` is the unit tier and `-m "not docker"` runs without
    an engine: every test of tests/integration and tests/security starts processes (slow), and
    every test that takes the Docker sandbox is marked docker."""
    for item in items:
        path = Path(str(item.fspath))
        if path.parent.name in ("integration", "security"):
            item.add_marker(pytest.mark.slow)
        callspec = getattr(item, "callspec", None)
        docker_param = callspec is not None and "docker" in callspec.params.values()
        if "docker_sandbox" in getattr(item, "fixturenames", ()) or docker_param:
            item.add_marker(pytest.mark.docker)
