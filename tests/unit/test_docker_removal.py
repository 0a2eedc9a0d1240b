"""A run's container is gone when run() returns, whichever way the engine removes it (fakes of
the SDK's container object; the attack suite checks the same against the real engine)."""

from __future__ import annotations

from typing import Any

import pytest

from judge.backends import docker as backend
from judge.errors import SandboxUnavailable


class FakeContainer:
    short_id = "abc123"

    def __init__(self, remove_error: str = "", listed_for: int = 0, wait_error: str = "") -> None:
        self.remove_error = remove_error
        self.listed_for = listed_for  # reloads that still find it
        self.wait_error = wait_error
        self.calls: list[str] = []

    def remove(self, force: bool) -> None:
        self.calls.append("remove")
        if self.remove_error:
            raise RuntimeError(self.remove_error)
        self.listed_for = 0

    def wait(self, **options: Any) -> None:
        self.calls.append(f"wait {options['condition']}")
        if self.wait_error:
            raise RuntimeError(self.wait_error)

    def reload(self) -> None:
        self.calls.append("reload")
        if self.listed_for <= 0:
            raise RuntimeError("404 Client Error: Not Found (No such container: abc123)")
        self.listed_for -= 1


def test_a_removal_already_in_progress_is_waited_for_not_trusted() -> None:
    container = FakeContainer(
        remove_error="409 Client Error: removal of container abc123 is already in progress", listed_for=2
    )
    backend._remove(container)
    assert container.calls == ["remove", "wait removed", "reload", "reload", "reload"]


def test_an_exited_container_is_looked_for_until_the_engine_has_removed_it() -> None:
    container = FakeContainer(listed_for=3)
    backend._wait_removed(container)
    assert container.calls == ["wait removed", "reload", "reload", "reload", "reload"]


def test_a_container_the_engine_never_removes_is_removed_by_force(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backend, "REMOVAL_SECONDS", 0.05)
    container = FakeContainer(listed_for=10**9, wait_error="Read timed out")
    backend._wait_removed(container)
    assert container.calls[0] == "wait removed" and container.calls[-1] == "remove"


def test_a_container_that_cannot_be_removed_is_named_with_the_fix() -> None:
    container = FakeContainer(remove_error="500 Server Error: driver failed")
    with pytest.raises(SandboxUnavailable, match=r"abc123 could not be removed .*judge sandbox prune"):
        backend._remove(container)
