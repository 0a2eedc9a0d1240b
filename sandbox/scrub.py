"""Between tests, remove every trace a child could leave for the next one: files in the writable
scratch places and System V IPC objects (they outlive processes). Together with the fresh fork
per test and kill_strays, nothing computed in one test or growth sample reaches another, so an
answer cannot be cached between samples to look faster.

Only as PID 1 of the sandbox container, where everything writable belongs to the submission;
the local backend shares the user's /tmp and IPC, and is documented as weaker (docs/security.md).
"""

from __future__ import annotations

import ctypes
import os
import shutil

# /tmp is the only writable tmpfs the container gets; the read-only root covers /var/tmp and
# the IPC namespace without /dev/shm covers POSIX shared memory (each flag is checked at start).
SCRATCH = ("/tmp", "/dev/mqueue")
IPC_RMID = 0
SYSV = (("shm", "shmctl"), ("msg", "msgctl"), ("sem", "semctl"))


def scrub(keep: str) -> int:
    """Remove everything in the scratch places but ``keep`` and every SysV IPC object; returns
    how many things were removed."""
    removed = 0
    for place in SCRATCH:
        try:
            names = os.listdir(place)
        except OSError:
            continue
        for name in names:
            path = os.path.join(place, name)
            if path == keep:
                continue
            try:
                if os.path.isdir(path) and not os.path.islink(path):
                    shutil.rmtree(path)
                else:
                    os.unlink(path)
                removed += 1
            except OSError:
                pass
    return removed + _remove_sysv_ipc()


def _remove_sysv_ipc() -> int:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return 0
    removed = 0
    for kind, control in SYSV:
        try:
            with open(f"/proc/sysvipc/{kind}") as table:
                rows = table.read().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()
            if len(fields) < 2:
                continue
            identifier = int(fields[1])
            call = getattr(libc, control)
            result = (
                call(identifier, 0, IPC_RMID, None) if kind == "sem" else call(identifier, IPC_RMID, None)
            )
            removed += result == 0
    return removed
