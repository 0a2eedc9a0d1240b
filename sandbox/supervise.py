"""Fork one child, watch it, measure it, clean up after it.

The runner process is the measurer: CPU time and peak memory come from ``wait4`` on the child,
wall time from the runner's own monotonic clock, so nothing the submission does inside its own
interpreter can shorten them. Output pipes are drained while the child runs (a full pipe must not
look like a time-out) and capped (a flood is killed, not buffered). Whatever the child leaves
behind -- grandchildren, daemons, escaped process groups -- is killed before the next test.
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

TAIL_BYTES = 4096
DRAIN_SECONDS = 0.5
POLL_SECONDS = 0.02
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
# Kill a child this far past its CPU budget (the verdict uses the exact wait4 figure).
CPU_GRACE_FRACTION = 0.1
CPU_GRACE_SECONDS = 0.05


@dataclass
class ChildOutcome:
    frames: list[dict[str, Any]] = field(default_factory=list)
    cpu_seconds: float = 0.0
    wall_seconds: float = 0.0
    maxrss_bytes: int = 0
    exit_code: int | None = None
    signal: int | None = None
    killed_for: str | None = None
    result_bytes: int = 0
    stdout_bytes: int = 0
    stderr_bytes: int = 0
    stdout_tail: bytes = b""
    stderr_tail: bytes = b""
    result_data: bytearray = field(default_factory=bytearray)
    pid: int = 0


class _Stream:
    def __init__(self, fd: int, name: str) -> None:
        self.fd = fd
        self.name = name
        self.total = 0
        self.tail = bytearray()
        self.keep_all = name == "result"

    def take(self, data: bytes) -> None:
        self.total += len(data)
        self.tail += data
        if not self.keep_all and len(self.tail) > TAIL_BYTES:
            del self.tail[:-TAIL_BYTES]


def run_child(
    body: Callable[[int], None],
    limits: dict[str, Any],
    on_fork: Callable[[int, int, int], None],
) -> ChildOutcome:
    """Run ``body(result_fd)`` in a fresh child under ``limits``; return what was observed.

    ``on_fork(result_fd, stdout_fd, stderr_fd)`` runs in the child first (it rewires fds and
    applies limits). ``limits`` needs wall_seconds, output_bytes and log_bytes here; the child
    side reads the rest.
    """
    result_r, result_w = os.pipe()
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        _child_main(body, on_fork, (result_w, out_w, err_w), (result_r, out_r, err_r))
    for fd in (result_w, out_w, err_w):
        os.close(fd)
    try:
        os.setpgid(pid, pid)
    except OSError:
        pass  # the child already did it, or already exited
    outcome = ChildOutcome(pid=pid)
    streams = [_Stream(result_r, "result"), _Stream(out_r, "stdout"), _Stream(err_r, "stderr")]
    try:
        _watch(pid, streams, limits, started, outcome)
    finally:
        reaped = outcome.exit_code is not None or outcome.signal is not None
        _kill_group(pid, include_leader=not reaped)
        if not reaped:
            _reap(pid, outcome)
        outcome.wall_seconds = time.monotonic() - started
        # Work done in processes the child started but did not wait for is still its work:
        # their CPU counts, or a submission could compute in a grandchild and look instant.
        outcome.cpu_seconds += kill_strays()
        _drain(streams, limits, outcome)
        for stream in streams:
            os.close(stream.fd)
    result, out, err = streams
    outcome.result_data = result.tail
    outcome.result_bytes = result.total
    outcome.stdout_bytes, outcome.stdout_tail = out.total, bytes(out.tail)
    outcome.stderr_bytes, outcome.stderr_tail = err.total, bytes(err.tail)
    return outcome


def _child_main(
    body: Callable[[int], None],
    on_fork: Callable[[int, int, int], None],
    child_ends: tuple[int, int, int],
    parent_ends: tuple[int, ...],
) -> None:  # pragma: no cover - runs in the child
    result_w = child_ends[0]
    try:
        for fd in parent_ends:
            os.close(fd)
        on_fork(*child_ends)
        body(result_w)
    except BaseException as error:
        # The judge's own code failed in the child before the submission's code ran: from the
        # start frame on, attempt.run reports every failure as a verdict and ends the process
        # itself (and the runner reads an internal frame after a start frame as the submission's).
        try:
            os.write(
                result_w,
                (
                    f'{{"frame": "end", "status": "internal", "message": '
                    f'"{type(error).__name__} in the sandbox child"}}\n'
                ).encode(),
            )
        except OSError:
            pass
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except BaseException:
                pass
        os._exit(0)


def _watch(
    pid: int, streams: list[_Stream], limits: dict[str, Any], started: float, outcome: ChildOutcome
) -> None:
    selector = selectors.DefaultSelector()
    for stream in streams:
        selector.register(stream.fd, selectors.EVENT_READ, stream)
    pidfd = _pidfd(pid)
    if pidfd is not None:
        selector.register(pidfd, selectors.EVENT_READ, None)
    deadline = started + limits["wall_seconds"]
    cpu_allowed = limits["cpu_seconds"] * (1 + CPU_GRACE_FRACTION) + CPU_GRACE_SECONDS
    result = streams[0]
    start_cpu = None
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                outcome.killed_for = "wall_timeout"
                return
            # Wake up regularly to watch the child's CPU clock (and, without a pidfd, its exit).
            events = selector.select(min(remaining, POLL_SECONDS))
            if start_cpu is None:
                start_cpu = _start_cpu(result.tail)
            if start_cpu is not None and tree_cpu_seconds(os.getpid()) - start_cpu > cpu_allowed:
                outcome.killed_for = "cpu_limit"
                return
            for key, _ in events:
                stream = key.data
                if stream is None:
                    _reap(pid, outcome)
                    return
                data = os.read(stream.fd, 65536)
                if not data:
                    selector.unregister(stream.fd)
                    continue
                stream.take(data)
                breach = _breach(streams, limits)
                if breach:
                    outcome.killed_for = breach
                    return
            if pidfd is None and _reap(pid, outcome, block=False):
                return
    finally:
        selector.close()
        if pidfd is not None:
            os.close(pidfd)


def _start_cpu(result: bytearray) -> float | None:
    """The CPU seconds the child reported in its start frame (sent before the submission ran)."""
    end = result.find(b"\n")
    if end < 0:
        return None
    try:
        return float(json.loads(bytes(result[:end]))["cpu_seconds"])
    except (ValueError, KeyError, TypeError):
        return None


def _stat_fields(pid: int) -> list[bytes] | None:
    """/proc/<pid>/stat after the command name (state, ppid, ...), or None once it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None


