"""Infer the growth class of measured (n, value) samples.

The rule, from measurements on this kind of machine (docs/complexity.md):
- fit value = a + b * g(n) with a, b >= 0 for every candidate g, on relative error (noise grows
  with the value), and choose by BIC, which charges the extra parameter;
- n and n log n are told apart on the upper half of the sizes only (CPU caches bend the lower
  sizes), and a close call between them is reported as a band, not a guess;
- confidence is the share of bootstrap resamples (one random repeat per size) that choose the
  same class; the empirical exponent is the log-log slope over the upper sizes.
"""

from __future__ import annotations

import math
import random
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

NOISE_FLOOR = 1e-4  # relative residuals below this are noise, not a better fit
# Within a close pair the class with the extra log must fit the upper sizes this much better
# to be the likelier one. Measured residual ratios (simpler / log class, upper half): linear
# code 0.02-1.64, n log n code 2.6-63; n^2 code up to 2.1, n^2 log n 4.6.
BAND_RATIO = {"linear": 2.2, "quadratic": 3.0}
BOOTSTRAP = 200
# A curve whose values stay within this factor over all its sizes (2.5+ decades of n) is O(1).
# Measured (max/min of the medians over 1e3..1e6): O(1) code 1.03-1.09 (len, dict lookups, first
# item); the flattest log n in the benchmark, C bisect behind its call overhead, 1.76.
FLAT_RATIO = 1.2
# ... and its cost per g(n) must rise over the middle sizes as log n does (slope 1 of log cost
# against log log n). Measured there: cache-bent linear code (hash counting, list copies, numpy
# distances) -1.8..0.1, n log n code 0.38 (merge sort: a big linear term) to 1.35.
MIDDLE_RISE = 0.3
SIMPLER_WITHIN = 2.0


class Growth(Enum):
    """Candidate classes, simplest first; the value is how the class is written."""

    CONSTANT = "O(1)"
    LOG = "O(log n)"
    LINEAR = "O(n)"
    LINEARITHMIC = "O(n log n)"
    QUADRATIC = "O(n^2)"
    QUADRATIC_LOG = "O(n^2 log n)"
    CUBIC = "O(n^3)"
    EXPONENTIAL = "O(2^n)"

    @property
    def rank(self) -> int:
        return list(Growth).index(self)

    @classmethod
    def parse(cls, text: str) -> Growth:
        """'n log n', 'O(n log n)', 'nlogn', 'n^2' ... -> Growth; ValueError lists the choices."""
        key = text.strip().lower().removeprefix("o(").removesuffix(")").replace(" ", "").replace("**", "^")
        for member in cls:
            if member.value.lower()[2:-1].replace(" ", "") == key:
                return member
        aliases = {"nlogn": cls.LINEARITHMIC, "logn": cls.LOG, "n2": cls.QUADRATIC, "n3": cls.CUBIC}
        if key in aliases:
            return aliases[key]
        raise ValueError(f"unknown growth class {text!r}; use one of {', '.join(m.value for m in cls)}")


# Over 1e3..1e6 the upper-half log-log slope of clean linear code is 1.00 and of n log n
# 1.05-1.3, but CPU caches bend linear code up to 1.35 (measured: bench/complexity_accuracy.py).
# A slope in between cannot tell the two apart, whatever the residuals say: the class is then
# reported as a band. Below it the simpler class stands alone. The same holds one power up.
BAND_EXPONENTS = {
    (Growth.LINEAR, Growth.LINEARITHMIC): (1.03, 1.38),
    (Growth.QUADRATIC, Growth.QUADRATIC_LOG): (2.03, 2.38),
}


def shape(growth: Growth) -> Callable[[float], float]:
    return {
        Growth.CONSTANT: lambda n: 1.0,
        Growth.LOG: lambda n: math.log(n),
        Growth.LINEAR: lambda n: n,
        Growth.LINEARITHMIC: lambda n: n * math.log(n),
        Growth.QUADRATIC: lambda n: n * n,
        Growth.QUADRATIC_LOG: lambda n: n * n * math.log(n),
        Growth.CUBIC: lambda n: n**3,
        Growth.EXPONENTIAL: lambda n: 2.0**n,
    }[growth]


