"""Memory classes from the allocation pass: exact traced peaks, believed only as far as the
runner's peak RSS confirms them, and compared with the reference's as `too big`."""

from __future__ import annotations

import pytest

from judge.complexity.growth import Growth
from judge.complexity.records import (
    RSS_SLACK_BYTES,
    Curve,
    CurveSample,
    MemoryMeasure,
    SampleStatus,
    SpaceVerdict,
)
from judge.complexity.verdict import compare_space
from judge.errors import ProblemError
from judge.package import problems
from judge.pipeline.curves import memory_fit
from judge.pipeline.verify import space_mismatch

SIZES = [1000, 2200, 4600, 10000, 22000, 46000, 100000, 220000, 460000, 1000000]


def _curve(traced, rss=lambda n: 4096, sizes=SIZES) -> Curve:
    samples = tuple(
        CurveSample(n, r, SampleStatus.OK, 1e-3 + 1e-7 * n, int(rss(n))) for n in sizes for r in (1, 2, 3)
    )
    return Curve(samples, 1.0, tuple((n, int(traced(n))) for n in sizes if traced(n) is not None))


def test_traced_peaks_name_constant_linear_and_quadratic_memory() -> None:
    assert memory_fit(_curve(lambda n: 3000)).growth is Growth.CONSTANT  # RSS can never show O(1)
    assert memory_fit(_curve(lambda n: 50_000 + 8 * n)).growth is Growth.LINEAR
    quadratic = memory_fit(_curve(lambda n: 8 * n * n // 1000))
    assert quadratic.growth is Growth.QUADRATIC and quadratic.confidence == 1.0


def test_the_trace_is_believed_only_where_rss_confirms_it() -> None:
    honest = _curve(lambda n: 8 * n, rss=lambda n: 8 * n + 2**20)
    assert honest.memory_measure is MemoryMeasure.ALLOCATIONS
    assert honest.values("memory")[1000000] == [8_000_000.0]
    # a submission that reset or stopped the trace hides a growing array: RSS still sees it
    hidden = _curve(lambda n: 3000, rss=lambda n: 80 * n)
    assert hidden.memory_measure is MemoryMeasure.PEAK_RSS
    assert hidden.values("memory")[1000000] == [80_000_000.0, 80_000_000.0, 80_000_000.0]
    assert memory_fit(hidden).growth is Growth.LINEAR
    # under the slack the RSS cannot tell, and the figures are too small to matter
    assert _curve(lambda n: 3000, rss=lambda n: RSS_SLACK_BYTES).memory_measure is MemoryMeasure.ALLOCATIONS


def test_fewer_than_four_traced_sizes_fall_back_to_rss() -> None:
    every_other = _curve(lambda n: 8 * n if SIZES.index(n) % 2 else None, rss=lambda n: 8 * n)
    assert every_other.memory_measure is MemoryMeasure.ALLOCATIONS  # the pass traces 5 of 10
    assert sorted(every_other.values("memory")) == SIZES[1::2]
    three = _curve(lambda n: 8 * n if n >= 220000 else None, rss=lambda n: 8 * n)
    assert three.memory_measure is MemoryMeasure.PEAK_RSS
    assert _curve(lambda n: None).memory_measure is MemoryMeasure.PEAK_RSS  # an old record


def test_space_is_too_big_only_on_exact_figures() -> None:
    reference = _curve(lambda n: 8 * n, rss=lambda n: 8 * n)
    dense = _curve(lambda n: n * n // 10, rss=lambda n: n * n // 10)
    same = _curve(lambda n: 16 * n, rss=lambda n: 16 * n)
    constant = _curve(lambda n: 2000)

    def space(mine: Curve) -> SpaceVerdict:
        return compare_space(mine, reference, memory_fit(mine), memory_fit(reference))

    assert space(dense) is SpaceVerdict.TOO_BIG
    assert space(same) is SpaceVerdict.AS_EXPECTED  # a bigger constant is not a bigger class
    assert space(constant) is SpaceVerdict.SMALLER
    untraced = _curve(lambda n: None, rss=lambda n: n * n // 10)
    assert compare_space(untraced, reference, memory_fit(untraced), memory_fit(reference)) is (
        SpaceVerdict.UNKNOWN
    )


def test_verify_holds_a_traced_class_to_the_declared_one_and_ignores_rss() -> None:
    linear = _curve(lambda n: 8 * n, rss=lambda n: 8 * n)
    assert space_mismatch(linear, memory_fit(linear), "O(n)") == ""
    message = space_mismatch(linear, memory_fit(linear), "O(1)")
    assert message.startswith("memory: O(n) measured from traced allocations, O(1) declared")
    assert "space_classes" in message
    untraced = _curve(lambda n: None, rss=lambda n: 8 * n)
    assert space_mismatch(untraced, memory_fit(untraced), "O(1)") == ""


def test_space_classes_must_name_a_solution_and_a_class(problems_copy) -> None:
    toml = problems_copy / "top-k-products" / "problem.toml"
    text = toml.read_text()
    anchor = 'space_class = "O(n)"\n'
    assert anchor in text
    toml.write_text(text.replace(anchor, anchor + 'space_classes = { "accepted/heap.py" = "O(1)" }\n', 1))
    plan = problems.load("top-k-products").complexity.curve
    assert plan is not None and plan.space_classes == {"accepted/heap.py": "O(1)"}
    toml.write_text(text.replace(anchor, anchor + 'space_classes = { "heap.py" = "O(1)" }\n', 1))
    with pytest.raises(ProblemError, match=r"folder/file\.py"):
        problems.load("top-k-products")
    toml.write_text(text.replace(anchor, anchor + 'space_classes = { "accepted/heap.py" = "O(n^9)" }\n', 1))
    with pytest.raises(ProblemError, match=r"accepted/heap\.py: "):
        problems.load("top-k-products")
