"""The sandbox runner: reads one job on stdin, runs every test in a fresh child, reports on stdout.

This file and its siblings are all that runs inside the sandbox (stdlib + numpy only; nothing
from ``judge``). The protocol is documented in docs/protocol.md; in short:

stdin, one JSON document per line:
    header   {"protocol": 2, "nonce", "source", "functions": {name: arity}, "preload",
              "preflight_limits", "tests": N}
    then per test: a meta line {"id", "function", "limits", "size"?} and an arguments line.
    With "curve": true, samples at or above a size that ran out of time or memory are skipped.
stdout, one JSON document per line, each carrying the nonce:
    {"type": "preflight", ...observation}, {"type": "result", "id", ...observation},
    {"type": "done"} or {"type": "internal", "message"}.

Expected outputs never come here; the runner only reports what it observed.
"""

from __future__ import annotations

import ast
import ctypes
import json
import linecache
import os
import shutil
import sys
import tempfile
from typing import Any, BinaryIO

import child
import scrub
import supervise

PROTOCOL = 2
PR_SET_DUMPABLE = 4
PR_SET_CHILD_SUBREAPER = 36
PR_SET_NO_NEW_PRIVS = 38
PR_SET_PDEATHSIG = 1
SIGKILL = 9
# Modules the runner may import before forking, so a child that imports them pays nothing.
PRELOADABLE = frozenset(
    {
        "numpy",
        "heapq",
        "collections",
        "itertools",
        "functools",
        "math",
        "bisect",
        "random",
        "statistics",
        "operator",
        "typing",
        "dataclasses",
        "re",
        "string",
        "array",
        "copy",
        "decimal",
        "fractions",
    }
)


class Runner:
    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.nonce = bytearray()
        self._prctl = _libc_prctl()

    def emit(self, message: dict) -> None:
        message["nonce"] = self.nonce.decode()
        self.out.write(json.dumps(message, allow_nan=True).encode() + b"\n")
        self.out.flush()

    def harden_self(self) -> None:
        # Not dumpable: a child running as the same user cannot open /proc/<runner>/fd/* or
        # ptrace the runner. Subreaper: orphans of a test come back to us to be killed.
        self._prctl(PR_SET_DUMPABLE, 0)
        self._prctl(PR_SET_CHILD_SUBREAPER, 1)

    def enter_child(self, result_fd: int, out_fd: int, err_fd: int, workdir: str) -> None:
        # The child must not learn the nonce, and must die with the runner.
        self.nonce[:] = bytes(len(self.nonce))
        self._prctl(PR_SET_PDEATHSIG, SIGKILL)
        self._prctl(PR_SET_NO_NEW_PRIVS, 1)
        child.isolate(result_fd, out_fd, err_fd, workdir)

    def run(self, stdin: BinaryIO) -> None:
        header = json.loads(stdin.readline())
        if header.get("protocol") != PROTOCOL:
            raise RuntimeError(f"protocol {header.get('protocol')!r} is not {PROTOCOL}")
        self.nonce = bytearray(header.pop("nonce").encode())
        self.harden_self()
        source = header.pop("source")
        try:
            code = compile(source, child.SUBMISSION_FILENAME, "exec", dont_inherit=True)
        except SyntaxError as error:
            self.emit({"type": "preflight", "status": "compile_error", "message": _syntax(error)})
            self.emit({"type": "done"})
            return
        except (ValueError, MemoryError, RecursionError) as error:
            message = f"{child.SUBMISSION_FILENAME} could not be compiled: {type(error).__name__}"
            self.emit({"type": "preflight", "status": "compile_error", "message": message})
            self.emit({"type": "done"})
            return
        # Tracebacks quote the submission's own lines, though no solution.py exists on disk.
        linecache.cache[child.SUBMISSION_FILENAME] = (
            len(source),
            None,
            source.splitlines(True),
            child.SUBMISSION_FILENAME,
        )
        _preload(source, header.get("preload", []))
        del source
        work_root = tempfile.mkdtemp(prefix="mljudge-run-")
        try:
            limits = header["preflight_limits"]
            preflight = self._observe(
                lambda fd: child.run_preflight(code, header, limits, fd), limits, work_root
            )
            self.emit({"type": "preflight", **preflight})
            if preflight["status"] != "returned":
                self.emit({"type": "done"})
                return
            cutoff = None  # curves: the smallest size that ran out of time or memory
            for _ in range(header["tests"]):
                meta = json.loads(stdin.readline())
                raw_args = stdin.readline()
                size = meta.get("size")
                if header.get("curve") and cutoff is not None and size is not None and size >= cutoff:
                    self.emit({"type": "result", "id": meta["id"], "status": "skipped"})
                    continue
                limits = meta["limits"]
                observed = self._observe(
                    lambda fd, raw=raw_args, meta=meta: child.run_test(code, header, meta, raw, fd),
                    limits,
                    work_root,
                )
                if header.get("curve") and size is not None and _over_budget(observed, limits):
                    cutoff = size if cutoff is None else min(cutoff, size)
                self.emit({"type": "result", "id": meta["id"], **observed})
            self.emit({"type": "done"})
        finally:
            shutil.rmtree(work_root, ignore_errors=True)

    def _observe(self, body: Any, limits: dict, work_root: str) -> dict:
        workdir = tempfile.mkdtemp(dir=work_root)
        os.chmod(workdir, 0o700)
        try:
            outcome = supervise.run_child(body, limits, lambda *fds: self.enter_child(*fds, workdir))
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
            if os.getpid() == 1:  # the container: everything writable is the submission's
                scrub.scrub(keep=work_root)
        return observation(outcome, limits)