@dataclass(frozen=True)
class Fit:
    growth: Growth
    constant: float  # a
    factor: float  # b
    residual: float  # sum of squared relative errors
    bic: float


@dataclass(frozen=True)
class GrowthFit:
    """The inferred class of one curve. ``band`` holds two classes when the data cannot tell
    them apart (n vs n log n, n^2 vs n^2 log n); ``growth`` is then the likelier of the two."""

    growth: Growth | None
    band: tuple[Growth, Growth] | None
    confidence: float
    exponent: float | None
    fits: tuple[Fit, ...]
    reason: str = ""  # why there is no class (too few sizes, too narrow a range)

    @property
    def label(self) -> str:
        if self.band:
            return f"{self.band[0].value} – {self.band[1].value}"
        return self.growth.value if self.growth else "unknown"


def fit_one(
    growth: Growth, sizes: Sequence[float], values: Sequence[float], noise: float = NOISE_FLOOR
) -> Fit:
    """Least squares of value = a + b*g(n), a, b >= 0, weighted by 1/value^2."""
    function = shape(growth)
    try:
        g = [function(float(n)) for n in sizes]
    except OverflowError:
        return Fit(growth, 0.0, 0.0, math.inf, math.inf)
    weights = [1.0 / max(v, 1e-12) ** 2 for v in values]
    options = []
    if growth is not Growth.CONSTANT:
        options.append(_two_parameters(g, values, weights))
        options.append((0.0, _ratio(g, values, weights)))
    options.append((_ratio([1.0] * len(g), values, weights), 0.0))
    best = min(
        ((a, b) for a, b in options if a >= 0 and b >= 0),
        key=lambda ab: _residual(ab[0], ab[1], g, values),
    )
    residual = _residual(best[0], best[1], g, values)
    count = len(values)
    parameters = 1 if growth is Growth.CONSTANT else 2
    bic = count * math.log(residual / count + noise**2) + parameters * math.log(count)
    return Fit(growth, best[0], best[1], residual, bic)


def _two_parameters(g: list[float], values: Sequence[float], weights: list[float]) -> tuple[float, float]:
    sw = sum(weights)
    sg = sum(w * x for w, x in zip(weights, g, strict=True))
    sgg = sum(w * x * x for w, x in zip(weights, g, strict=True))
    st = sum(w * t for w, t in zip(weights, values, strict=True))
    sgt = sum(w * x * t for w, x, t in zip(weights, g, values, strict=True))
    determinant = sw * sgg - sg * sg
    if abs(determinant) <= 1e-300 * max(1.0, sw * sgg):
        return -1.0, -1.0
    a = (sgg * st - sg * sgt) / determinant
    b = (sw * sgt - sg * st) / determinant
    return a, b


def _ratio(g: list[float], values: Sequence[float], weights: list[float]) -> float:
    den = sum(w * x * x for w, x in zip(weights, g, strict=True))
    return sum(w * x * t for w, x, t in zip(weights, g, values, strict=True)) / den if den else 0.0


def _residual(a: float, b: float, g: list[float], values: Sequence[float]) -> float:
    return sum(((t - a - b * x) / max(t, 1e-12)) ** 2 for x, t in zip(g, values, strict=True))


def choose(
    sizes: Sequence[float],
    values: Sequence[float],
    candidates: Sequence[Growth] = tuple(Growth),
    noise: float = NOISE_FLOOR,
) -> tuple[Growth, tuple[Growth, Growth] | None, tuple[Fit, ...]]:
    fits = tuple(fit_one(growth, sizes, values, noise) for growth in candidates if _applies(growth, sizes))
    if Growth.CONSTANT in candidates and max(values) < FLAT_RATIO * min(values):
        # Flat within a few percent over decades of n: any slope a steeper class finds there is
        # drift (caches, frequency), not growth.
        return Growth.CONSTANT, None, fits
    lowest = min(fit.bic for fit in fits)
    # Within SIMPLER_WITHIN BIC units of the best, the simplest class: a steeper one has to
    # explain more than the curve's own repeat noise.
    best = min((fit for fit in fits if fit.bic <= lowest + SIMPLER_WITHIN), key=lambda fit: fit.growth.rank)
    band = None
    for pair in BAND_EXPONENTS:
        if best.growth in pair and all(member in candidates for member in pair):
            best_growth, band = _close_pair(sizes, values, pair)
            best = next(fit for fit in fits if fit.growth is best_growth)
    return best.growth, band, fits


