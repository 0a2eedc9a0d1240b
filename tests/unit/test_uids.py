"""Sandbox uids are leased one per running container, never shared between two judges."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.backends import uids


@pytest.fixture(autouse=True)
def _small_range(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(uids, "SLOTS", 40)  # every slot can be held at once by one process


def test_concurrent_leases_get_distinct_uids_and_a_released_one_comes_back(tmp_path: Path) -> None:
    leases = [uids.lease(tmp_path) for _ in range(30)]
    taken = [lease.uid for lease in leases]
    assert len(set(taken)) == 30
    assert all(uids.FIRST_UID <= uid < uids.FIRST_UID + uids.SLOTS for uid in taken)
    for lease in leases:
        lease.release()
    lease.release()  # twice is harmless
    again = [uids.lease(tmp_path) for _ in range(uids.SLOTS)]
    assert len({lease.uid for lease in again}) == uids.SLOTS  # every slot was free again
