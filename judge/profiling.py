"""`judge profile`: line-by-line time and memory of a submission at one size of the growth
curve (the largest, unless asked), so a candidate can see which line costs.

It runs sandbox/profile_lines.py in a local subprocess -- memory_profiler and psutil come
from the judge's own environment, which the Docker image does not have -- with a scrubbed
environment, a temporary working directory and CPU/memory rlimits. Like the local sandbox, it
is for your own code only.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from judge import curves, paths, problems, submission, trusted
from judge.backends.local import THREAD_ENV
from judge.errors import UsageError

SCRIPT = paths.SANDBOX_DIR / "profile_lines.py"
CPU_SECONDS = 120
MEMORY_BYTES = 4 << 30


@dataclass(frozen=True)
class ProfiledLine:
    line: int
    hits: int
    seconds: float
    increment_mib: float
    source: str


@dataclass(frozen=True)
class Profile:
    problem: str
    function: str
    size: int
    grow: str
    total_seconds: float
    lines: tuple[ProfiledLine, ...]


class SubmissionFailed(Exception):
    """The submission itself failed while being profiled (its error, for the user)."""


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
    job = {"source": source, "function": plan.function, "args": json.loads(line)}
    document = _run(json.dumps(job).encode())
    lines = tuple(ProfiledLine(**entry) for entry in document["lines"])
    return Profile(problem.slug, plan.function, chosen, plan.grow, float(document["total_seconds"]), lines)


def _run(job: bytes) -> dict:
    workdir = paths.make_temp_dir("profile")
    try:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            "HOME": str(workdir),
            **THREAD_ENV,
        }
        try:
            done = subprocess.run(
                [sys.executable, "-E", str(SCRIPT)],
                input=job,
                capture_output=True,
                cwd=workdir,
                env=env,
                timeout=CPU_SECONDS * 2,
                preexec_fn=_limits,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise SubmissionFailed(f"still running after {CPU_SECONDS * 2} s; try a smaller --size") from None
    finally:
        paths.remove_tree(workdir)  # whatever the submission left there, however deep
    if done.returncode != 0:
        tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-8:]
        if done.returncode < 0:
            tail.append(f"(killed by signal {-done.returncode}: over {CPU_SECONDS} s of CPU or 4 GiB?)")
        raise SubmissionFailed("\n".join(tail) or f"exited with status {done.returncode}")
    try:
        return json.loads(done.stdout)
    except ValueError:
        raise SubmissionFailed(
            "the profiler printed no result (did the submission print to stdout?)"
        ) from None


def _limits() -> None:  # pragma: no cover - runs in the child
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 5))
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
