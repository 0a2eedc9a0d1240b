"""What runs in the forked child: fds and limits first, then the submission, then one report.

The child talks to the runner on its own result pipe only. Its first frame (``start``) is sent
after the input is decoded and the limits are set but before any submission code runs; it
carries the child's resident memory and CPU time at that moment, so the runner can subtract them
from the totals ``wait4`` reports (the submission cannot touch a frame already sent). The second
frame is the outcome. Nothing the submission prints goes to that pipe: fd 1 and 2 are capture
pipes, fd 0 is /dev/null.

Once the start frame is sent, the child hands over to ``attempt.run`` for good: sealed code that
loads and calls the submission, reports, and ends the process (sandbox/attempt.py).
"""

from __future__ import annotations

import builtins
import ctypes
import gc
import json
import linecache
import os
import resource
import sys
import types
from collections.abc import Callable
from typing import Any, NoReturn

import attempt
import plain
import rules

SUBMISSION_FILENAME = attempt.SUBMISSION_FILENAME
CompileProblem = attempt.CompileProblem
PR_SET_DUMPABLE = 4


def isolate(result_fd: int, out_fd: int, err_fd: int, workdir: str) -> None:
    """Rewire fds and move into the work dir (call right after fork)."""
    os.setpgid(0, 0)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(out_fd, 1)
    os.dup2(err_fd, 2)
    os.close(devnull)
    keep = {0, 1, 2, result_fd}
    for fd in _open_fds():
        if fd not in keep:
            try:
                os.close(fd)
            except OSError:
                pass
    os.chdir(workdir)


def _open_fds() -> list[int]:
    try:
        return [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:
        return list(range(3, 256))


def apply_limits(limits: dict[str, Any]) -> None:
    # RLIMIT_CPU counts whole seconds of the process's whole life, decoding the input included;
    # it is only the backstop (a spare second past the budget): the runner's wait4 figure decides.
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = int(usage.ru_utime + usage.ru_stime + limits["cpu_seconds"]) + 2
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    # Address space is the only memory rlimit Linux enforces; give the child what it already
    # maps (interpreter, numpy, the input) plus its budget and a little for the allocator's own
    # reservations, so an allocation soon past the budget fails with MemoryError instead of
    # summoning the OOM killer. A measured peak over the budget is MLE in any case.
    mapped = _vm_size_bytes()
    address_space = mapped + limits["memory_bytes"] + limits.get("address_slack_bytes", 16 << 20)
    resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits["file_bytes"], limits["file_bytes"]))
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (limits["open_files"], limits["open_files"]))
    except ValueError:
        # Under callgrind (the counted pass) the hard limit is the simulator's own and cannot
        # move: the soft limit still binds.
        hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
        resource.setrlimit(resource.RLIMIT_NOFILE, (limits["open_files"], hard))
    if os.getuid() != 0:
        # Per-user process cap; root ignores it, so it only binds in the container.
        resource.setrlimit(resource.RLIMIT_NPROC, (limits["processes"], limits["processes"]))


def _vm_size_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def resident_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def send(result_fd: int, message: dict[str, Any]) -> int:
    """Write one frame (before any submission code runs); returns its size in bytes."""
    data = (json.dumps(message, allow_nan=True) + "\n").encode()
    view = memoryview(data)
    while view:
        written = os.write(result_fd, view)
        view = view[written:]
    return len(data)


def new_module() -> types.ModuleType:
    """The empty module the submission runs in, registered as ``solution``: dataclasses and
    pickle look a class's module up in sys.modules."""
    module = types.ModuleType("solution")
    module.__file__ = SUBMISSION_FILENAME
    # exec would give it the builtins of the frame that runs it: the sealed code's private copy.
    module.__builtins__ = builtins  # type: ignore[attr-defined]
    sys.modules["solution"] = module
    return module


def load_module(code: types.CodeType) -> types.ModuleType:
    """Execute the submission module (unsealed: for ``judge profile``, on the learner's machine).

    Raises CompileProblem for an import the sandbox cannot satisfy; other exceptions propagate
    as the submission's own runtime errors.
    """
    module = new_module()
    try:
        exec(code, module.__dict__)
    except ImportError as error:
        raise CompileProblem(attempt.import_message(error)) from None
    return module


def start(result_fd: int, limits: dict[str, Any]) -> int:
    """Set the limits, then report the starting point the runner measures from; returns the
    start frame's size in bytes."""
    apply_limits(limits)
    peak_reset = reset_peak_rss()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return send(
        result_fd,
        {
            "frame": "start",
            "rss_bytes": resident_bytes(),
            "cpu_seconds": usage.ru_utime + usage.ru_stime,
            "peak_reset": peak_reset,
        },
    )


def reset_peak_rss() -> bool:
    """Lower the peak-RSS mark to the current RSS, so the peak wait4 reports afterwards is the
    submission's and not that of decoding its input (freed, but still the high-water mark).

    /proc/self/clear_refs belongs to root while the process is not dumpable (it inherits that
    from the runner), so the child is dumpable only for this one write.
    """
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    try:
        prctl(PR_SET_DUMPABLE, ctypes.c_ulong(1), 0, 0, 0)
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
        return True
    except OSError:
        return False
    finally:
        prctl(PR_SET_DUMPABLE, ctypes.c_ulong(0), 0, 0, 0)


def run_preflight(
    code: types.CodeType, job: dict[str, Any], limits: dict[str, Any], result_fd: int
) -> NoReturn:
    """Load the module once to find compile problems before any test runs."""
    _begin(code, tuple(job["functions"].items()), None, limits, result_fd, job.get("rules", {}))


def run_test(
    code: types.CodeType, job: dict[str, Any], meta: dict[str, Any], raw_args: bytes, result_fd: int
) -> NoReturn:
    """Decode this test's arguments, load the module fresh, call the test's function, report."""
    args = plain.decode_args(raw_args)
    del raw_args
    name = meta["function"]
    if "size" in meta:
        gc.disable()  # a growth sample: collector pauses are noise, not growth
    call = (name, args, "trace" if meta.get("trace") else "count" if meta.get("count") else "")
    _begin(code, ((name, job["functions"][name]),), call, meta["limits"], result_fd, job.get("rules", {}))


def _begin(
    code: types.CodeType,
    checks: tuple[tuple[str, int], ...],
    call: tuple[str, list[Any], str] | None,
    limits: dict[str, Any],
    result_fd: int,
    problem_rules: dict[str, Any],
) -> NoReturn:
    """Apply the problem's rules, send the start frame, then hand over to the sealed code for good."""
    run: Callable[..., NoReturn] = attempt.SEALED["run"]  # looked up while only the judge has run
    rules.install(problem_rules)
    entry: Any = linecache.cache.get(SUBMISSION_FILENAME)
    lines = tuple(entry[2]) if entry else ()
    namespace = new_module().__dict__
    room = limits["output_bytes"] - start(result_fd, limits)
    run(code, namespace, checks, call, result_fd, room, lines)