def _applies(growth: Growth, sizes: Sequence[float]) -> bool:
    return growth is not Growth.EXPONENTIAL or max(sizes) <= 64


def _close_pair(
    sizes: Sequence[float], values: Sequence[float], pair: tuple[Growth, Growth]
) -> tuple[Growth, tuple[Growth, Growth] | None]:
    """n vs n log n (or n^2 vs n^2 log n), decided on the upper half of the sizes: the simpler
    class unless the other fits clearly better, and a band when the slope cannot tell."""
    simple, complex_ = pair
    upper = [(n, t) for n, t in zip(sizes, values, strict=True) if n >= statistics.median(sizes)]
    upper_sizes = [n for n, _ in upper]
    upper_values = [t for _, t in upper]
    floor = (NOISE_FLOOR**2) * len(upper)
    simple_residual = fit_one(simple, upper_sizes, upper_values).residual + floor
    complex_residual = fit_one(complex_, upper_sizes, upper_values).residual + floor
    ratio = BAND_RATIO["linear" if simple is Growth.LINEAR else "quadratic"]
    fits_better = simple_residual > complex_residual * ratio
    winner = complex_ if fits_better and _rises_steadily(sizes, values, simple) else simple
    slope = exponent(sizes, values)
    low, _ = BAND_EXPONENTS[pair]
    if slope is not None and slope < low:
        return simple, None
    # From the band's low end up, the slope cannot tell the pair apart -- nor above its high
    # end, where caches bend n^2 code (numpy outer differences: 2.47) as far as n^2 log n
    # (a sort per element: 2.39): the class stays the band, never one of the two guessed.
    return winner, (pair if slope is not None else None)


