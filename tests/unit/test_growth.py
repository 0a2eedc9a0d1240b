"""Class inference on golden synthetic curves: exact classes, noise, overhead, cut-offs, steps."""

from __future__ import annotations

import math
import random

import pytest

from judge.complexity.growth import Growth, infer, infer_memory

SIZES = [1000, 2200, 4600, 10000, 22000, 46000, 100000, 220000, 460000, 1000000]
SMALL = [5, 7, 9, 11, 13, 15, 17, 19, 21, 23]


def _curve(function, sizes=SIZES, noise=0.0, seed=1, repeats=3):
    rng = random.Random(seed)
    return {n: [function(n) * (1 + rng.gauss(0, noise)) for _ in range(repeats)] for n in sizes}


@pytest.mark.parametrize(
    ("function", "growth", "sizes"),
    [
        (lambda n: 2e-3, Growth.CONSTANT, SIZES),
        (lambda n: 1e-4 * math.log(n), Growth.LOG, SIZES),
        (lambda n: 1e-10 * n * n, Growth.QUADRATIC, SIZES),
        (lambda n: 1e-12 * n * n * math.log(n), Growth.QUADRATIC_LOG, SIZES),
        (lambda n: 1e-16 * n**3, Growth.CUBIC, SIZES),
        (lambda n: 1e-7 * 2.0**n, Growth.EXPONENTIAL, SMALL),
    ],
)
@pytest.mark.parametrize("noise", [0.0, 0.05])
def test_exact_classes_with_and_without_noise(function, growth: Growth, sizes, noise: float) -> None:
    fit = infer(_curve(function, sizes, noise))
    assert fit.growth is growth, fit.label
    # n^2 and n^2 log n are as close as n and n log n: a band is the honest answer there.
    assert fit.band is None or (growth in fit.band and fit.band[0] is Growth.QUADRATIC), fit.label
    assert fit.confidence >= 0.8


def test_clean_linear_growth_stands_alone() -> None:
    fit = infer(_curve(lambda n: 1e-7 * n, noise=0.03))
    assert fit.growth is Growth.LINEAR and fit.band is None


def test_n_log_n_over_these_sizes_is_a_band_with_n() -> None:
    fit = infer(_curve(lambda n: 1e-8 * n * math.log(n), noise=0.03))
    assert fit.band == (Growth.LINEAR, Growth.LINEARITHMIC)
    assert fit.label == "O(n) – O(n log n)"


def test_cache_bent_linear_code_is_a_band_not_n_log_n() -> None:
    # per-item cost that steps up once the data leaves the CPU caches (measured shape)
    fit = infer(_curve(lambda n: 1e-8 * n * (1.0 if n < 20000 else 1.6 if n < 200000 else 2.2), noise=0.03))
    assert fit.band == (Growth.LINEAR, Growth.LINEARITHMIC)


def test_a_late_cache_step_leaves_linear_the_likelier_class() -> None:
    # Flat cost per item over the middle sizes, then rising over the top three as the data
    # leaves the caches (Counter over words): the top alone fits n log n better.
    fit = infer(_curve(lambda n: 3e-8 * n * max(1.0, n / 100000) ** 0.15, noise=0.02))
    assert fit.band == (Growth.LINEAR, Growth.LINEARITHMIC)
    assert fit.growth is Growth.LINEAR, fit.label


def test_n_log_n_with_a_big_linear_term_keeps_its_log() -> None:
    # the cost per item rises with log n over every size, diluted by a linear term (merge sort)
    fit = infer(_curve(lambda n: 1e-8 * n * (math.log(n) + 8), noise=0.01))
    assert fit.growth is Growth.LINEARITHMIC, fit.label
    assert fit.band == (Growth.LINEAR, Growth.LINEARITHMIC)


def test_linear_and_linearithmic_are_told_apart_when_the_slope_can() -> None:
    sizes = [10, 30, 100, 300, 1000, 3000, 10**4, 3 * 10**4, 10**5, 3 * 10**5, 10**6, 3 * 10**6]
    wide = infer(_curve(lambda n: 1e-9 * n * math.log(n) ** 3, sizes))
    assert wide.growth is not Growth.LINEAR  # slope ~1.3: clearly above the band


def test_a_constant_overhead_at_small_n_does_not_hide_quadratic_growth() -> None:
    fit = infer(_curve(lambda n: 5e-3 + 1e-11 * n * n, noise=0.03))
    assert fit.growth is Growth.QUADRATIC
    assert fit.exponent is not None and fit.exponent > 1.5


def test_a_cut_off_curve_is_classified_from_the_sizes_that_finished() -> None:
    finished = {n: values for n, values in _curve(lambda n: 1e-9 * n * n, noise=0.03).items() if n <= 46000}
    fit = infer(finished)
    assert fit.growth is Growth.QUADRATIC


@pytest.mark.parametrize(
    ("repeats", "reason"),
    [
        ({1000: [1.0], 2000: [2.0], 4000: [4.0]}, "only 3 sizes finished; 4 are needed"),
        ({1000: [1.0], 2000: [2.0], 4000: [4.0], 8000: [8.0]}, "span less than a decade"),
    ],
)
def test_too_little_data_gives_no_class_and_says_why(repeats: dict, reason: str) -> None:
    fit = infer(repeats)
    assert fit.growth is None and reason in fit.reason and fit.label == "unknown"


def test_a_flat_rss_curve_is_not_called_constant_memory() -> None:
    # top-k-products at 10^3..10^6 purchases, as measured: its Counter grows to megabytes, but
    # it reuses the freed buffers of decoding the input, so peak RSS stays near 200 KiB.
    kib = 1024.0
    measured = [208, 256, 236, 200, 172, 200, 236, 192, 208, 256]
    repeats = {n: [value * kib] * 3 for n, value in zip(SIZES, measured, strict=True)}
    fit = infer_memory(repeats, 64 * 1024)
    assert fit.growth is None and "not measurable with RSS" in fit.reason


def test_memory_steps_do_not_read_as_cubic() -> None:
    mib = 1 << 20
    stepped = {n: [1.7 * mib if n < 50000 else 2.6 * mib if n < 300000 else 15 * mib] * 3 for n in SIZES}
    assert infer_memory(stepped, 64 * 1024).growth is Growth.LINEAR
    flat = {n: [3.0 * mib] * 3 for n in SIZES}
    unmeasurable = infer_memory(flat, 64 * 1024)
    assert unmeasurable.growth is None and unmeasurable.label == "unknown"
    assert unmeasurable.reason.startswith("not measurable with RSS at these sizes")
    square = {n: [8.0 * n * n / 1000] * 3 for n in SIZES}
    assert infer_memory(square, 64 * 1024).growth is Growth.QUADRATIC
    tiny = {n: [4096.0] * 3 for n in SIZES}
    assert infer_memory(tiny, 64 * 1024).reason == "too small to measure at most sizes"


@pytest.mark.parametrize(
    ("text", "growth"),
    [
        ("O(n log n)", Growth.LINEARITHMIC),
        ("n", Growth.LINEAR),
        ("O(n^2)", Growth.QUADRATIC),
        ("nlogn", Growth.LINEARITHMIC),
        ("O(1)", Growth.CONSTANT),
        ("O(2^n)", Growth.EXPONENTIAL),
    ],
)
def test_parse(text: str, growth: Growth) -> None:
    assert Growth.parse(text) is growth


def test_parse_refuses_unknown_classes() -> None:
    with pytest.raises(ValueError, match="unknown growth class 'O\\(n log k\\)'; use one of O\\(1\\)"):
        Growth.parse("O(n log k)")
