"""`grade-many` on a Celery + Redis cluster against the local `--jobs` run, side by side.

The same REPOS copies of examples/practice-repo (4 problems each, growth on for all four, as in
bench/grading.py) are graded, tests only and with growth, by:
  local  grade-many --jobs 1 and --jobs 2
  cluster with 1 and 2 `judge worker --concurrency 1` on this machine (a redis-server of the
  bench's own on a free port)
and the wall seconds and repos per minute are printed in one table. On one machine the cluster
cannot beat --jobs (same cores); the figures show its overhead, and that two workers scale as
two local jobs do. On several machines each adds its own cores.

Task granularity: from the per-problem durations of the `--jobs 1` run, the makespan of a batch
on 2 slots is computed for one task per repo and one task per repo x problem (longest first,
to the slot free first): the figures say whether splitting repos would balance better.

    python bench/cluster.py [--repos 4]
"""

from __future__ import annotations

import argparse
import heapq
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from grading import make_repos  # noqa: E402  (bench/ is not a package)

ENV = {**os.environ, "JUDGE_HISTORY": "off", "PYTHONPATH": str(ROOT)}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _judge(*args: str) -> float:
    started = time.perf_counter()
    ran = subprocess.run(
        [sys.executable, "-m", "judge", *args], capture_output=True, text=True, env=ENV, cwd=ROOT
    )
    seconds = time.perf_counter() - started
    if ran.returncode != 0:
        raise SystemExit(f"judge {' '.join(args[:1])} failed ({ran.returncode}): {ran.stderr[-2000:]}")
    return seconds


def _workers(url: str, queue: str, count: int, logs: Path) -> list[subprocess.Popen[bytes]]:
    started = []
    for index in range(count):
        started.append(
            subprocess.Popen(
                [
                    *(sys.executable, "-m", "judge", "worker", "--broker", url, "--queue", queue),
                    *("--concurrency", "1", "--name", f"bench-{index}-{queue}@bench"),
                ],
                cwd=ROOT,
                env=ENV,
                stdout=(logs / f"worker-{index}.log").open("wb"),
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        )
    time.sleep(6)  # import, sandbox check, connect: the first task must not wait for them
    return started


def _stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)  # warm shutdown: nothing runs any more
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def makespan(durations: list[float], slots: int) -> float:
    """Longest task first, each to the slot free first."""
    free = [0.0] * slots
    for seconds in sorted(durations, reverse=True):
        heapq.heappush(free, heapq.heappop(free) + seconds)
    return max(free)


def granularity(out: Path, slots: int) -> tuple[float, float]:
    """(per-repo makespan, per-problem makespan) in seconds, from a run's per-repo JSON."""
    per_repo, per_problem = [], []
    for path in out.glob("student-*.json"):
        document = json.loads(path.read_text())
        problems = [
            problem["report"]["duration_seconds"] for problem in document["problems"] if problem["report"]
        ]
        per_repo.append(sum(problems))
        per_problem.extend(problems)
    return makespan(per_repo, slots), makespan(per_problem, slots)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repos", type=int, default=4)
    args = parser.parse_args()
    if shutil.which("redis-server") is None:
        raise SystemExit("redis-server is not installed (apt-get install redis-server)")
    with tempfile.TemporaryDirectory(prefix="mljudge-bench-cluster-") as folder:
        work = Path(folder)
        listing = make_repos(work, args.repos)
        port = _free_port()
        redis = subprocess.Popen(
            ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        url = f"redis://127.0.0.1:{port}/0"
        rows: list[tuple[str, str, float]] = []
        try:
            time.sleep(0.5)
            for growth in (False, True):
                label = "tests + growth" if growth else "tests only"
                extra = [] if growth else ["--no-complexity"]
                for jobs in (1, 2):
                    out = work / f"local-{jobs}-{growth}"
                    seconds = _judge(
                        "grade-many", str(listing), "--jobs", str(jobs), "--out", str(out), *extra
                    )
                    rows.append((label, f"local --jobs {jobs}", seconds))
                for count in (1, 2):
                    queue = f"bench-{uuid.uuid4().hex[:8]}"
                    workers = _workers(url, queue, count, work)
                    try:
                        out = work / f"cluster-{count}-{growth}"
                        seconds = _judge(
                            "grade-many",
                            str(listing),
                            "--broker",
                            url,
                            "--queue",
                            queue,
                            "--out",
                            str(out),
                            *extra,
                        )
                    finally:
                        _stop(workers)
                    rows.append((label, f"cluster, {count} worker{'s' if count > 1 else ''}", seconds))
        finally:
            redis.terminate()
            redis.wait()
        print(f"{args.repos} repos x 4 problems, on {os.cpu_count()} cores")
        print(f"{'grading':<16}{'run':<22}{'wall s':>8}{'repos/min':>11}")
        for label, run, seconds in rows:
            print(f"{label:<16}{run:<22}{seconds:8.1f}{args.repos / seconds * 60:11.2f}")
        for growth in (False, True):
            repo_span, problem_span = granularity(work / f"local-1-{growth}", 2)
            label = "tests + growth" if growth else "tests only"
            print(
                f"granularity ({label}, 2 slots, from --jobs 1 times): one task per repo {repo_span:.1f} s, "
                f"per repo x problem {problem_span:.1f} s"
            )


if __name__ == "__main__":
    main()
