"""Does the same submission get the same verdict? Every shipped known solution, submitted RUNS
times (default `judge submit`: tests, then growth on fresh inputs), in the Docker sandbox.

Prints, per solution: how many distinct overall verdicts it got (target: 1 for every one) and
how many distinct growth time classes were inferred, with what was seen and how often. The
overall verdict is the whole of what a user is told: the exit status, every test's verdict,
and the growth verdict (as expected, better, too slow, wrong answer, inconclusive).

    python bench/stability.py [--runs 10] [--sandbox docker] [--problems knn top-k-products]
                              [--json stability.json]
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
from judge.models import Report  # noqa: E402
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
    return report.complexity.time.label if report.complexity else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--sandbox", default="docker", choices=["docker", "local"])
    parser.add_argument("--problems", nargs="*", default=None)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    sandbox = choose(args.sandbox)
    slugs = args.problems or problems.list_slugs()
    rows = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="mljudge-stability-") as cache:
        for slug in slugs:
            for path in sorted((problems.load(slug).root / "solutions").glob("*/*.py")):
                verdicts: Counter[str] = Counter()
                classes: Counter[str] = Counter()
                for _ in range(args.runs):
                    options = SubmitOptions(slug=slug, solution=path, cache_root=Path(cache))
                    report = submit(options, sandbox=sandbox)
                    verdicts[overall(report)] += 1
                    classes[growth_class(report)] += 1
                row = {
                    "problem": slug,
                    "solution": f"{path.parent.name}/{path.name}",
                    "runs": args.runs,
                    "distinct_verdicts": len(verdicts),
                    "distinct_growth_classes": len(classes),
                    "verdicts": dict(verdicts),
                    "growth_classes": dict(classes),
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