def tree_cpu_seconds(runner: int) -> float:
    """User + system CPU of every process below ``runner`` (the test's child, its children,
    orphans the runner adopted), with what each already reaped of its own children: a fork bomb
    spends its CPU in many processes, and all of it counts against the one budget."""
    total = 0
    pending = _child_pids(runner)
    seen: set[int] = set()
    while pending:
        pid = pending.pop()
        if pid in seen:
            continue
        seen.add(pid)
        fields = _stat_fields(pid)
        if fields is None:
            continue
        total += int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])
        pending.extend(_child_pids(pid))
    return total / CLOCK_TICKS


def _child_pids(pid: int) -> list[int]:
    """The children of ``pid`` (every thread's), zombies included; [] once it is gone."""
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", "rb") as children:
                found.extend(int(child) for child in children.read().split())
    except (OSError, ValueError):
        pass
    return found


def _breach(streams: list[_Stream], limits: dict[str, Any]) -> str | None:
    result, out, err = streams
    if result.total > limits["output_bytes"]:
        return "output_limit"
    if out.total + err.total > limits["log_bytes"]:
        return "log_limit"
    return None


def _pidfd(pid: int) -> int | None:
    try:
        return os.pidfd_open(pid)
    except (AttributeError, OSError):
        return None


def _reap(pid: int, outcome: ChildOutcome, block: bool = True) -> bool:
    try:
        waited, status, usage = os.wait4(pid, 0 if block else os.WNOHANG)
    except ChildProcessError:
        return True
    if waited == 0:
        return False
    outcome.cpu_seconds = usage.ru_utime + usage.ru_stime
    outcome.maxrss_bytes = usage.ru_maxrss * 1024
    if os.WIFSIGNALED(status):
        outcome.signal = os.WTERMSIG(status)
    else:
        outcome.exit_code = os.WEXITSTATUS(status)
    return True


def _kill_group(pid: int, include_leader: bool) -> None:
    # Once the leader is reaped its pid may be reused; only the group id is still safe to name.
    kills = (os.killpg, os.kill) if include_leader else (os.killpg,)
    for kill in kills:
        try:
            kill(pid, signal.SIGKILL)
        except OSError:
            pass


def kill_strays() -> float:
    """Kill every process the submission left behind, reap them, and return the CPU seconds
    they (and their own reaped children) used.

    As PID 1 of a container every other process is the submission's. Elsewhere the runner is a
    child subreaper, so orphans re-parent to it and are found by their parent pid.
    """
    me = os.getpid()
    used = _reap_any()
    for _ in range(50):
        strays = _children(me)
        if strays is None:
            strays = [pid for pid, ppid in _processes() if pid != me and (me == 1 or ppid == me)]
        if not strays:
            break
        for pid in strays:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        used += _reap_any()
        time.sleep(0.001)
    return used + _reap_any()


def _children(me: int) -> list[int] | None:
    """The runner's live children from /proc (one read per thread), or None where unsupported."""
    try:
        tasks = os.listdir(f"/proc/{me}/task")
        found: list[int] = []
        for task in tasks:
            with open(f"/proc/{me}/task/{task}/children", "rb") as children:
                found.extend(int(pid) for pid in children.read().split())
    except (OSError, ValueError):
        return None
    return [pid for pid in found if not _is_zombie(pid)]


def _is_zombie(pid: int) -> bool:
    fields = _stat_fields(pid)
    return fields is None or fields[0] == b"Z"


def _processes() -> list[tuple[int, int]]:
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        fields = _stat_fields(int(name))
        if fields is not None and fields[0] != b"Z":
            found.append((int(name), int(fields[1])))
    return found


def _reap_any() -> float:
    used = 0.0
    while True:
        try:
            waited, _, usage = os.wait4(-1, os.WNOHANG)
        except ChildProcessError:
            return used
        if waited == 0:
            return used
        used += usage.ru_utime + usage.ru_stime


def _drain(streams: list[_Stream], limits: dict[str, Any], outcome: ChildOutcome) -> None:
    """Read what is left in the pipes once every writer is gone (bounded, non-blocking)."""
    deadline = time.monotonic() + DRAIN_SECONDS
    open_streams = list(streams)
    for stream in open_streams:
        os.set_blocking(stream.fd, False)
    while open_streams and time.monotonic() < deadline:
        for stream in list(open_streams):
            try:
                data = os.read(stream.fd, 65536)
            except BlockingIOError:
                continue
            if not data:
                open_streams.remove(stream)
                continue
            stream.take(data)
            breach = _breach(streams, limits)
            if breach and outcome.killed_for is None:
                outcome.killed_for = breach
                return
        if open_streams:
            time.sleep(0.001)
