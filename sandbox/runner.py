"""The sandbox runner: reads one job on stdin, runs every test in a fresh child, reports on stdout.

This file and its siblings are all that runs inside the sandbox (stdlib + numpy only; nothing
from ``judge``). The protocol is documented in docs/protocol.md; in short:

stdin, one JSON document per line:
    header   {"protocol": 4, "nonce", "source", "functions": {name: arity}, "preload",
              "preflight_limits", "tests": N}
    then per test: the input records it needs first ({"input": key, "bytes": N, "uses": U},
    then N bytes of arguments JSON and a newline: each distinct input once per job), then its
    meta line {"id", "function", "limits", "input": key, "size"?, "curve"?, "trace"?}. With
    "curve": true, samples at or above a size that ran out of time or memory are skipped (per
    "curve" tag: several curves may share a job); "trace": true traces the call's allocations
    (tracemalloc), reported in the result as "traced_peak_bytes"; "count": true (the header
    then has "count_files", and the runner runs under callgrind) reports the call's
    instructions as "instructions" (sandbox/callgrind.py).
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
import sys
import tempfile
from typing import Any, BinaryIO

import callgrind
import child
import plain
import scrub
import supervise

PROTOCOL = 4
PR_SET_DUMPABLE = 4
PR_SET_CHILD_SUBREAPER = 36
PR_SET_NO_NEW_PRIVS = 38
PR_SET_PDEATHSIG = 1
SIGKILL = 9
TEXT_CHARS = 16_384  # a message or traceback in an end frame
# Submodules a package imports lazily, on a function's first call (np.unique imports numpy.ma,
# ~10 ms): preloaded with it, or whichever solution calls first pays, and the growth ratio bends.
PRELOAD_WITH = {"numpy": ("numpy.ma", "numpy.fft", "numpy.random")}
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

    def emit(self, message: dict[str, Any]) -> None:
        """One message line; a returned value's raw array bytes follow it (its "blob_bytes")."""
        blob = message.pop("blob", None)
        if blob is not None:
            message["blob_bytes"] = len(blob)
        message["nonce"] = self.nonce.decode()
        self.out.write(json.dumps(message, allow_nan=True).encode() + b"\n")
        if blob:
            self.out.write(blob)
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
        limits = header["preflight_limits"]
        # From here on the submission's code runs: if the runner dies now (a local child can
        # kill it, as the same user), that is the submission's doing, not the judge's.
        self.emit({"type": "loading"})
        preflight = self._observe(lambda fd: child.run_preflight(code, header, limits, fd), limits)
        self.emit({"type": "preflight", **preflight})
        if preflight["status"] != "returned":
            self.emit({"type": "done"})
            return
        cutoffs: dict[str, int] = {}  # curves: the smallest size that ran out of time or memory
        count_files = header.get("count_files")
        if count_files:
            callgrind.warm_up()
        held = HeldInputs()
        for _ in range(header["tests"]):
            meta = held.read_case(stdin)
            raw_args = held.take(meta["input"])
            size = meta.get("size")
            curve = str(meta.get("curve", ""))  # several curves in one job: each cut off alone
            cutoff = cutoffs.get(curve)
            if header.get("curve") and cutoff is not None and size is not None and size >= cutoff:
                self.emit({"type": "result", "id": meta["id"], "status": "skipped"})
                continue
            limits = meta["limits"]
            counted = count_files if meta.get("count") else None

            def body(fd: int, raw: bytes = raw_args, meta: dict[str, Any] = meta) -> None:
                held.drop_all()  # the child keeps its own input only, never another sample's
                child.run_test(code, header, meta, raw, fd)

            observed = self._observe(body, limits, counted)
            del raw_args
            if header.get("curve") and size is not None and _over_budget(observed, limits):
                cutoffs[curve] = size if cutoff is None else min(cutoff, size)
            self.emit({"type": "result", "id": meta["id"], **observed})
        self.emit({"type": "done"})

    def _observe(self, body: Any, limits: dict[str, Any], count_files: str | None = None) -> dict[str, Any]:
        workdir = _workdir()
        instructions = None
        try:
            if count_files:
                callgrind.clear(count_files)
            outcome = supervise.run_child(
                body, limits, lambda result, out, err: self.enter_child(result, out, err, workdir)
            )
            if count_files:
                instructions = callgrind.instructions(count_files, outcome.pid)
        finally:
            scrub.remove_tree(workdir)
            if count_files:
                callgrind.clear(count_files)
            if os.getpid() == 1:  # the container: everything writable is the submission's
                scrub.scrub()
        found = observation(outcome, limits)
        if instructions is not None and found.get("status") == "returned":
            found["instructions"] = instructions
        return found


class HeldInputs:
    """Each distinct input arrives once, before the first test that uses it, with the number of
    tests that use it; the runner keeps its raw bytes until the last of them has run (a growth
    curve's repeats read the same input), so no input crosses the channel twice."""

    def __init__(self) -> None:
        self.inputs: dict[int, list[Any]] = {}  # key -> [raw bytes, tests left]

    def read_case(self, stdin: BinaryIO) -> dict[str, Any]:
        """Read input records until the next test's meta line, and return that."""
        while True:
            record = json.loads(stdin.readline())
            if "input" in record and "id" not in record:
                raw = _read_exactly(stdin, record["bytes"] + 1)[:-1]
                self.inputs[record["input"]] = [raw, record["uses"]]
                continue
            return dict(record)

    def take(self, key: int) -> bytes:
        entry = self.inputs[key]
        entry[1] -= 1
        if entry[1] <= 0:
            del self.inputs[key]
        raw: bytes = entry[0]
        return raw

    def drop_all(self) -> None:
        self.inputs.clear()


