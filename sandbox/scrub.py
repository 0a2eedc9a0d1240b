"""Between tests, remove every trace a child could leave for the next one: files in the writable
scratch places and System V IPC objects (they outlive processes). Together with the fresh fork
per test and kill_strays, nothing computed in one test or growth sample reaches another, so an
answer cannot be cached between samples to look faster.

Only as PID 1 of the sandbox container, where everything writable belongs to the submission;
the local backend shares the user's /tmp and IPC, and is documented as weaker (docs/security.md).
``remove_tree`` is also how the runner clears each child's work dir, in both backends.
"""

from __future__ import annotations

import ctypes
import os
import tempfile

# /tmp is the only writable tmpfs the container gets; the read-only root covers /var/tmp and
# the IPC namespace without /dev/shm covers POSIX shared memory (each flag is checked at start).
SCRATCH = ("/tmp", "/dev/mqueue")
IPC_RMID = 0
SYSV = (("shm", "shmctl"), ("msg", "msgctl"), ("sem", "semctl"))


def scrub() -> int:
    """Remove everything in the scratch places and every SysV IPC object; returns how many
    things were removed."""
    removed = 0
    for place in SCRATCH:
        try:
            names = os.listdir(place)
        except OSError:
            continue
        for name in names:
            removed += remove_tree(os.path.join(place, name))
    return removed + _remove_sysv_ipc()


def remove_tree(path: str) -> bool:
    """Remove ``path`` and everything under it, as far as the runner may; True if it is gone.

    A child can build a tree thousands of levels deep, past both the recursion limit
    (shutil.rmtree recurses) and PATH_MAX, and make directories unreadable. So nothing recurses
    here: every directory found below the top is first moved up into a fresh directory at the
    top, where no path is long, and each is made readable before it is listed.
    """
    try:
        if os.path.islink(path) or not os.path.isdir(path):
            os.unlink(path)
            return True
        _unlock(path)
        flat = tempfile.mkdtemp(dir=path)
    except OSError:
        return not os.path.lexists(path)
    pending, found, moved = [path], [], 0
    while pending:
        directory = pending.pop()
        found.append(directory)
        _unlock(directory)
        try:
            entries = list(os.scandir(directory))
        except OSError:
            continue
        for entry in entries:
            if entry.path == flat:
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    moved += 1
                    target = os.path.join(flat, str(moved))
                    os.rename(entry.path, target)
                    pending.append(target)
                else:
                    os.unlink(entry.path)
            except OSError:
                pass
    found.append(flat)
    for directory in sorted(found, key=lambda name: name == path):  # the top last
        try:
            os.rmdir(directory)
        except OSError:
            pass
    return not os.path.lexists(path)


def _unlock(directory: str) -> None:
    try:
        os.chmod(directory, 0o700)
    except OSError:
        pass


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
