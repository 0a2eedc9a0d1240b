"""Line-by-line time and memory of a submission on one input (`judge profile`).

Runs as a script (`python profile_lines.py SANDBOX_DIR`) in a local subprocess only -- it
needs memory_profiler (and psutil) from the judge's own environment, so it is never used for
untrusted code in Docker. Reads one JSON job on stdin: {"source", "function", "args"}; prints
one JSON document: per line of solution.py its hits, seconds (time until the next line of the
same frame, calls included) and memory increment.

Two passes over the same input: the time tracer and memory_profiler's tracer cannot share
sys.settrace, and each would distort the other's figures.
"""

from __future__ import annotations

import copy
import json
import linecache
import sys
import time
import types
from collections import defaultdict
from typing import Any

# Run as a script with the sandbox folder as its argument: it reads the submission the way the
# sandbox's child does (child.py, plain.py), without being part of the image.
sys.path.insert(0, sys.argv[1])
import child
import plain

FILENAME = child.SUBMISSION_FILENAME


def main() -> int:
    job = json.loads(sys.stdin.buffer.read())
    source = job["source"]
    linecache.cache[FILENAME] = (len(source), None, source.splitlines(True), FILENAME)
    # memory_profiler reads the file itself (the working directory is a temp dir)
    with open(FILENAME, "w", encoding="utf-8") as handle:
        handle.write(source)
    result = sys.stdout
    sys.stdout = sys.stderr  # whatever the submission or the profilers print stays off the result
    module = child.load_module(compile(source, FILENAME, "exec", dont_inherit=True))
    function = module.__dict__[job["function"]]
    args = plain.rebuild_arrays(job["args"])
    seconds, hits, total = _time_lines(function, copy.deepcopy(args))
    memory = _memory_lines(module, function, args)
    lines = []
    for number, text in enumerate(source.splitlines(), 1):
        # memory_profiler puts the whole process's memory on the `def` line: not a cost of it
        if number in hits:
            lines.append(
                {
                    "line": number,
                    "hits": hits.get(number, 0),
                    "seconds": round(seconds.get(number, 0.0), 6),
                    "increment_mib": round(memory.get(number, 0.0), 3),
                    "source": text,
                }
            )
    result.write(json.dumps({"total_seconds": round(total, 6), "lines": lines}) + "\n")
    return 0


def _time_lines(function: Any, args: list[Any]) -> tuple[dict[int, float], dict[int, int], float]:
    seconds: dict[int, float] = defaultdict(float)
    hits: dict[int, int] = defaultdict(int)
    current: dict[int, tuple[int, float]] = {}

    def local(frame: Any, event: str, arg: Any) -> Any:
        now = time.perf_counter()
        key = id(frame)
        previous = current.get(key)
        if previous is not None:  # the time since the frame's last event belongs to that line
            seconds[previous[0]] += now - previous[1]
        if event == "line":
            hits[frame.f_lineno] += 1
            current[key] = (frame.f_lineno, time.perf_counter())
        elif event == "return":
            current.pop(key, None)
        elif previous is not None:
            current[key] = (previous[0], time.perf_counter())
        return local

    def start(frame: Any, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename == FILENAME else None

    began = time.perf_counter()
    sys.settrace(start)
    try:
        function(*args)
    finally:
        sys.settrace(None)
    return dict(seconds), dict(hits), time.perf_counter() - began


def _memory_lines(module: types.ModuleType, function: Any, args: list[Any]) -> dict[int, float]:
    from memory_profiler import LineProfiler

    profiler = LineProfiler(backend="psutil")
    for value in module.__dict__.values():
        if isinstance(value, types.FunctionType) and value.__code__.co_filename == FILENAME:
            profiler.add_function(value)
    profiled = profiler(function)
    profiled(*args)
    found: dict[int, float] = {}
    for _, lines in profiler.code_map.items():
        for number, measured in lines:
            if measured:
                found[number] = found.get(number, 0.0) + float(measured[0])
    return found


if __name__ == "__main__":
    sys.exit(main())
