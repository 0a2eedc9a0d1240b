"""`judge grade-many` throughput, and the false-alarm rate of complexity baselines.

(1) Throughput: REPOS copies of examples/practice-repo (4 problems each: top-k-products, knn,
    kmeans, logistic-regression), graded with `judge grade-many --jobs 1`, then `--jobs 2`, in
    the Docker sandbox; prints submissions (problem solutions) per minute, with and without the
    growth measurement.
(2) Baselines: `judge baseline save` on a repo with the heap top-k, then `judge grade --baseline`
    RUNS times on the same repo (each run a false alarm if it fails) and on the list.count
    variant (each run must fail).

    python bench/grading.py [--repos 4] [--runs 10] [--skip-throughput] [--skip-baseline]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "practice-repo"
TOPK = ROOT / "problems" / "top-k-products" / "solutions"


def judge(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "JUDGE_HISTORY": "off"}
    return subprocess.run(
        [sys.executable, "-m", "judge", *args], capture_output=True, text=True, env=env, cwd=ROOT
    )


def make_repos(work: Path, repos: int) -> Path:
    """REPOS copies of the example repo, growth on for all four problems; their listing."""
    listing = work / "repos.txt"
    names = []
    for index in range(repos):
        target = work / f"student-{index}"
        shutil.copytree(EXAMPLE, target, ignore=shutil.ignore_patterns(".github"))
        # growth on for all four problems (the example turns it off for logistic-regression)
        (target / "judge.toml").write_text(
            (target / "judge.toml").read_text().replace(", complexity = false", "")
        )
        names.append(target.name)
    listing.write_text("\n".join(names) + "\n")
    return listing


def throughput(work: Path, repos: int) -> None:
    listing = make_repos(work, repos)
    submissions = repos * 4
    print(f"{repos} repos x 4 problems = {submissions} submissions per run")
    for growth in (False, True):
        for jobs in (1, 2):
            extra = [] if growth else ["--no-complexity"]
            started = time.perf_counter()
            ran = judge(
                "grade-many", str(listing), "--jobs", str(jobs), "--out", str(work / f"out-{jobs}"), *extra
            )
            seconds = time.perf_counter() - started
            if ran.returncode != 0:
                raise SystemExit(f"grade-many failed ({ran.returncode}): {ran.stderr[-2000:]}")
            label = "tests + growth" if growth else "tests only"
            print(
                f"  {label:<15} --jobs {jobs}: {seconds:6.1f} s, "
                f"{submissions / seconds * 60:5.1f} submissions/min"
            )
        if growth:
            alone, side_by_side = classes(work / "out-1"), classes(work / "out-2")
            same = sum(alone.get(key) == found for key, found in side_by_side.items())
            print(f"  growth classes with --jobs 2 the same as with --jobs 1: {same}/{len(alone)}")
            for key in sorted(alone):
                if side_by_side.get(key) != alone[key]:
                    print(f"    {key[0]} {key[1]}: {alone[key]} alone, {side_by_side.get(key)} side by side")


def classes(out: Path) -> dict[tuple[str, str], str]:
    """(repo, problem) -> the measured time label and verdict, from grade-many's per-repo JSON."""
    found = {}
    for path in out.glob("*.json"):
        document = json.loads(path.read_text())
        if "problems" not in document:
            continue  # summary.json
        for problem in document["problems"]:
            complexity = (problem.get("report") or {}).get("complexity")
            if complexity:
                label = f"{complexity['time']['label']} ({complexity['verdict']})"
                found[(path.stem, problem["problem"])] = label
    return found


def baselines(work: Path, runs: int) -> None:
    def repo(name: str, solution: Path) -> Path:
        root = work / name
        (root / "solutions").mkdir(parents=True)
        shutil.copy(solution, root / "solutions" / "top-k-products.py")
        (root / "judge.toml").write_text('[problems]\ntop-k-products = "solutions/top-k-products.py"\n')
        return root

    def regressed(root: Path) -> tuple[bool, str]:
        """Did the baseline comparison fail? (read from the JSON, not the exit status)"""
        out = work / "grade.json"
        ran = judge("grade", str(root), "--baseline", str(recorded), "--json", str(out))
        if ran.returncode not in (0, 1):
            raise SystemExit(f"grade failed ({ran.returncode}): {ran.stderr[-2000:]}")
        comparison = json.loads(out.read_text())["problems"][0]["baseline"]
        return bool(comparison and comparison["failed"]), comparison["message"] if comparison else "-"

    good = repo("good", TOPK / "accepted" / "heap.py")
    slow = repo("slow", TOPK / "time_limit" / "list_count.py")
    recorded = work / "baseline.json"
    saved = judge("baseline", "save", str(good), "--out", str(recorded))
    if saved.returncode != 0:
        raise SystemExit(f"baseline save failed: {saved.stderr[-2000:]}")
    false_alarms = caught = 0
    for _ in range(runs):
        flagged, message = regressed(good)
        false_alarms += flagged
        if flagged:
            print(f"  false alarm: {message}")
        flagged, message = regressed(slow)
        caught += flagged
        if not flagged:
            print(f"  missed: {message}")
    print(
        f"baseline: unchanged solution flagged {false_alarms}/{runs}; "
        f"list.count regression caught {caught}/{runs}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repos", type=int, default=4)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--skip-baseline", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mljudge-bench-") as folder:
        work = Path(folder)
        if not args.skip_throughput:
            throughput(work, args.repos)
        if not args.skip_baseline:
            baselines(work, args.runs)


if __name__ == "__main__":
    main()
