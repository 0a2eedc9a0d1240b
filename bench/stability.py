"""Does the same submission get the same verdict? Every shipped known solution, submitted RUNS
times (default `judge submit`: tests, then growth on fresh inputs), in the Docker sandbox.

Prints, per solution: how many distinct overall verdicts it got (target: 1 for every one) and
how many distinct growth time classes were inferred, with what was seen and how often. The
overall verdict is the whole of what a user is told: the exit status, every test's verdict,
and the growth verdict (as expected, better, too slow, wrong answer, inconclusive).

With --growth-only, only the solutions whose growth is measured (accepted, too_slow) run, growth
only, and the summary checks the targets of the complexity issue: the same time class (the
class in the second parameter too, where the plan has one) in at least 9 of 10 runs, and the
same growth verdict in all of them.

    python bench/stability.py [--runs 10] [--sandbox docker] [--problems knn top-k-products]
                              [--growth-only] [--json stability.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("JUDGE_HISTORY", "off")

from judge.backends.choice import choose  # noqa: E402
from judge.models import GrowthMode, Report  # noqa: E402
from judge.package import problems  # noqa: E402
from judge.pipeline.submit import SubmitOptions, submit  # noqa: E402


def overall(report: Report) -> str:
    """Everything the verdict says, as one comparable string."""
    tests = Counter(result.verdict.value for result in report.results)
    counted = " ".join(f"{verdict}x{count}" for verdict, count in sorted(tests.items()))
    failing = ",".join(result.id for result in report.results if result.verdict.value != "AC")
    growth = report.complexity.verdict.kind.value if report.complexity else "no growth"
    return f"exit {int(report.exit_code())} | {counted} [{failing or '-'}] | growth {growth}"


def growth_class(report: Report) -> str:
    """The time class in n, and in the second parameter where the plan sweeps one."""
    if report.complexity is None:
        return "-"
    second = report.complexity.second
    return report.complexity.time.label + (f" | in {second.grow}: {second.time.label}" if second else "")


def growth_verdict(report: Report) -> str:
    return report.complexity.verdict.kind.value if report.complexity else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--sandbox", default="docker", choices=["docker", "local"])
    parser.add_argument("--problems", nargs="*", default=None)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--growth-only", action="store_true", help="accepted and too_slow, growth only")
    args = parser.parse_args()
    sandbox = choose(args.sandbox)
    slugs = args.problems or problems.list_slugs()
    rows = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="mljudge-stability-") as cache:
        for slug in slugs:
            for path in sorted((problems.load(slug).root / "solutions").glob("*/*.py")):
                if args.growth_only and path.parent.name not in ("accepted", "too_slow"):
                    continue
                verdicts: Counter[str] = Counter()
                classes: Counter[str] = Counter()
                growth_verdicts: Counter[str] = Counter()
                mode = GrowthMode.ONLY if args.growth_only else GrowthMode.ON
                for _ in range(args.runs):
                    options = SubmitOptions(slug=slug, solution=path, cache_root=Path(cache), growth=mode)
                    report = submit(options, sandbox=sandbox)
                    verdicts[overall(report)] += 1
                    classes[growth_class(report)] += 1
                    growth_verdicts[growth_verdict(report)] += 1
                row = {
                    "problem": slug,
                    "solution": f"{path.parent.name}/{path.name}",
                    "runs": args.runs,
                    "distinct_verdicts": len(verdicts),
                    "distinct_growth_classes": len(classes),
                    "verdicts": dict(verdicts),
                    "growth_classes": dict(classes),
                    "modal_class_runs": max(classes.values()),
                    "distinct_growth_verdicts": len(growth_verdicts),
                }
                rows.append(row)
                print(_line(row), flush=True)
    flipped = [row for row in rows if row["distinct_verdicts"] != 1]
    print(
        f"\n{len(rows)} solutions x {args.runs} runs in {time.perf_counter() - started:.0f} s "
        f"({sandbox.description}): {len(rows) - len(flipped)} with one verdict, {len(flipped)} with more"
    )
    for row in flipped:
        print(f"  {row['problem']} {row['solution']}:")
        for verdict, count in sorted(row["verdicts"].items()):
            print(f"    {count:>3}x  {verdict}")
    enough = args.runs - args.runs // 10  # 9 of 10
    steady_class = [row for row in rows if row["modal_class_runs"] >= enough]
    steady_verdict = [row for row in rows if row["distinct_growth_verdicts"] == 1]
    print(
        f"time class the same in >= {enough}/{args.runs} runs: {len(steady_class)}/{len(rows)}; "
        f"growth verdict the same in all runs: {len(steady_verdict)}/{len(rows)}"
    )
    for row in rows:
        if row not in steady_class or row not in steady_verdict:
            print(f"  off target: {row['problem']} {row['solution']}: {_line(row)}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2, sort_keys=True) + "\n")
    return 0


def _line(row: dict) -> str:
    classes = ", ".join(f"{label} x{count}" for label, count in sorted(row["growth_classes"].items()))
    return (
        f"{row['problem']:<20} {row['solution']:<45} verdicts {row['distinct_verdicts']}  "
        f"growth classes {row['distinct_growth_classes']} ({classes})"
    )


if __name__ == "__main__":
    sys.exit(main())
