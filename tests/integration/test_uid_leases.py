"""A uid leased by one judge process is never leased by another, until that process ends."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from judge.backends import uids


@pytest.fixture(autouse=True)
def _small_range(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(uids, "SLOTS", 40)  # every slot can be held at once by one process


def test_a_uid_held_by_another_process_is_never_leased(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from judge.backends import uids\n"
            f"uids.SLOTS = {uids.SLOTS}\n"
            f"held = [uids.lease(Path({str(tmp_path)!r})) for _ in range({uids.SLOTS - 1})]\n"
            "print(' '.join(str(lease.uid) for lease in held), flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert holder.stdout is not None
        held = {int(uid) for uid in holder.stdout.readline().split()}
        assert len(held) == uids.SLOTS - 1
        mine = uids.lease(tmp_path)
        assert mine.uid not in held  # the one slot the other judge does not hold
    finally:
        holder.communicate("")
    # the other judge ended: its leases went with its descriptors
    assert len({uids.lease(tmp_path).uid for _ in range(uids.SLOTS - 1)}) == uids.SLOTS - 1
