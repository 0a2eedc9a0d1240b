"""Instruction counts: the class they name (exact, where timing gives a band), the dumps the
sandbox reads them from, the sizes chosen to simulate, and the counts baseline's verdicts."""

from __future__ import annotations

import math
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from judge.backends import counting as backend_counting
from judge.complexity.counts import infer_counts, log_rise
from judge.complexity.growth import Growth, GrowthFit
from judge.complexity.records import Curve, CurveSample, SampleStatus
from judge.grading import baseline
from judge.grading.records import ComparisonKind
from judge.models import CurvePlan
from judge.pipeline.counting import count_sizes
from tests import grade_fixtures

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "sandbox"))
import callgrind

SIZES = [1000, 2200, 4600, 10000, 22000, 46000, 100000, 220000]


def _resize_steps(n: int) -> float:
    """The few-percent steps amortised resizing adds to linear code's cost per element."""
    return 1.0 + 0.03 * ((math.log2(n) % 1.0) - 0.5)


@pytest.mark.parametrize(
    ("cost", "truth"),
    [
        (lambda n: 1212, Growth.CONSTANT),
        # a set probe: the count moves with the table's size, without a trend
        (lambda n: (1909, 1707, 1808, 1838)[int(math.log2(n)) % 4], Growth.CONSTANT),
        (lambda n: 300 + 40 * math.log2(n), Growth.LOG),
        (lambda n: 5000 + 720 * n * _resize_steps(n), Growth.LINEAR),
        # a sort: a large linear term under the n log n one (measured 415 -> 687 per element)
        (lambda n: 280 * n + 35 * n * math.log(n), Growth.LINEARITHMIC),
        # Python's small-int cache: the cost per element climbs at the lowest sizes, then settles
        (lambda n: n * (1465 - 300 * math.exp(-n / 800)), Growth.LINEAR),
        (lambda n: 120 * n * n + 900 * n, Growth.QUADRATIC),
        (lambda n: 5 * n**3 + 100 * n * n, Growth.CUBIC),
    ],
)
def test_counts_name_the_exact_class_without_a_band(cost, truth: Growth) -> None:
    fit = infer_counts({n: cost(n) for n in SIZES})
    assert fit.growth is truth and fit.band is None, fit.label


def test_n_squared_log_n_stays_a_band_with_quadratic_code_bent_by_the_small_int_cache() -> None:
    # Python loops above n = 256: every counter allocates, so the cost per n^2 climbs toward its
    # asymptote as 1 - (256/n)^2 -- over the n a simulator affords, as fast as an extra log.
    bent = {n: n * n * (130 + 230 * (1 - (256 / max(n, 256)) ** 2)) for n in (30, 60, 120, 240, 480, 960)}
    with_log = {n: n * n * (130 + 40 * math.log(n)) for n in (30, 60, 120, 240, 480, 960)}
    flat = {n: 1660 * n * n + 50 * n for n in (30, 60, 120, 240, 480, 960)}
    for counts in (bent, with_log):
        assert infer_counts(counts).band == (Growth.QUADRATIC, Growth.QUADRATIC_LOG)
    assert infer_counts(flat).growth is Growth.QUADRATIC and infer_counts(flat).band is None


def test_a_rise_between_the_thresholds_is_a_band_not_a_guess() -> None:
    # cost per element rising ~5% per decade: neither clearly flat nor clearly n log n
    counts = {n: n * (1000 + 22 * math.log(n)) for n in SIZES}
    rise = log_rise(SIZES, list(counts.values()), Growth.LINEAR)
    fit = infer_counts(counts)
    assert 1.04 <= rise < 1.07
    assert fit.band == (Growth.LINEAR, Growth.LINEARITHMIC)


def test_too_few_or_too_narrow_counts_have_no_class() -> None:
    assert infer_counts({1000: 5, 2000: 10, 4000: 20}).growth is None
    narrow = infer_counts({1000: 10, 1500: 15, 2000: 20, 3000: 30})
    assert narrow.growth is None and "decade" in narrow.reason


def _dump(path: Path, part: int | None, trigger: str, total: int) -> None:
    name = f"{path}.{part}" if part is not None else str(path)
    Path(name).write_bytes(
        b"# callgrind format\nversion: 1\ncreator: callgrind-3.19.0\npid: 7\ncmd:  python3\n"
        + f"part: {part or 3}\n\ndesc: I1 cache: \ndesc: Trigger: {trigger}\n\n".encode()
        + f"positions: line\nevents: Ir\nsummary: {total}\n\nfn=(1) main\n0 {total}\n".encode()
    )


def test_the_runner_reads_the_count_between_the_two_marks(tmp_path: Path) -> None:
    files = tmp_path / "mljudge-cg"
    _dump(Path(f"{files}.41"), 1, "--dump-before=getppid", 9_000_000)
    _dump(Path(f"{files}.41"), 2, "--dump-before=getpgrp", 123_456)
    _dump(Path(f"{files}.41"), None, "Program termination", 5_000)
    _dump(Path(f"{files}.1"), 1, "--dump-before=getppid", 77)  # the runner's own warm-up
    assert callgrind.instructions(str(files), 41) == 123_456
    callgrind.clear(str(files))
    assert list(tmp_path.iterdir()) == []


def test_a_submission_that_calls_a_mark_itself_gets_no_count(tmp_path: Path) -> None:
    files = tmp_path / "mljudge-cg"
    _dump(Path(f"{files}.41"), 1, "--dump-before=getppid", 9_000_000)
    _dump(Path(f"{files}.41"), 2, "--dump-before=getppid", 10)  # os.getppid() inside the call
    _dump(Path(f"{files}.41"), 3, "--dump-before=getpgrp", 50)
    assert callgrind.instructions(str(files), 41) is None
    assert callgrind.instructions(str(files), 99) is None  # no dumps at all: a child that died


