"""`judge profile`: line-by-line time and memory of a submission at one size of the growth
curve (the largest, unless asked), so a candidate can see which line costs.

backends/profiler.py runs it in a local subprocess -- memory_profiler and psutil come from the
judge's own environment, which the Docker image does not have -- with a scrubbed environment, a
temporary working directory and CPU/memory rlimits. Like the local sandbox, it is for your own
code only.
"""

from __future__ import annotations

import json
from pathlib import Path

from judge import submission
from judge.backends import profiler, wire
from judge.errors import UsageError
from judge.package import problems, trusted
from judge.pipeline import curves
from judge.pipeline.records import Profile, ProfiledLine


def profile(slug: str, solution: Path, size: int | None = None, cache_root: Path | None = None) -> Profile:
    problem = problems.load(slug)
    plan = curves.plan_of(problem)
    if size is not None and size < 1:
        raise UsageError(f"--size {size}: must be at least 1")
    source = submission.read(solution).source
    chosen = size or plan.sizes[-1]
    if chosen in plan.sizes:
        line = curves.inputs(problem, plan, cache_root)[chosen]
    else:
        line = curves.encode_input(problem, plan, chosen, trusted.generator(problem))
    # the profiler reads plain JSON: arrays as nested lists (sandbox/plain.py rebuilds them)
    job = {
        "source": source,
        "function": plan.function,
        "args": [wire.to_plain(value) for value in wire.decode_args(line)],
    }
    document = profiler.run(json.dumps(job).encode())
    lines = tuple(ProfiledLine(**entry) for entry in document["lines"])
    return Profile(problem.slug, plan.function, chosen, plan.grow, float(document["total_seconds"]), lines)
