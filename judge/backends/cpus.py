"""One CPU per running sandbox, while there are enough: parallel runs never share a core.

A container limited to one CPU's worth of time (nano_cpus) may still run on any core, so two
sandboxes side by side (grade-many --jobs 2, or two judges on one machine) took turns on both
cores: each curve's samples were slowed by the other's at random, and growth classes measured
in parallel were noisier than alone. Each sandbox therefore leases a core of its own for its
life, the same way as its uid (backends/uids.py): an exclusive lock on a file named after the
core, in a folder every judge on this machine shares. When every core is taken the run goes
ahead unpinned (still one CPU's worth of time), never waits.
"""

from __future__ import annotations

import os
from pathlib import Path

from judge.backends import uids
from judge.errors import SandboxUnavailable

LOCKS = Path("/tmp/mljudge-cpus")  # shared by every judge on the machine, whoever runs it


class CpuLease:
    """A core held until ``release`` (or the process's end); ``cpu`` is None when unpinned."""

    def __init__(self, cpu: int | None, fd: int | None) -> None:
        self.cpu = cpu
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the lock
            self._fd = None


def lease(folder: Path = LOCKS) -> CpuLease:
    """The first free core this process may run on, or an unpinned lease when none is free."""
    try:
        usable = sorted(os.sched_getaffinity(0))
        uids.shared_folder(folder)
    except (AttributeError, OSError, SandboxUnavailable):
        return CpuLease(None, None)
    for cpu in usable:
        try:
            fd = uids.try_lock(folder / f"{cpu}.lock")
        except OSError:
            return CpuLease(None, None)
        if fd is not None:
            return CpuLease(cpu, fd)
    return CpuLease(None, None)
