"""One host uid per running sandbox, so one sandbox cannot starve another.

Containers run without a user namespace, so the kernel counts RLIMIT_NPROC per host uid across
every container: with one shared uid, a fork bomb in one sandbox made a concurrent, correct
submission's forks fail. Each sandbox therefore runs as a uid of its own, leased from a range
for the container's life: the lease is an exclusive lock on a file named after the uid, in a
folder every judge on this machine shares, so two judges (or two threads of grade-many) never
hold the same one, and a judge that dies releases its leases with its file descriptors.
"""

from __future__ import annotations

import fcntl
import os
import random
import stat
from pathlib import Path

from judge.errors import SandboxUnavailable

FIRST_UID = 10001  # the image's own `judge` user; the leased ones need no passwd entry
SLOTS = 1024
LOCKS = Path("/tmp/mljudge-uids")  # shared by every judge on the machine, whoever runs it


class UidLease:
    """A uid held until ``release`` (or the process's end)."""

    def __init__(self, uid: int, fd: int) -> None:
        self.uid = uid
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the lock
            self._fd = None


def lease(folder: Path = LOCKS) -> UidLease:
    """The first free uid of the range, from a random start (few collisions between judges)."""
    shared_folder(folder)
    start = random.randrange(SLOTS)
    for offset in range(SLOTS):
        uid = FIRST_UID + (start + offset) % SLOTS
        fd = try_lock(folder / f"{uid}.lock")
        if fd is not None:
            return UidLease(uid, fd)
    raise SandboxUnavailable(f"all {SLOTS} sandbox uids are in use on this machine; wait for a run to end")


def try_lock(path: Path) -> int | None:
    """An exclusive lock on ``path`` (created if missing), held by the returned descriptor until
    it is closed; None when another holder has it."""
    fd = os.open(path, os.O_RDONLY | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


def shared_folder(folder: Path) -> None:
    try:
        folder.mkdir(mode=0o1777, exist_ok=True)
        if folder.stat().st_uid == os.getuid():
            os.chmod(folder, 0o1777)  # any user's judge may add its lock files
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            raise OSError(f"{folder} is not a directory")
    except OSError as error:
        raise SandboxUnavailable(f"{folder}: the sandbox uid locks cannot be kept there ({error})") from None
