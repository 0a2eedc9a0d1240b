"""`judge profile`'s process: backends/profile_lines.py in a local subprocess of this machine's
Python (memory_profiler and psutil are the judge's own dependencies, not the image's), with a
scrubbed environment, a temporary working directory and CPU and memory rlimits."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

from judge import paths
from judge.backends.env import THREAD_ENV

SCRIPT = Path(__file__).with_name("profile_lines.py")
CPU_SECONDS = 120
MEMORY_BYTES = 4 << 30


class SubmissionFailed(Exception):
    """The submission itself failed while being profiled (its error, for the user)."""


def run(job: bytes) -> dict[str, Any]:
    """The profile of ``job`` (source, function, args) as the script prints it, or SubmissionFailed."""
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
                [sys.executable, "-E", str(SCRIPT), str(paths.SANDBOX_DIR)],
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
        document: dict[str, Any] = json.loads(done.stdout)
        return document
    except ValueError:
        raise SubmissionFailed(
            "the profiler printed no result (did the submission print to stdout?)"
        ) from None


def _limits() -> None:  # pragma: no cover - runs in the child
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 5))
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