def _read_exactly(stdin: BinaryIO, count: int) -> bytes:
    data = stdin.read(count)
    if len(data) != count:
        raise RuntimeError(f"the input ended after {len(data)} of {count} bytes")
    return data


def _workdir() -> str:
    """A fresh private directory for one child. Children run as the runner's user, so the last
    one may have removed, replaced or locked the temp dir: rebuild it rather than fail."""
    try:
        return tempfile.mkdtemp(prefix="mljudge-test-")
    except OSError:
        pass
    root = tempfile.gettempdir()
    if os.path.islink(root) or not os.path.isdir(root):
        scrub.remove_tree(root)
    os.makedirs(root, mode=0o700, exist_ok=True)
    if not os.access(root, os.W_OK | os.X_OK):
        os.chmod(root, 0o700)
    return tempfile.mkdtemp(prefix="mljudge-test-")


def observation(outcome: supervise.ChildOutcome, limits: dict[str, Any]) -> dict[str, Any]:
    """Turn what the runner saw into the plain observation sent to the judge."""
    start, end = _frames(outcome)
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
        return result
    reported = end.pop("killed_for", None)  # the child refused to send a value past the output limit
    result["killed_for"] = result["killed_for"] or reported
    result.update(end)
    return result


def _frames(outcome: supervise.ChildOutcome) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The start frame, and the checked fields of the end frame (None where there is none).

    Only complete lines count, and only the first two: the start frame, which the child sends
    before any submission code runs, then whatever came next.
    """
    if outcome.killed_for == "output_limit":
        return None, None
    data = bytes(outcome.result_data)
    first_end = data.find(b"\n")
    first = _parse(data[:first_end]) if first_end >= 0 else None
    if first is None:
        return None, None
    if first.get("frame") != "start":  # the child failed before it could start
        return None, end_fields(first, started=False)
    second_end = data.find(b"\n", first_end + 1)
    if second_end < 0:
        return first, None
    # after the end frame's line: exactly the raw bytes of its arrays, as many as it says
    return first, end_fields(_parse(data[first_end + 1 : second_end]), True, data[second_end + 1 :])


def _parse(line: bytes) -> dict[str, Any] | None:
    try:
        value = json.loads(line)
    except (ValueError, RecursionError, MemoryError):
        return None
    return value if type(value) is dict else None


def end_fields(frame: dict[str, Any] | None, started: bool, rest: bytes = b"") -> dict[str, Any]:
    """The fields of an end frame that the judge may see, checked.

    A submission can write to its result pipe (it can find the fd), so the frame may be its own.
    No figure the runner measures (CPU, memory, killed_for...) is taken from it, and a frame the
    judge could not read is the submission's RE. ``internal`` means the child failed before the
    submission's code ran; after the start frame it can only be the submission's doing.
    """
    if frame is None or frame.get("frame") != "end":
        return _invalid("not an end frame")
    status = frame.get("status")
    if status == "internal":
        message = _text(frame.get("message"))
        return {"status": "internal", "message": message} if not started else _child_failed(message)
    if status == "returned":
        # Its raw array bytes follow the frame's line; anything after them is ignored, as lines
        # after the end frame are (a value forged there is the submission's own, and checked).
        blob_bytes = frame.get("blob_bytes", 0)
        if type(blob_bytes) is not int or not 0 <= blob_bytes <= len(rest):
            return _invalid(f"{len(rest)} bytes after the end frame, which announced {blob_bytes!r}")
        rest = rest[:blob_bytes]
        problem = plain.check_wire(frame.get("output"), blob_bytes)
        if problem is not None:
            return _invalid(f"its returned value holds {problem}")
        fields = {"status": "returned", "output": frame.get("output")}
        if "blob_bytes" in frame:  # raw arrays (maybe all empty): the host rebuilds them
            fields["blob"] = rest
        traced = frame.get("traced_peak_bytes")
        if type(traced) is int and traced >= 0:  # the child's own report: checked on the host
            fields["traced_peak_bytes"] = traced
        return fields
    if status in ("compile_error", "bad_output"):
        return {"status": status, "message": _text(frame.get("message"))}
    if status == "output_limit":  # the child found the returned value too large to send
        return {"status": "bad_output", "message": _text(frame.get("message")), "killed_for": "output_limit"}
    if status in ("exception", "memory_error") and type(frame.get("error")) is dict:
        error = frame["error"]
        location = error.get("location")
        return {
            "status": status,
            "error": {
                "type": _text(error.get("type")) or "Exception",
                "message": _text(error.get("message")),
                "traceback": _text(error.get("traceback")),
                "location": _text(location) if type(location) is str else None,
            },
        }
    return _invalid(f"status {_text(status)[:40]!r}")


def _text(value: Any) -> str:
    return value[:TEXT_CHARS] if type(value) is str else ""


def _invalid(reason: str) -> dict[str, Any]:
    text = (
        f"the result pipe carried something other than the judge's end frame ({reason}); "
        "did solution.py write to a file descriptor it did not open?"
    )
    error = {"type": "InvalidResult", "message": reason, "traceback": text, "location": None}
    return {"status": "exception", "error": error}


def _child_failed(message: str) -> dict[str, Any]:
    text = (
        f"the sandbox child reported an internal error after solution.py started ({message}): "
        "solution.py wrote it to the result pipe, or broke something the judge's code relies on"
    )
    error = {"type": "SandboxChildFailed", "message": message, "traceback": text, "location": None}
    return {"status": "exception", "error": error}


def _over_budget(observed: dict[str, Any], limits: dict[str, Any]) -> bool:
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
        for module in (name, *PRELOAD_WITH.get(name, ())):
            try:
                __import__(module)
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
