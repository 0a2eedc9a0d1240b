"""What runs in the forked child: fds and limits first, then the submission, then one report.

The child talks to the runner on its own result pipe only. Its first frame (``start``) is sent
after the input is decoded and the limits are set but before any submission code runs; it
carries the child's resident memory and CPU time at that moment, so the runner can subtract them
from the totals ``wait4`` reports (the submission cannot touch a frame already sent). The second
frame is the outcome. Nothing the submission prints goes to that pipe: fd 1 and 2 are capture
pipes, fd 0 is /dev/null.
"""

from __future__ import annotations

import ctypes
import difflib
import gc
import inspect
import json
import os
import resource
import sys
import traceback
import types
from typing import Any

import plain

SUBMISSION_FILENAME = "solution.py"
PR_SET_DUMPABLE = 4
TRACEBACK_LINES = 40


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


def apply_limits(limits: dict) -> None:
    # RLIMIT_CPU counts whole seconds of the process's whole life, decoding the input included;
    # it is only the backstop (a spare second past the budget): the runner's wait4 figure decides.
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = int(usage.ru_utime + usage.ru_stime + limits["cpu_seconds"]) + 2
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    # Address space is the only memory rlimit Linux enforces; give the child what it already
    # maps (interpreter, numpy, the input) plus its budget, so an allocation past the budget
    # fails with MemoryError instead of summoning the OOM killer.
    mapped = _vm_size_bytes()
    address_space = mapped + limits["memory_bytes"] + limits.get("address_slack_bytes", 64 << 20)
    resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits["file_bytes"], limits["file_bytes"]))
    resource.setrlimit(resource.RLIMIT_NOFILE, (limits["open_files"], limits["open_files"]))
    if os.getuid() != 0:
        # Per-user process cap; root ignores it, so it only binds in the container.
        resource.setrlimit(resource.RLIMIT_NPROC, (limits["processes"], limits["processes"]))


def _vm_size_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def resident_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def send(result_fd: int, message: dict) -> None:
    data = (json.dumps(message, allow_nan=True) + "\n").encode()
    view = memoryview(data)
    while view:
        written = os.write(result_fd, view)
        view = view[written:]


def load_module(code: types.CodeType) -> types.ModuleType:
    """Execute the submission module.

    Raises CompileProblem for an import the sandbox cannot satisfy; other exceptions propagate
    as the submission's own runtime errors.
    """
    module = types.ModuleType("solution")
    module.__file__ = SUBMISSION_FILENAME
    sys.modules["solution"] = module
    try:
        exec(code, module.__dict__)
    except ImportError as error:
        raise CompileProblem(_import_message(error)) from None
    return module


def entry_point(module: types.ModuleType, name: str, arity: int) -> Any:
    """The function ``name`` of the loaded submission, or CompileProblem saying what is wrong
    (missing, not callable, cannot take ``arity`` positional arguments)."""
    function = module.__dict__.get(name)
    if function is None:
        defined = [name for name, value in module.__dict__.items() if callable(value)]
        close = difflib.get_close_matches(name, defined, n=1)
        hint = f"; did you mean `{close[0]}`? rename it" if close else ""
        raise CompileProblem(f"{SUBMISSION_FILENAME} defines no function `{name}`{hint}")
    if not callable(function):
        raise CompileProblem(
            f"`{name}` in {SUBMISSION_FILENAME} is a {type(function).__name__}, not a function"
        )
    try:
        inspect.signature(function).bind(*([None] * arity))
    except TypeError:
        raise CompileProblem(
            f"`{name}{_signature(function)}` cannot take the {arity} "
            f"positional argument(s) the problem passes; match the signature in the statement"
        ) from None
    except ValueError:
        pass  # builtins without a signature: let the call decide
    return function


def _signature(function: Any) -> str:
    try:
        return str(inspect.signature(function))
    except (TypeError, ValueError):
        return "(...)"


def _import_message(error: ImportError) -> str:
    name = getattr(error, "name", None) or "?"
    return (
        f"{SUBMISSION_FILENAME} could not import `{name}`: {error}. Only the standard "
        "library and numpy are available in the sandbox"
    )


class CompileProblem(Exception):
    """The submission cannot be used at all (CE)."""


def error_report(error: BaseException) -> dict:
    """The submission's own traceback: frames from solution.py only, trimmed."""
    frames = [
        frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename == SUBMISSION_FILENAME
    ]
    lines = traceback.format_list(frames) + traceback.format_exception_only(type(error), error)
    text = "".join(lines).splitlines()
    if len(text) > TRACEBACK_LINES:
        text = [*text[:5], "  ...", *text[-(TRACEBACK_LINES - 6) :]]
    location = f"{SUBMISSION_FILENAME}:{frames[-1].lineno}" if frames else None
    return {
        "type": type(error).__name__,
        "message": _safe_str(error),
        "traceback": "Traceback (most recent call last):\n" + "\n".join(text) if frames else "\n".join(text),
        "location": location,
    }


def _safe_str(error: BaseException) -> str:
    try:
        return str(error)[:2000]
    except Exception:  # the submission's exception may lie in __str__ too
        return "<unprintable>"


def start(result_fd: int, limits: dict) -> None:
    """Set the limits, then report the starting point the runner measures from."""
    apply_limits(limits)
    peak_reset = reset_peak_rss()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    send(
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


def run_preflight(code: types.CodeType, job: dict, limits: dict, result_fd: int) -> None:
    """Load the module once to find compile problems before any test runs."""
    start(result_fd, limits)

    def load() -> None:
        module = load_module(code)
        for name, arity in job["functions"].items():
            entry_point(module, name, arity)

    send(result_fd, _guarded(load))


def run_test(code: types.CodeType, job: dict, meta: dict, raw_args: bytes, result_fd: int) -> None:
    """Decode this test's arguments, load the module fresh, call the test's function, report."""
    args = plain.decode_args(json.loads(raw_args))
    del raw_args
    name = meta["function"]
    if "size" in meta:
        gc.disable()  # a growth sample: collector pauses are noise, not growth
    start(result_fd, meta["limits"])

    def call() -> Any:
        function = entry_point(load_module(code), name, job["functions"][name])
        return plain.to_plain(function(*args))

    send(result_fd, _guarded(call))


def _guarded(action: Any) -> dict:
    try:
        output = action()
    except CompileProblem as problem:
        return {"frame": "end", "status": "compile_error", "message": str(problem)}
    except plain.BadOutput as problem:
        return {"frame": "end", "status": "bad_output", "message": str(problem)}
    except MemoryError as error:
        return {"frame": "end", "status": "memory_error", "error": error_report(error)}
    except BaseException as error:  # SystemExit and KeyboardInterrupt count: the call did not return
        return {"frame": "end", "status": "exception", "error": error_report(error)}
    return {"frame": "end", "status": "returned", "output": output}