def observation(outcome: supervise.ChildOutcome, limits: dict) -> dict:
    """Turn what the runner saw into the plain observation sent to the judge."""
    start, end = _frames(outcome, limits)
    baseline = start.get("rss_bytes", 0) if start else 0
    cpu_before = start.get("cpu_seconds", 0.0) if start else 0.0
    result: dict[str, Any] = {
        "cpu_seconds": round(max(0.0, outcome.cpu_seconds - cpu_before), 6),
        "wall_seconds": round(outcome.wall_seconds, 6),
        "peak_rss_bytes": outcome.maxrss_bytes,
        "baseline_rss_bytes": baseline,
        "exit_code": outcome.exit_code,
        "signal": outcome.signal,
        "killed_for": outcome.killed_for,
        "result_bytes": outcome.result_bytes,
        "stdout_bytes": outcome.stdout_bytes,
        "stderr_bytes": outcome.stderr_bytes,
        "stdout_tail": outcome.stdout_tail.decode("utf-8", "replace"),
        "stderr_tail": outcome.stderr_tail.decode("utf-8", "replace"),
    }
    if end is None:
        result["status"] = "no_result"
    else:
        result.update(end)
        result.pop("frame", None)
    return result


def _frames(outcome: supervise.ChildOutcome, limits: dict) -> tuple[dict | None, dict | None]:
    if outcome.killed_for == "output_limit":
        return None, None
    start = end = None
    for line in bytes(outcome.result_data).splitlines()[:2]:
        try:
            frame = json.loads(line)
        except ValueError:
            return start, None
        if not isinstance(frame, dict):
            return start, None
        if frame.get("frame") == "start" and start is None:
            start = frame
        elif frame.get("frame") == "end":
            end = frame
    return start, end


def _over_budget(observed: dict, limits: dict) -> bool:
    return (
        observed.get("killed_for") in ("cpu_limit", "wall_timeout")
        or observed.get("status") == "memory_error"
        or observed.get("signal") == 24  # SIGXCPU
        or observed.get("cpu_seconds", 0.0) > limits["cpu_seconds"]
    )


def _syntax(error: SyntaxError) -> str:
    where = f"{child.SUBMISSION_FILENAME}, line {error.lineno}"
    text = (error.text or "").rstrip()
    pointer = ""
    if text and error.offset:
        pointer = "\n    " + text + "\n    " + " " * (error.offset - 1) + "^"
    return f"SyntaxError: {error.msg} ({where}){pointer}"


def _preload(source: str, requested: list[str]) -> None:
    """Import, before forking, the allowed modules the submission imports (parsed, not run)."""
    names = set(requested)
    try:
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        pass
    for name in sorted(names & PRELOADABLE):
        try:
            __import__(name)
        except ImportError:
            pass


def _libc_prctl() -> Any:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
    except (OSError, AttributeError):
        return lambda *args: -1
    return lambda option, value: prctl(option, ctypes.c_ulong(value), 0, 0, 0)


def main() -> int:
    runner = Runner(sys.stdout.buffer)
    try:
        runner.run(sys.stdin.buffer)
    except BaseException as error:  # report, never hang: the judge turns this into IE
        try:
            runner.emit({"type": "internal", "message": f"{type(error).__name__}: {error}"})
        except BaseException:
            pass
        return 70
    return 0


if __name__ == "__main__":
    sys.exit(main())