def test_the_valgrind_command_dumps_at_both_marks_into_the_given_files() -> None:
    argv = backend_counting.valgrind_argv("/usr/bin/valgrind", backend_counting.count_files("/tmp/"))
    assert argv[0] == "/usr/bin/valgrind" and "--tool=callgrind" in argv
    assert "--callgrind-out-file=/tmp/mljudge-cg.%p" in argv
    assert {"--dump-before=getppid", "--dump-before=getpgrp"} <= set(argv)


def _plan(sizes: tuple[int, ...]) -> CurvePlan:
    return CurvePlan(
        function="f",
        grow="n",
        sizes=sizes,
        params={},
        scaled={},
        seed=1,
        repeats=3,
        time_class="O(n)",
        space_class="O(n)",
        sample_seconds=1.0,
        sample_memory_bytes=1 << 28,
    )


def _timed(sizes: tuple[int, ...], seconds) -> Curve:
    samples = tuple(CurveSample(n, r, SampleStatus.OK, seconds(n), 0) for n in sizes for r in (1, 2, 3))
    return Curve(samples, 1.0)


def test_counted_sizes_are_the_cheap_ones_with_smaller_ones_below_the_plan() -> None:
    sizes = (1000, 2200, 4600, 10000, 22000, 46000, 100000, 220000, 460000, 1000000)
    cheap = count_sizes(_plan(sizes), _timed(sizes, lambda n: 1e-7 * n), {})
    assert max(cheap) == 220000 and min(cheap) == 1000  # 0.022 s at 220,000; 0.046 s above
    quadratic = count_sizes(_plan(sizes), _timed(sizes, lambda n: 3e-8 * n * n), {})
    assert max(quadratic) == 1000 and len(quadratic) >= 6  # generated below the plan's start
    assert max(quadratic) / min(quadratic) >= 10**1.5
    big_inputs = count_sizes(_plan(sizes), _timed(sizes, lambda n: 1e-9 * n), {n: 40 * n for n in sizes})
    assert max(big_inputs) == 100000  # 4 MB of input at most: decoding is simulated too


def _report(instructions: dict[int, int], growth_class: Growth):
    """A growth report whose submission curve carries these counts, of this counted class."""
    timed = grade_fixtures.curve(grade_fixtures.linear)
    report = grade_fixtures.growth(timed, timed)
    counted = GrowthFit(growth_class, None, 1.0, 1.0, ())
    return replace(
        report, submission=replace(timed, instructions=tuple(instructions.items())), counted=counted
    )


COUNTED = [1000, 3000, 10000, 30000, 100000]


def test_a_counts_baseline_compares_bit_for_bit(tmp_path: Path) -> None:
    linear = {n: 700 * n + 4000 for n in COUNTED}
    entry = baseline.entry_from("top-k-products", "sha", _report(linear, Growth.LINEAR))
    path = tmp_path / "baseline.json"
    baseline.write(path, [entry])
    recorded = baseline.load(path)
    assert recorded.entries["top-k-products"].instructions == linear  # survives the file
    same = baseline.compare(recorded, "top-k-products", _report(linear, Growth.LINEAR))
    assert same.kind is ComparisonKind.UNCHANGED and same.change == 1.0
    assert "1.000x" in same.message

    slower = baseline.compare(
        recorded, "top-k-products", _report({n: 2 * c for n, c in linear.items()}, Growth.LINEAR)
    )
    assert slower.kind is ComparisonKind.SLOWER and slower.failed

    quadratic = {n: 700 * n + n * n // 50 for n in COUNTED}
    worse = baseline.compare(recorded, "top-k-products", _report(quadratic, Growth.QUADRATIC))
    assert worse.kind is ComparisonKind.WORSE_CLASS and "O(n^2) now, O(n) in the baseline" in worse.message

    cut = {n: c for n, c in linear.items() if n < 100000}  # the largest no longer finishes
    lost = baseline.compare(recorded, "top-k-products", _report(cut, Growth.LINEAR))
    assert lost.kind is ComparisonKind.SLOWER and "100,000" in lost.message

    faster = baseline.compare(
        recorded, "top-k-products", _report({n: c // 2 for n, c in linear.items()}, Growth.LINEAR)
    )
    assert faster.kind is ComparisonKind.IMPROVED and not faster.failed


def test_the_growth_text_and_json_show_the_counted_class() -> None:
    from judge.report import growth as growth_text
    from judge.report.to_json import growth_document

    report = _report({n: 700 * n for n in COUNTED}, Growth.LINEAR)
    text = growth_text.render(report, plot=False)
    assert "counts: O(n) (exact) (instructions under callgrind, n = 1,000..100,000)" in text
    document: dict = growth_document(report)
    assert document["counted_time"]["class"] == "O(n)"
    assert document["submission_instructions"][0] == {"n": 1000, "instructions": 700_000}


def test_no_valgrind_is_one_line_that_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from judge.backends.local import LocalSandbox
    from judge.errors import SandboxUnavailable
    from judge.package import problems
    from judge.pipeline import counting

    monkeypatch.setattr(shutil, "which", lambda name: None)
    problem = problems.load("top-k-products")
    assert problem.complexity.curve is not None
    with pytest.raises(SandboxUnavailable) as raised:
        counting.count_curve(
            problem, "def top_k_products(p, k): return []", LocalSandbox(), (1000,), lambda n: b"[[], 1]"
        )
    message = str(raised.value)
    assert message.count("instruction counts") == 1 and "\n" not in message
    assert "apt-get install valgrind" in message
