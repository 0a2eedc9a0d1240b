"""How long a learner waits for `judge submit` (tests + growth), against what the work costs.

For each problem, the reference solution is submitted REPEAT times in-process, in the chosen
sandbox, with every sandbox run wrapped so the bench sees each job's events. Printed side by side:

- wall: the whole submit (problem load, tests, growth), and the growth phase alone;
- floor: the samples' own CPU (every timed and traced call of the submission and the
  reference, from wait4 in the sandbox) plus one bare container start per sandbox run the growth
  phase made (measured in this run: `docker run --rm --network none IMAGE python3 -c pass`);
- ratio = growth wall / floor (issue 17's target: at most 1.5).

Usage: python bench/feedback.py [--sandbox docker|local] [--repeat N] [SLUG ...]
(default: top-k-products knn kmeans logistic-regression).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Generator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.backends.choice import choose  # noqa: E402
from judge.backends.protocol import Event, Job  # noqa: E402
from judge.models import GrowthMode  # noqa: E402
from judge.package import problems  # noqa: E402
from judge.pipeline.submit import Started, SubmitOptions, submit  # noqa: E402

DEFAULT = ("top-k-products", "knn", "kmeans", "logistic-regression")


@dataclass
class Tally:
    runs: int = 0
    cpu: float = 0.0


class Watched:
    """A sandbox whose runs are counted and whose calls' CPU is summed."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.name = inner.name
        self.description = inner.description
        self.numpy_version = inner.numpy_version
        self.tally = Tally()

    def run(self, job: Job) -> Generator[Event, None, None]:
        self.tally.runs += 1
        for event in self.inner.run(job):
            self.tally.cpu += event.observation.cpu_seconds or 0.0
            yield event


def bare_start(tag: str) -> float:
    began = time.perf_counter()
    command = ["docker", "run", "--rm", "--network", "none", "--entrypoint", "python3", tag, "-c", "pass"]
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - began


def decode_seconds(slug: str) -> float:
    """What the children spend building their inputs before each call (not the call's CPU, but
    part of any sample's wall time): each growth input of the plan decoded here as the child
    decodes it, times the samples that read it (the timed rounds and the allocation pass, for
    the submission and the reference; the second parameter's sweep likewise)."""
    sys.path.insert(0, str(ROOT / "sandbox"))
    import plain

    from judge.complexity.plan import second_plan
    from judge.pipeline import curve_jobs, curves

    problem = problems.load(slug)
    plan = problem.complexity.curve
    assert plan is not None
    total = 0.0
    plans = [(problem, plan, True)]
    swept = second_plan(plan)
    if swept is not None:
        plans.append((replace(problem, complexity=replace(problem.complexity, curve=swept)), swept, False))
    for owner, each, traced in plans:
        lines = curves.inputs(owner, each, salt=1)
        traced_sizes = set(curve_jobs.traced_sizes(each.sizes)) if traced else set()
        for size, line in lines.items():
            began = time.perf_counter()
            plain.decode_args(line)
            uses = each.repeats + (1 if size in traced_sizes else 0)
            total += (time.perf_counter() - began) * uses * 2  # the submission and the reference
    return total


def once(slug: str, sandbox: Any) -> dict[str, float]:
    watched = Watched(sandbox)
    solution = problems.load(slug).reference_path
    marks: dict[str, float] = {}

    def on_event(event: Any) -> None:
        if not isinstance(event, Started):
            return
        marks["tests"] = time.perf_counter()

    began = time.perf_counter()
    submit(SubmitOptions(slug, solution, growth=GrowthMode.OFF), sandbox=watched)
    tests_wall = time.perf_counter() - began
    tests_runs = watched.tally.runs
    watched.tally = Tally()
    began = time.perf_counter()
    report = submit(SubmitOptions(slug, solution, growth=GrowthMode.ONLY), on_event, sandbox=watched)
    growth_wall = time.perf_counter() - began
    assert report.complexity is not None, f"{slug}: no growth measured"
    return {
        "tests_wall": tests_wall,
        "tests_runs": tests_runs,
        "growth_wall": growth_wall,
        "growth_cpu": watched.tally.cpu,
        "growth_runs": watched.tally.runs,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("slugs", nargs="*", default=list(DEFAULT))
    parser.add_argument("--sandbox", choices=("docker", "local"), default="docker")
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    sandbox = choose(options.sandbox)
    tag = getattr(sandbox, "tag", None)
    rows = []
    for slug in options.slugs:
        once(slug, sandbox)  # warm: expected outputs cached, files in the page cache
        found: dict[str, list[float]] = {}
        starts = []
        for _ in range(options.repeat):
            if tag is not None:
                starts.append(bare_start(tag))
            for key, value in once(slug, sandbox).items():
                found.setdefault(key, []).append(value)
        median = {key: statistics.median(values) for key, values in found.items()}
        start = statistics.median(starts) if starts else 0.0
        floor = median["growth_cpu"] + median["growth_runs"] * start
        rows.append((slug, median, start, floor, decode_seconds(slug)))
    print(f"{options.sandbox} sandbox; medians of {options.repeat} runs; container start measured alongside")
    print(
        f"{'problem':22s} {'submit':>7s} {'tests':>7s} {'growth':>7s} {'runs':>4s} "
        f"{'calls CPU':>9s} {'start':>6s} {'floor':>6s} {'ratio':>6s} {'decode':>7s} {'ratio+':>6s}"
    )
    for slug, median, start, floor, decode in rows:
        total = median["tests_wall"] + median["growth_wall"]
        print(
            f"{slug:22s} {total:6.2f}s {median['tests_wall']:6.2f}s {median['growth_wall']:6.2f}s "
            f"{median['growth_runs']:4.0f} {median['growth_cpu']:8.2f}s {start:5.2f}s {floor:5.2f}s "
            f"{median['growth_wall'] / floor:5.2f}x {decode:6.2f}s "
            f"{median['growth_wall'] / (floor + decode):5.2f}x"
        )
    print("ratio = growth wall / (calls' CPU + runs x one bare container start); target <= 1.5")
    print("decode = the children building their inputs before each call (estimated from one decode")
    print("per size here); ratio+ = growth wall / (floor + decode)")


if __name__ == "__main__":
    main()
