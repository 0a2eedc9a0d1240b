"""Which judge run owns a container: the labels every container gets, and whether its owner lives.

Two judges may share one engine (another learner, a CI job, a test suite). Each container says
which run, process and machine made it, so clean-up removes only containers whose judge is gone
and never a live judge's running one. A pid alone can be reused; the process's start time
(clock ticks since boot, /proc/<pid>/stat field 22) tells a new process from the owner.
"""

from __future__ import annotations

import functools
import os
import socket

from judge import __version__, paths

ROLE = "org.mljudge.role"  # "submission" on containers, "sandbox" on images
RUN = "mljudge.run"
PID = "mljudge.pid"
STARTED = "mljudge.started"
HOST = "mljudge.host"
VERSION = "mljudge.version"
LEGACY_PID = "org.mljudge.judge-pid"  # containers of judges before these labels


def container_labels() -> dict[str, str]:
    """The labels of a submission container made by this process."""
    return {
        ROLE: "submission",
        RUN: paths.run_id(),
        PID: str(os.getpid()),
        STARTED: str(process_start(os.getpid()) or ""),
        HOST: host(),
        VERSION: __version__,
    }


@functools.cache
def host() -> str:
    return socket.gethostname()


def process_start(pid: int) -> int | None:
    """The start time of ``pid`` in clock ticks since boot, or None when no such process."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return int(stat.read().rsplit(b")", 1)[1].split()[19])
    except (OSError, IndexError, ValueError):
        return None


def owner_alive(labels: dict[str, str]) -> bool | None:
    """True while the judge process that made the container runs; False once it is gone;
    None when that cannot be told from here (a container of another machine)."""
    if labels.get(HOST, host()) != host():
        return None
    pid_text = labels.get(PID) or labels.get(LEGACY_PID) or ""
    if not pid_text.isdigit():
        return False
    started = process_start(int(pid_text))
    if started is None:
        return False
    recorded = labels.get(STARTED, "")
    return not recorded.isdigit() or int(recorded) == started