def _rises_steadily(sizes: Sequence[float], values: Sequence[float], simple: Growth) -> bool:
    """Does the cost per g(n) of the simpler class already rise over the middle sizes, as the
    extra log makes it do everywhere? CPU caches make linear code's cost per element step up
    only at the largest sizes, and stay flat (or fall, as a fixed overhead spreads) below."""
    count = len(sizes)
    function = shape(simple)
    middle = range(count // 4, (2 * count) // 3 + 1)
    points = [(math.log(sizes[i]), values[i] / function(float(sizes[i]))) for i in middle if sizes[i] > 1]
    slope = log_slope(points)
    return slope is None or slope >= MIDDLE_RISE


def _repeat_noise(repeats: dict[int, list[float]], sizes: Sequence[int]) -> float:
    """The typical relative spread between repeats of one size (the median absolute deviation
    over the median, so one outlier -- a cold first run -- does not count): residuals below it
    are noise, not evidence for a steeper class."""
    spreads = []
    for size in sizes:
        values = repeats[size]
        if len(values) > 1:
            middle = statistics.median(values)
            spreads.append(statistics.median(abs(value - middle) for value in values) / max(middle, 1e-12))
    return statistics.median(spreads) if spreads else 0.0


def exponent(sizes: Sequence[float], values: Sequence[float]) -> float | None:
    """The log-log slope over the upper half of the sizes."""
    middle = statistics.median(sizes)
    return log_slope([(n, t) for n, t in zip(sizes, values, strict=True) if n >= middle])


def log_slope(points: Sequence[tuple[float, float]]) -> float | None:
    """Least-squares slope of log(value) against log(n); None with fewer than 2 distinct n."""
    logs = [(math.log(n), math.log(max(value, 1e-12))) for n, value in points]
    if len(logs) < 2:
        return None
    mean_x = statistics.fmean(x for x, _ in logs)
    mean_y = statistics.fmean(y for _, y in logs)
    spread = sum((x - mean_x) ** 2 for x, _ in logs)
    return sum((x - mean_x) * (y - mean_y) for x, y in logs) / spread if spread else None


def infer(
    repeats: dict[int, list[float]],
    seed: int = 0,
    resolution: float = 0.0,
    candidates: Sequence[Growth] = tuple(Growth),
) -> GrowthFit:
    """The class of a curve given every repeat per size (at least 4 sizes over a decade).
    Sizes whose median is below ``resolution`` are measurement noise and left out."""
    sizes = sorted(size for size, values in repeats.items() if values)
    resolved = [size for size in sizes if statistics.median(repeats[size]) >= resolution]
    if resolution and len(resolved) < 4 <= len(sizes):
        return GrowthFit(None, None, 0.0, None, (), "too small to measure at most sizes")
    sizes = resolved
    if len(sizes) < 4:
        return GrowthFit(None, None, 0.0, None, (), f"only {len(sizes)} sizes finished; 4 are needed")
    medians = [statistics.median(repeats[size]) for size in sizes]
    # A narrow range of n says nothing -- unless the values themselves explode (2^n).
    if sizes[-1] / sizes[0] < 10 and max(medians) / max(min(medians), 1e-12) < 100:
        return GrowthFit(None, None, 0.0, None, (), "the sizes that finished span less than a decade")
    noise = max(NOISE_FLOOR, _repeat_noise(repeats, sizes))
    growth, band, fits = choose(sizes, medians, candidates, noise)
    rng = random.Random(seed)
    agree = 0
    for _ in range(BOOTSTRAP):
        sample = [rng.choice(repeats[size]) for size in sizes]
        other, other_band, _ = choose(sizes, sample, candidates, noise)
        agree += (
            other is growth
            or (band is not None and other in band)
            or (other_band is not None and growth in other_band)
        )
    return GrowthFit(growth, band, agree / BOOTSTRAP, exponent(sizes, medians), fits)


# Peak memory moves in steps (allocator arenas, mmap thresholds, page rounding): a least-squares
# fit reads a late step as n^3. Its class comes from the log-log slope over the upper sizes.
MEMORY_SLOPES = ((0.3, Growth.CONSTANT), (1.45, Growth.LINEAR), (2.45, Growth.QUADRATIC))
NOT_MEASURABLE = "not measurable with RSS at these sizes: the peak does not rise above reused memory"


def infer_memory(repeats: dict[int, list[float]], resolution: float, seed: int = 0) -> GrowthFit:
    sizes = sorted(size for size, values in repeats.items() if values)
    resolved = [size for size in sizes if statistics.median(repeats[size]) >= resolution]
    if len(resolved) < 4:
        reason = (
            "too small to measure at most sizes" if len(sizes) >= 4 else f"only {len(sizes)} sizes finished"
        )
        return GrowthFit(None, None, 0.0, None, (), reason)
    medians = [statistics.median(repeats[size]) for size in resolved]
    slope = exponent(resolved, medians)
    growth = _memory_class(slope)
    if growth is Growth.CONSTANT:
        # Peak RSS only sees memory the process had not held before: allocations that reuse the
        # freed buffers of decoding the input (which grow with n) are invisible. A rise proves
        # growth; a flat curve proves nothing (top-k at 10^6 purchases reads 200 KiB).
        return GrowthFit(None, None, 0.0, slope, (), NOT_MEASURABLE)
    rng = random.Random(seed)
    agree = sum(
        _memory_class(exponent(resolved, [rng.choice(repeats[size]) for size in resolved])) is growth
        for _ in range(BOOTSTRAP)
    )
    return GrowthFit(growth, None, agree / BOOTSTRAP, slope, ())


def infer_allocations(peaks: dict[int, list[float]], floor: float) -> GrowthFit:
    """The class of exact traced allocation peaks (one per size, the same on every rerun):
    each raised to ``floor`` (what the interpreter itself allocates while calling), so a curve
    that stays under it is O(1) -- which RSS can never show."""
    sizes = sorted(size for size, values in peaks.items() if values)
    if len(sizes) < 4:
        return GrowthFit(None, None, 0.0, None, (), f"only {len(sizes)} sizes finished")
    slope = exponent(sizes, [max(statistics.median(peaks[size]), floor) for size in sizes])
    return GrowthFit(_memory_class(slope), None, 1.0, slope, ())


def _memory_class(slope: float | None) -> Growth:
    for limit, growth in MEMORY_SLOPES:
        if slope is None or slope < limit:
            return growth
    return Growth.CUBIC
