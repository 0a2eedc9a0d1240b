"""The unit tier: values in, values out. Starting a process or a container here fails the test
(move it to tests/integration), so this tier stays seconds long and runs anywhere."""

from __future__ import annotations

import os
import subprocess
from typing import Any

import pytest


def _refused(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("a unit test started a process or a container; it belongs in tests/integration")


@pytest.fixture(autouse=True)
def _no_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(subprocess, "Popen", _refused)
    monkeypatch.setattr(os, "fork", _refused)
    monkeypatch.setattr(os, "posix_spawn", _refused)
    monkeypatch.setattr(os, "system", _refused)
    try:
        import docker
    except ImportError:  # pragma: no cover - docker is a dependency
        return
    monkeypatch.setattr(docker, "from_env", _refused)
    monkeypatch.setattr(docker, "DockerClient", _refused)
